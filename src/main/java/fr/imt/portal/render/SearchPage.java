package fr.imt.portal.render;

import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.Urls;

import java.util.List;
import java.util.Map;

/**
 * The search page of each language. The browser client ({@code src/main/js/search.js}) turns it
 * into search as you type; without JavaScript it is a plain form and the full lists of
 * principles and actions, so it is still a way in.
 */
public final class SearchPage extends PageFamily {

    @Override
    public List<PagePlan> plan(BakeContext context) {
        Hrs4r hrs4r = context.portal().hrs4r();
        return List.of(new PagePlan("search", context.urls()::search, lang -> context.messages().get(lang, "search.title"), lang -> {
            Hrs4rViews v = new Hrs4rViews(context, lang);
            return Map.of(
                    "index", context.urls().href(Urls.searchIndex(lang)),
                    "principles", hrs4r.principles().stream().map(p -> v.principle(p, false)).toList(),
                    "actions", hrs4r.actions().stream().map(v::action).toList());
        }).from(PageSources.of(context).hrs4r().keys()));
    }
}
