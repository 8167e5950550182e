package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.site.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The news as one language shows it: the posts written in that language, newest first, cut into
 * pages of the configured size, with dates already written out for readers.
 */
public final class NewsViews {

    /**
     * A post as lists, feeds and its own page show it; {@code release}: empty for a published
     * post, in {@code serve} why it is not published yet.
     */
    public record PostView(String id, String url, String date, String dateLabel, String title, String summary,
                           String html, boolean translated, String release) {}

    /** One page of the list and the links to the others. */
    public record ListPage(int number, int count, List<PostView> posts, List<PageLink> pages, String previous,
                           String next) {}

    /** A link in the pagination. */
    public record PageLink(int number, String url, boolean current) {}

    private final BakeContext context;
    private final Lang lang;

    NewsViews(BakeContext context, Lang lang) {
        this.context = context;
        this.lang = lang;
    }

    /** The posts written in this language, newest first. */
    List<NewsItem> items() {
        return context.portal().news().stream().filter(n -> n.in(lang).isPresent()).toList();
    }

    int pageSize() {
        return Math.max(1, context.settings().number("site.news.pageSize", 10));
    }

    /** How many list pages this language has (at least one, which then says there is no news). */
    int pageCount() {
        return Math.max(1, (items().size() + pageSize() - 1) / pageSize());
    }

    ListPage page(int number) {
        List<NewsItem> all = items();
        int from = (number - 1) * pageSize();
        List<PostView> posts = all.subList(Math.min(from, all.size()), Math.min(from + pageSize(), all.size()))
                .stream().map(n -> post(n, false)).toList();
        int count = pageCount();
        List<PageLink> links = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            links.add(new PageLink(i, context.urls().href(context.urls().newsPage(lang, i)), i == number));
        }
        return new ListPage(number, count, posts, links,
                number > 1 ? context.urls().href(context.urls().newsPage(lang, number - 1)) : null,
                number < count ? context.urls().href(context.urls().newsPage(lang, number + 1)) : null);
    }

    /** The latest posts, for the home page. */
    List<PostView> latest() {
        return items().stream().limit(context.settings().number("site.news.onHome", 3)).map(n -> post(n, false)).toList();
    }

    PostView post(NewsItem item, boolean withBody) {
        NewsItem.Post p = item.in(lang).orElseThrow();
        return new PostView(item.id(), context.urls().href(context.urls().newsPost(lang, item.id())), item.date().toString(),
                Dates.label(item.date(), lang), p.title(), p.summary().orElse(""),
                withBody ? context.markdown().toHtml(p.markdown(), lang) : "",
                item.in(context.languages().other(lang)).isPresent(), release(p.draft(), item.scheduledAfter(context.today()) ? item.date() : null));
    }

    /**
     * The mark of what only {@code serve} shows: a draft, or a post dated after the build date
     * ({@code scheduled}, null when it is not); empty for what is published.
     */
    String release(boolean draft, LocalDate scheduled) {
        if (draft) {
            return context.messages().get(lang, "release.draft");
        }
        return scheduled == null ? "" : context.messages().format(lang, "release.scheduled", Dates.label(scheduled, lang));
    }
}
