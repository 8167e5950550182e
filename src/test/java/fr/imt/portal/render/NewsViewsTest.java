package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The news of the {@code progress} fixture: a post of 1 June 2025 in both languages, and one of
 * 1 July 2025 in French only; lists cut into pages of {@code site.news.pageSize} posts.
 */
class NewsViewsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static NewsViews news(Lang lang, Map<String, String> settings) {
        return new NewsViews(RenderContexts.fixture("progress", TODAY, settings), lang);
    }

    @Test
    void aLanguageListsOnlyThePostsWrittenInItNewestFirst() {
        assertEquals(List.of("2025-07-01", "2025-06-01"),
                news(Lang.FR, Map.of()).items().stream().map(n -> n.date().toString()).toList());
        assertEquals(1, news(Lang.EN, Map.of()).items().size());
    }

    @Test
    void postsAreCutIntoPagesLinkedToEachOther() {
        NewsViews fr = news(Lang.FR, Map.of("site.news.pageSize", "1"));
        assertEquals(2, fr.pageCount());
        NewsViews.ListPage first = fr.page(1);
        assertEquals(List.of("Une annonce en français"), first.posts().stream().map(NewsViews.PostView::title).toList());
        assertNull(first.previous());
        assertTrue(first.next().endsWith("page/2/"), first.next());
        assertEquals(List.of(true, false), first.pages().stream().map(NewsViews.PageLink::current).toList());
        NewsViews.ListPage second = fr.page(2);
        assertEquals(List.of("Un guide pour les jurys"), second.posts().stream().map(NewsViews.PostView::title).toList());
        assertNull(second.next());
        assertEquals(first.pages().get(0).url(), second.previous());
        assertEquals(2, second.count());
    }

    @Test
    void aLanguageWithFewPostsHasOnePageAndEvenNoneHasOne() {
        NewsViews fr = news(Lang.FR, Map.of());
        assertEquals(1, fr.pageCount(), "two posts, ten a page");
        assertEquals(2, fr.page(1).posts().size());
        assertEquals(1, news(Lang.EN, Map.of("site.news.pageSize", "0")).pageSize(), "a page holds at least one post");
    }

    @Test
    void theHomePageShowsTheConfiguredNumberOfLatestPosts() {
        assertEquals(1, news(Lang.FR, Map.of("site.news.onHome", "1")).latest().size());
        assertEquals(2, news(Lang.FR, Map.of()).latest().size());
    }

    @Test
    void aPostKnowsWhetherItExistsInTheOtherLanguageAndHasItsBodyOnlyOnItsPage() {
        NewsViews fr = news(Lang.FR, Map.of());
        NewsViews.PostView onlyFrench = fr.post(fr.items().get(0), false);
        assertFalse(onlyFrench.translated());
        assertEquals("", onlyFrench.html());
        assertEquals("", onlyFrench.release(), "published");
        assertEquals("2025-07-01", onlyFrench.date());
        NewsViews.PostView both = fr.post(fr.items().get(1), true);
        assertTrue(both.translated());
        assertTrue(both.html().contains("Le guide est disponible."), both.html());
        assertEquals("Le guide des jurys est paru.", both.summary());
    }

    @Test
    void onlyTheCommandServeShowsDraftsAndScheduledPostsAndSaysWhy() {
        NewsViews en = news(Lang.EN, Map.of());
        assertEquals("Draft: not published, shown only in the preview (serve)", en.release(true, null));
        assertTrue(en.release(false, LocalDate.of(2027, 1, 5)).startsWith("Scheduled: published on "));
        assertTrue(en.release(false, LocalDate.of(2027, 1, 5)).contains("2027"));
        assertEquals("", en.release(false, null));
    }
}
