package fr.imt.portal.search;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.model.Page;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;

import java.util.ArrayList;
import java.util.List;

/**
 * The public site's prose pages (legal notice, accessibility…), the OTM-R page, the news list and
 * posts (in the languages they exist in), the changes page and the open-data page.
 */
public final class PublicSearchSource implements SearchSource {

    @Override
    public List<SearchEntry> entries(SiteContext context, Lang lang) {
        List<SearchEntry> entries = new ArrayList<>();
        for (Page page : context.portal().pages()) {
            entries.add(Hrs4rSearchSource.page(context, "page-" + page.id(), page.title().in(lang),
                    Urls.page(lang, page.slug().in(lang))));
        }
        context.portal().otmr().ifPresent(otmr ->
                entries.add(Hrs4rSearchSource.page(context, "page-otm-r", otmr.title().in(lang), context.urls().otmr(lang))));
        entries.add(Hrs4rSearchSource.page(context, "page-news", context.messages().get(lang, "news.title"), context.urls().news(lang)));
        for (NewsItem item : context.portal().news()) {
            item.in(lang).ifPresent(post -> entries.add(new SearchEntry("news-" + item.id(), "news", post.title(),
                    context.urls().newsPost(lang, item.id()), context.urls().href(context.urls().newsPost(lang, item.id())), null, null, null)));
        }
        entries.add(Hrs4rSearchSource.page(context, "page-changes", context.messages().get(lang, "changes.title"), context.urls().changes(lang)));
        entries.add(Hrs4rSearchSource.page(context, "page-data", context.messages().get(lang, "data.title"), context.urls().data(lang)));
        return entries;
    }
}
