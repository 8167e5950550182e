package fr.imt.portal.render;

import fr.imt.portal.model.Cop;
import fr.imt.portal.site.PagePlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The COP 2023-2027 pages, in both languages: the overview with its dashboard, one page per
 * objective, per indicator and per school, and the milestone timeline. A site without COP
 * content has none of them.
 */
public final class CopPages extends PageFamily {

    @Override
    public List<PagePlan> plan(BakeContext context) {
        Cop cop = context.portal().cop();
        if (cop.isEmpty()) {
            return List.of();
        }
        List<PagePlan> plans = new ArrayList<>();
        plans.add(new PagePlan("cop", context.urls()::cop, lang -> cop.contract().title().in(lang), lang -> {
            CopViews v = new CopViews(context, lang);
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("ambitionHtml", context.markdown().toHtml(cop.contract().ambition().in(lang), lang));
            data.put("themes", cop.contract().themes().stream().map(t -> t.title().in(lang)).toList());
            data.put("objectives", cop.objectives().stream().map(o -> v.objective(o, false)).toList());
            data.put("dashboard", v.dashboard());
            data.put("glance", v.glance());
            data.put("previousOnly", v.previousOnly());
            data.put("schools", v.schoolLinks());
            data.put("milestonesUrl", context.urls().href(context.urls().copMilestones(lang)));
            data.put("parts", cop.contract().parts().stream().map(p -> new SiteChrome.Link(p.title().in(lang), context.urls().href(context.urls().copPart(lang, p.id())))).toList());
            data.put("download", DataDownload.of(context, lang, "indicators", "indicator-values", "objectives"));
            data.put("translated", cop.contract().translation().markedIn(lang, context.languages()));
            return data;
        }).from(PageSources.of(context).cop().milestones().keys()));
        for (var part : cop.contract().parts()) {
            plans.add(new PagePlan("cop-part", lang -> context.urls().copPart(lang, part.id()), lang -> part.title().in(lang),
                    lang -> Map.of("html", context.markdown().toHtml(part.markdown().in(lang), lang),
                            "copUrl", context.urls().href(context.urls().cop(lang)),
                            "translated", cop.contract().translation().markedIn(lang, context.languages()),
                            "download", DataDownload.of(context, lang, "contract-parts")))
                    .from(PageSources.of(context).add(fr.imt.portal.model.Provenance.contractPart(part.id())).keys()));
        }
        for (var objective : cop.objectives()) {
            plans.add(new PagePlan("cop-objective", lang -> context.urls().copObjective(lang, objective.id()),
                    lang -> objective.id().value() + " – " + objective.title().in(lang),
                    lang -> Map.of("objective", new CopViews(context, lang).objective(objective, true),
                            "copUrl", context.urls().href(context.urls().cop(lang))))
                    .from(objectiveSources(context, objective)));
        }
        for (var indicator : cop.indicators()) {
            plans.add(new PagePlan("cop-indicator", lang -> context.urls().copIndicator(lang, indicator.id()),
                    lang -> indicator.name().in(lang),
                    lang -> Map.of("indicator", new CopViews(context, lang).indicator(indicator),
                            "copUrl", context.urls().href(context.urls().cop(lang)),
                            "download", DataDownload.of(context, lang, "indicator-values", "indicators")))
                    .from(indicatorSources(context, indicator)));
        }
        plans.add(new PagePlan("cop-milestones", context.urls()::copMilestones, lang -> context.messages().get(lang, "cop.milestones.title"),
                lang -> {
                    CopViews v = new CopViews(context, lang);
                    return Map.of("milestones", cop.milestones().stream().map(v::milestone).toList(),
                            "years", java.util.stream.IntStream.rangeClosed(cop.contract().firstYear(),
                                    cop.contract().lastYear()).boxed().toList(),
                            "copUrl", context.urls().href(context.urls().cop(lang)),
                            "download", DataDownload.of(context, lang, "milestones", "milestone-steps"));
                }).from(PageSources.of(context).add(fr.imt.portal.model.Provenance.contract()).milestones().keys()));
        for (var milestone : cop.milestones()) {
            plans.add(new PagePlan("cop-milestone", lang -> context.urls().copMilestone(lang, milestone.id()),
                    lang -> milestone.id() + " – " + milestone.title().in(lang),
                    lang -> Map.of("milestone", new CopViews(context, lang).milestone(milestone),
                            "copUrl", context.urls().href(context.urls().cop(lang)),
                            "milestonesUrl", context.urls().href(context.urls().copMilestones(lang))))
                    .from(PageSources.of(context).add(fr.imt.portal.model.Provenance.contract()).milestone(milestone).keys()));
        }
        for (var school : cop.schools()) {
            plans.add(new PagePlan("cop-school", lang -> context.urls().copSchool(lang, school.id()),
                    lang -> school.name().in(lang),
                    lang -> Map.of("school", new CopViews(context, lang).school(school),
                            "copUrl", context.urls().href(context.urls().cop(lang)),
                            "download", DataDownload.of(context, lang, "school-objectives", "school-values")))
                    .from(schoolSources(context, school)));
        }
        return plans;
    }

    private static List<String> objectiveSources(BakeContext context, fr.imt.portal.model.Objective o) {
        Cop cop = context.portal().cop();
        PageSources s = PageSources.of(context).objective(o, true);
        cop.milestonesOf(o.id()).forEach(s::milestone);
        cop.indicatorsOf(o.id()).forEach(s::indicator);
        return s.keys();
    }

    private static List<String> indicatorSources(BakeContext context, fr.imt.portal.model.Indicator i) {
        Cop cop = context.portal().cop();
        PageSources s = PageSources.of(context).indicator(i);
        i.objectives().forEach(o -> s.objective(cop.objective(o), false));
        i.parent().map(cop::indicator).ifPresent(s::indicator);
        cop.childrenOf(i.id()).forEach(s::indicator);
        cop.schoolRowsFor(i.id()).keySet().forEach(sc -> s.school(sc, false));
        return s.keys();
    }

    private static List<String> schoolSources(BakeContext context, fr.imt.portal.model.School school) {
        Cop cop = context.portal().cop();
        PageSources s = PageSources.of(context).school(school, true).add(fr.imt.portal.model.Provenance.contract(),
                fr.imt.portal.model.Provenance.units());
        school.objectives().forEach(o -> o.indicator().map(cop::indicator).ifPresent(s::indicator));
        return s.keys();
    }
}
