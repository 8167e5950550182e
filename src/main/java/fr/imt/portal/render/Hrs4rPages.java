package fr.imt.portal.render;

import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HRS4R pages: home, one page per pillar, principle and action, the whole action plan and
 * the whole gap analysis, in both languages.
 */
public final class Hrs4rPages extends PageFamily {

    @Override
    public List<PagePlan> plan(BakeContext context) {
        Hrs4r hrs4r = context.portal().hrs4r();
        Messages m = context.messages();
        List<PagePlan> plans = new ArrayList<>();
        plans.add(new PagePlan("home", Urls::home, lang -> m.get(lang, "home.title"), lang -> {
            Hrs4rViews v = new Hrs4rViews(context, lang);
            return Map.of("pillars", hrs4r.pillars().stream().map(v::pillar).toList(),
                    "summary", v.summary(hrs4r.actions()),
                    "principleCount", hrs4r.principles().size(),
                    "news", new NewsViews(context, lang).latest(),
                    "changes", Changes.latest(context, lang, context.settings().number("site.news.onHome", 3)),
                    "links", Map.of("gapAnalysis", context.urls().href(Urls.gapAnalysis(lang)),
                            "actionPlan", context.urls().href(Urls.actionPlan(lang)),
                            "news", context.urls().href(Urls.news(lang)),
                            "changes", context.urls().href(Urls.changes(lang))));
        }).from(PageSources.of(context).hrs4r().milestones().news(context.portal().news()).keys()));
        for (var pillar : hrs4r.pillars()) {
            plans.add(new PagePlan("pillar", lang -> Urls.pillar(lang, pillar.id()),
                    lang -> new Hrs4rViews(context, lang).pillarLabel(pillar),
                    lang -> Map.of("pillar", new Hrs4rViews(context, lang).pillar(pillar)))
                    .from(PageSources.of(context).add(Provenance.pillars()).principles(hrs4r.principlesOf(pillar.id()), false)
                            .actions(hrs4r.actionsOf(pillar.id())).keys()));
        }
        for (var principle : hrs4r.principles()) {
            plans.add(new PagePlan("principle", lang -> Urls.principle(lang, principle.id()),
                    lang -> principle.name().in(lang),
                    lang -> Map.of("principle", new Hrs4rViews(context, lang).principle(principle, true)))
                    .from(PageSources.of(context).principle(principle, true)
                            .actions(hrs4r.actionsServing(principle.id())).keys()));
        }
        for (var action : hrs4r.actions()) {
            plans.add(new PagePlan("action", lang -> Urls.action(lang, action.number()),
                    lang -> m.get(lang, "action") + " " + action.number(),
                    lang -> Map.of("action", new Hrs4rViews(context, lang).action(action)))
                    .from(PageSources.of(context).action(action).keys()));
        }
        plans.add(new PagePlan("action-plan", Urls::actionPlan, lang -> m.get(lang, "actionPlan.title"), lang -> {
            Hrs4rViews v = new Hrs4rViews(context, lang);
            return Map.of("pillars", hrs4r.pillars().stream().map(v::pillar).toList(),
                    "summary", v.summary(hrs4r.actions()),
                    "download", DataDownload.of(context, lang, "actions", "action-progress"));
        }).from(PageSources.of(context).actions(hrs4r.actions()).keys()));
        plans.add(new PagePlan("gap-analysis", Urls::gapAnalysis, lang -> m.get(lang, "gapAnalysis.title"), lang -> {
            Hrs4rViews v = new Hrs4rViews(context, lang);
            return Map.of("pillars", hrs4r.pillars().stream().map(p -> Map.of(
                    "pillar", v.pillar(p),
                    "principles", hrs4r.principlesOf(p.id()).stream().map(pr -> v.principle(pr, true)).toList())).toList(),
                    "download", DataDownload.of(context, lang, "principles", "pillars"));
        }).from(PageSources.of(context).principles(hrs4r.principles(), true).actions(hrs4r.actions()).keys()));
        return plans;
    }
}
