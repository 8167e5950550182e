package fr.imt.portal.render;

import fr.imt.portal.site.Badge;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Lang;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.Urls;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Deadline;
import fr.imt.portal.model.Provenance;
import fr.imt.portal.model.Rating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
        plans.add(new PagePlan("home", Urls::home, lang -> m.get(lang, "home.title"), lang -> home(context, lang))
                .from(PageSources.of(context).hrs4r().cop().milestones().news(context.portal().news()).keys()));
        for (var pillar : hrs4r.pillars()) {
            plans.add(new PagePlan("pillar", lang -> context.urls().pillar(lang, pillar.id()),
                    lang -> new Hrs4rViews(context, lang).pillarLabel(pillar),
                    lang -> Map.of("pillar", new Hrs4rViews(context, lang).pillar(pillar)))
                    .from(PageSources.of(context).add(Provenance.pillars()).principles(hrs4r.principlesOf(pillar.id()), false)
                            .actions(hrs4r.actionsOf(pillar.id())).keys()));
        }
        for (var principle : hrs4r.principles()) {
            plans.add(new PagePlan("principle", lang -> context.urls().principle(lang, principle.id()),
                    lang -> principle.name().in(lang),
                    lang -> Map.of("principle", new Hrs4rViews(context, lang).principle(principle, true)))
                    .from(PageSources.of(context).principle(principle, true)
                            .actions(hrs4r.actionsServing(principle.id())).keys()));
        }
        for (var action : hrs4r.actions()) {
            plans.add(new PagePlan("action", lang -> context.urls().action(lang, action.number()),
                    lang -> Hrs4rViews.title(action, lang, m),
                    lang -> Map.of("action", new Hrs4rViews(context, lang).action(action)))
                    .from(PageSources.of(context).action(action).keys()));
        }
        plans.add(new PagePlan("action-plan", context.urls()::actionPlan, lang -> m.get(lang, "actionPlan.title"), lang -> {
            Hrs4rViews v = new Hrs4rViews(context, lang);
            return Map.of("pillars", hrs4r.pillars().stream().map(v::pillar).toList(),
                    "summary", v.summary(hrs4r.actions()),
                    "download", DataDownload.of(context, lang, "actions", "action-progress"));
        }).from(PageSources.of(context).actions(hrs4r.actions()).keys()));
        plans.add(new PagePlan("gap-analysis", context.urls()::gapAnalysis, lang -> m.get(lang, "gapAnalysis.title"), lang -> {
            Hrs4rViews v = new Hrs4rViews(context, lang);
            return Map.of("pillars", hrs4r.pillars().stream().map(p -> Map.of(
                    "pillar", v.pillar(p),
                    "principles", hrs4r.principlesOf(p.id()).stream().map(pr -> v.principle(pr, true)).toList())).toList(),
                    "download", DataDownload.of(context, lang, "principles", "pillars"));
        }).from(PageSources.of(context).principles(hrs4r.principles(), true).actions(hrs4r.actions()).keys()));
        return plans;
    }

    /**
     * The home page: both commitments side by side, each with its key figures counted from the
     * content and its progress at a glance, then the pillars, then news and changes if any.
     */
    private static Map<String, Object> home(BakeContext context, Lang lang) {
        Hrs4r hrs4r = context.portal().hrs4r();
        Hrs4rViews v = new Hrs4rViews(context, lang);
        Map<String, Object> data = new HashMap<>();
        data.put("pillars", hrs4r.pillars().stream().map(v::pillar).toList());
        data.put("summary", v.summary(hrs4r.actions()));
        data.put("principleCount", hrs4r.principles().size());
        data.put("ratings", Arrays.stream(Rating.values()).map(r -> Map.of(
                "badge", Badge.rating(r, lang, context.messages()),
                "count", hrs4r.principles().stream().filter(p -> p.rating() == r).count()))
                .filter(r -> (Long) r.get("count") > 0).toList());
        List<Deadline> deadlines = hrs4r.actions().stream().map(Action::deadline)
                .sorted(Comparator.comparing(Deadline::lastDay)).toList();
        if (!deadlines.isEmpty()) {
            data.put("deadlines", Map.of("earliest", context.messages().deadline(lang, deadlines.get(0)),
                    "latest", context.messages().deadline(lang, deadlines.get(deadlines.size() - 1))));
        }
        data.put("news", new NewsViews(context, lang).latest());
        data.put("changes", Changes.latest(context, lang, context.settings().number("site.news.onHome", 3)));
        Map<String, String> links = new HashMap<>(Map.of("gapAnalysis", context.urls().href(context.urls().gapAnalysis(lang)),
                "actionPlan", context.urls().href(context.urls().actionPlan(lang)),
                "news", context.urls().href(context.urls().news(lang)),
                "changes", context.urls().href(context.urls().changes(lang))));
        if (context.portal().otmr().isPresent()) {
            links.put("otmr", context.urls().href(context.urls().otmr(lang)));
        }
        Cop cop = context.portal().cop();
        if (!cop.isEmpty()) {
            CopViews c = new CopViews(context, lang);
            data.put("cop", Map.of("title", cop.contract().title().in(lang),
                    "glance", c.glance(),
                    "objectives", cop.objectives().size(),
                    "schools", cop.schools().size()));
            links.put("cop", context.urls().href(context.urls().cop(lang)));
            links.put("copDashboard", context.urls().href(context.urls().cop(lang)) + "#dashboard");
            links.put("copMilestones", context.urls().href(context.urls().copMilestones(lang)));
        }
        data.put("links", links);
        return data;
    }
}
