package fr.imt.portal.search;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.model.Page;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;

import java.util.ArrayList;
import java.util.List;

/** The public site's prose pages (legal notice, accessibility…), the OTM-R page and news posts, in the languages they exist in. */
public final class PublicSearchSource implements SearchSource {

    @Override
    public List<SearchEntry> entries(SiteContext context, Lang lang) {
        List<SearchEntry> entries = new ArrayList<>();
        for (Page page : context.portal().pages()) {
            entries.add(new SearchEntry("page-" + page.id(), "page", page.title().in(lang),
                    Hrs4rSearchSource.plain(context, page.markdown().in(lang), lang),
                    context.urls().href(Urls.page(lang, page.slug().in(lang))), null, null, null));
        }
        context.portal().otmr().ifPresent(otmr -> {
            StringBuilder text = new StringBuilder(otmr.lead().in(lang)).append(' ').append(otmr.intro().in(lang));
            otmr.stages().forEach(stage -> text.append(' ').append(stage.title().in(lang)).append(' ').append(stage.intro().in(lang)));
            entries.add(new SearchEntry("page-otm-r", "page", otmr.title().in(lang),
                    Hrs4rSearchSource.plain(context, text.toString(), lang),
                    context.urls().href(Urls.otmr(lang)), null, null, null));
        });
        for (NewsItem item : context.portal().news()) {
            item.in(lang).ifPresent(post -> entries.add(new SearchEntry("news-" + item.id(), "news", post.title(),
                    (post.summary().map(s -> s + " ").orElse("") + Hrs4rSearchSource.plain(context, post.markdown(), lang)).strip(),
                    context.urls().href(Urls.newsPost(lang, item.id())), null, null, null)));
        }
        return entries;
    }
}
