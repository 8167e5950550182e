package fr.imt.portal.search;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Pillar;
import fr.imt.portal.model.Principle;
import fr.imt.portal.site.Badge;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;

import java.util.ArrayList;
import java.util.List;

/** The HRS4R in search: its pillars, principles, actions and hub pages (home, action plan, gap analysis). */
public final class Hrs4rSearchSource implements SearchSource {

    @Override
    public List<SearchEntry> entries(SiteContext context, Lang lang) {
        Hrs4r hrs4r = context.portal().hrs4r();
        Messages m = context.messages();
        Urls urls = context.urls();
        List<SearchEntry> entries = new ArrayList<>();
        for (Pillar pillar : hrs4r.pillars()) {
            entries.add(new SearchEntry("pillar-" + pillar.id().value(), "pillar",
                    m.pillar(lang, pillar),
                    context.urls().pillar(lang, pillar.id()), urls.href(context.urls().pillar(lang, pillar.id())), pillar.id().value(), null, null));
        }
        for (Principle p : hrs4r.principles()) {
            entries.add(new SearchEntry("principle-" + p.id().value(), "principle", p.name().in(lang),
                    context.urls().principle(lang, p.id()), urls.href(context.urls().principle(lang, p.id())), p.pillar().value(), null,
                    Badge.rating(p.rating(), lang, m)));
        }
        for (Action a : hrs4r.actions()) {
            // The action's sentence is what it is called: it is the title, so it ranks above the
            // departments and principles its page only mentions.
            entries.add(new SearchEntry("action-" + a.number(), "action",
                    m.get(lang, "action") + " " + a.number() + " – " + a.text().in(lang),
                    context.urls().action(lang, a.number()), urls.href(context.urls().action(lang, a.number())), a.pillar().value(), null,
                    Badge.progress(a.progressOn(context.today()), lang, m)));
        }
        entries.add(page(context, "page-home", m.get(lang, "home.title"), Urls.home(lang)));
        entries.add(page(context, "page-action-plan", m.get(lang, "actionPlan.title"), context.urls().actionPlan(lang)));
        entries.add(page(context, "page-gap-analysis", m.get(lang, "gapAnalysis.title"), context.urls().gapAnalysis(lang)));
        return entries;
    }

    /** A page that is no entity (a hub, a list, prose): found by its title and its rendered text. */
    static SearchEntry page(SiteContext context, String key, String title, String path) {
        return new SearchEntry(key, "page", title, path, context.urls().href(path), null, null, null);
    }
}
