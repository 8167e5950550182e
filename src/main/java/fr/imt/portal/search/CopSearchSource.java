package fr.imt.portal.search;

import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Indicator;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.School;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;

import java.util.ArrayList;
import java.util.List;

/**
 * The COP 2023-2027 in search: its overview (with the list of schools), its milestones calendar,
 * objectives, milestones, indicators and schools (nothing when the site has no COP).
 */
public final class CopSearchSource implements SearchSource {

    @Override
    public List<SearchEntry> entries(SiteContext context, Lang lang) {
        Cop cop = context.portal().cop();
        List<SearchEntry> entries = new ArrayList<>();
        if (cop.isEmpty()) {
            return entries;
        }
        Urls urls = context.urls();
        entries.add(Hrs4rSearchSource.page(context, "page-cop", cop.contract().title().in(lang), context.urls().cop(lang)));
        entries.add(Hrs4rSearchSource.page(context, "page-cop-milestones", context.messages().get(lang, "cop.milestones.title"),
                context.urls().copMilestones(lang)));
        for (Cop.Part p : cop.contract().parts()) {
            entries.add(Hrs4rSearchSource.page(context, "contract-" + p.id(), p.title().in(lang), context.urls().copPart(lang, p.id())));
        }
        for (Objective o : cop.objectives()) {
            entries.add(new SearchEntry("objective-" + o.id().value(), "objective", o.id().value() + " – " + o.title().in(lang),
                    context.urls().copObjective(lang, o.id()), urls.href(context.urls().copObjective(lang, o.id())), null, null, null));
        }
        for (Milestone m : cop.milestones()) {
            entries.add(new SearchEntry("milestone-" + m.id(), "milestone", m.id() + " – " + m.title().in(lang),
                    context.urls().copMilestone(lang, m.id()), urls.href(context.urls().copMilestone(lang, m.id())), null, null, null));
        }
        for (Indicator i : cop.indicators()) {
            entries.add(new SearchEntry("indicator-" + i.id().value(), "indicator", i.name().in(lang),
                    context.urls().copIndicator(lang, i.id()), urls.href(context.urls().copIndicator(lang, i.id())), null, null, null));
        }
        for (School s : cop.schools()) {
            entries.add(new SearchEntry("school-" + s.id().value(), "school", s.name().in(lang),
                    context.urls().copSchool(lang, s.id()), urls.href(context.urls().copSchool(lang, s.id())), null, s.id().value(), null));
        }
        return entries;
    }
}
