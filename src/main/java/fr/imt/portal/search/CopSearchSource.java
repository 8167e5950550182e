package fr.imt.portal.search;

import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Indicator;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.School;
import fr.imt.portal.model.Text;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The COP 2023-2027 in search: its objectives, milestones, indicators and schools (nothing when the site has no COP). */
public final class CopSearchSource implements SearchSource {

    @Override
    public List<SearchEntry> entries(SiteContext context, Lang lang) {
        Cop cop = context.portal().cop();
        List<SearchEntry> entries = new ArrayList<>();
        if (cop.isEmpty()) {
            return entries;
        }
        Urls urls = context.urls();
        for (Cop.Part p : cop.contract().parts()) {
            entries.add(new SearchEntry("contract-" + p.id(), "page", p.title().in(lang),
                    Hrs4rSearchSource.plain(context, p.markdown().in(lang), lang),
                    urls.href(Urls.copPart(lang, p.id())), null, null, null));
        }
        for (Objective o : cop.objectives()) {
            entries.add(new SearchEntry("objective-" + o.id().value(), "objective", o.id().value() + " – " + o.title().in(lang),
                    Hrs4rSearchSource.plain(context, o.markdown().in(lang), lang),
                    urls.href(Urls.copObjective(lang, o.id())), null, null, null));
        }
        for (Milestone m : cop.milestones()) {
            String text = Stream.concat(m.description().stream().map(d -> d.in(lang)),
                    m.steps().stream().map(s -> s.year() + " : " + s.text().in(lang))).collect(Collectors.joining(" "));
            entries.add(new SearchEntry("milestone-" + m.id(), "milestone", m.id() + " – " + m.title().in(lang), text,
                    urls.href(Urls.copMilestone(lang, m.id())), null, null, null));
        }
        for (Indicator i : cop.indicators()) {
            String domain = cop.contract().domains().stream().filter(d -> d.id().equals(i.domain()))
                    .map(d -> d.name().in(lang)).findFirst().orElse("");
            String text = Stream.concat(Stream.of(domain), i.footnotes().stream().map(f -> f.in(lang)))
                    .filter(s -> !s.isBlank()).collect(Collectors.joining(". "));
            entries.add(new SearchEntry("indicator-" + i.id().value(), "indicator", i.name().in(lang), text,
                    urls.href(Urls.copIndicator(lang, i.id())), null, null, null));
        }
        for (School s : cop.schools()) {
            List<String> parts = new ArrayList<>();
            parts.add(s.summary().in(lang));
            s.positioning().forEach(p -> parts.add(p.theme().in(lang) + ". " + p.challenges().in(lang) + " " + p.expertise().in(lang)));
            s.objectives().forEach(o -> parts.add(o.label().in(lang)));
            s.comments().map(c -> c.in(lang)).ifPresent(parts::add);
            s.positioningComments().map(c -> c.in(lang)).ifPresent(parts::add);
            String name = s.name().in(lang);
            entries.add(new SearchEntry("school-" + s.id().value(), "school", name,
                    parts.stream().filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" ")),
                    urls.href(Urls.copSchool(lang, s.id())), null, s.id().value(), null));
        }
        return entries;
    }
}
