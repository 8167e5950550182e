package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What changed, from the {@code progress} fixture: two actions' updates, a milestone's reports
 * (two as progress entries, one as a step's status and date only), and the news posts of each
 * language. Expected values come from the fixture's files.
 */
class ChangesTest {

    static BakeContext loaded;
    BakeContext context;

    @BeforeEach
    void nothingSharedYet() {
        context = RenderContexts.fresh(loaded);
    }

    @BeforeAll
    static void load() {
        loaded = RenderContexts.fixture("progress", LocalDate.of(2026, 11, 20));
    }

    @Test
    void changesAreNewestFirstAndOnOneDayNewsThenActionsThenMilestones() {
        List<Changes.Change> all = Changes.all(context, Lang.EN);
        assertEquals(List.of("2026-02-01", "2025-06-01", "2025-06-01", "2025-01-15", "2024-12-10", "2024-06-20",
                "2024-06-20", "2024-03-01", "2024-01-15"), all.stream().map(Changes.Change::date).toList());
        assertEquals(List.of("milestone", "news", "action", "action", "milestone", "action", "action", "action", "milestone"),
                all.stream().map(Changes.Change::kind).toList());
    }

    @Test
    void twoUpdatesOfOneActionOnOneDayKeepTheLaterWrittenFirst() {
        List<String> sameDay = Changes.all(context, Lang.EN).stream().filter(c -> c.date().equals("2024-06-20"))
                .map(Changes.Change::text).toList();
        assertEquals(List.of("Guide sent to the boards", "Guide published"), sameDay);
    }

    @Test
    void anActionsChangeNamesTheActionLinksItsUpdateAndShowsTheStatusItSet() {
        Changes.Change launch = Changes.all(context, Lang.EN).get(7);
        assertEquals("Action 2", launch.subject());
        assertEquals("Fictional past action done", launch.context());
        assertTrue(launch.path().endsWith("#update-2024-03-01"), launch.path());
        assertTrue(launch.url().endsWith("#update-2024-03-01"), launch.url());
        assertEquals("in-progress", launch.status().key());
        assertEquals("Launch", launch.text());
        assertTrue(launch.translated());
    }

    @Test
    void aMilestoneStepReportedWithoutAnEntryIsAChangeToo() {
        List<Changes.Change> all = Changes.all(context, Lang.EN);
        Changes.Change done = all.get(4);
        assertEquals("Milestone J1 – Step 2024", done.subject());
        assertEquals("Test milestone", done.context());
        assertEquals("done", done.status().key());
        assertEquals("", done.text());
        assertFalse(done.translated(), "no text, nothing translated");
        assertEquals("Milestone J1 – Step 2026", all.get(0).subject());
        assertEquals("Step dropped for lack of funding", all.get(0).text());
        assertEquals("cancelled", all.get(0).status().key());
    }

    @Test
    void aNewsPostIsAChangeOnlyInItsLanguages() {
        Changes.Change news = Changes.all(context, Lang.EN).get(1);
        assertEquals("A guide for boards", news.subject());
        assertEquals("News", news.context());
        assertEquals("The boards' guide is out.", news.text());
        assertNull(news.status());
        assertFalse(news.translated());
        List<Changes.Change> fr = Changes.all(context, Lang.FR);
        assertEquals(10, fr.size(), "the French-only post too");
        assertEquals("Une annonce en français", fr.get(1).subject());
    }

    @Test
    void theLatestAreTheFirstFewAndNeverMoreThanThereAre() {
        assertEquals(Changes.all(context, Lang.EN).subList(0, 3), Changes.latest(context, Lang.EN, 3));
        assertEquals(9, Changes.latest(context, Lang.EN, 50).size());
        assertEquals(30, Changes.size(context), "site.changes.size in site.properties");
    }
}
