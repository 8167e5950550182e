package fr.imt.portal.render;

import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.Urls;

import java.util.List;
import java.util.Map;

/**
 * The "what changed" page of each language ({@link Urls#changes}): the latest progress entries,
 * status changes and news across the portal, newest first, each linked to its page. Its Atom
 * feed is written with the other feeds by {@link SiteFiles}.
 */
public final class ChangesPages extends PageFamily {

    @Override
    public List<PagePlan> plan(BakeContext context) {
        int size = Changes.size(context);
        return List.of(new PagePlan("changes", context.urls()::changes, lang -> context.messages().get(lang, "changes.title"),
                lang -> Map.of("changes", Changes.latest(context, lang, size),
                        "size", size,
                        "feed", context.urls().href(context.urls().changesFeed(lang))))
                .from(PageSources.of(context).actions(context.portal().hrs4r().actions()).milestones()
                        .news(context.portal().news()).keys()));
    }
}
