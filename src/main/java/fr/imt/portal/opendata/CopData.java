package fr.imt.portal.opendata;

import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Figure;
import fr.imt.portal.model.Indicator;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.MilestoneStep;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.ObjectiveId;
import fr.imt.portal.model.Qualifier;
import fr.imt.portal.model.School;
import fr.imt.portal.model.SchoolId;
import fr.imt.portal.model.SchoolObjective;
import fr.imt.portal.model.Target;
import fr.imt.portal.model.UnitId;
import fr.imt.portal.site.SiteContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import static fr.imt.portal.opendata.Field.Type.BOOLEAN;
import static fr.imt.portal.opendata.Field.Type.CODE;
import static fr.imt.portal.opendata.Field.Type.DATE;
import static fr.imt.portal.opendata.Field.Type.DECIMAL;
import static fr.imt.portal.opendata.Field.Type.IDENTIFIER;
import static fr.imt.portal.opendata.Field.Type.INTEGER;
import static fr.imt.portal.opendata.Field.Type.LIST;
import static fr.imt.portal.opendata.Field.Type.TEXT;
import static fr.imt.portal.opendata.Field.Type.URL;

/**
 * The COP 2023-2027 as open data: objectives, milestones and their yearly steps, indicators with
 * every yearly value (reference, trajectory, targets, actual values, the previous contract's
 * history), and the schools' numeric objectives. Yearly values are one record per value (long
 * format), so a year without a value is simply absent, as in the sources.
 */
final class CopData {


    private CopData() {}

    static List<Dataset> datasets(SiteContext context) {
        Cop cop = context.portal().cop();
        if (cop.isEmpty()) {
            return List.of();
        }
        return List.of(parts(context, cop), objectives(context, cop), milestones(context, cop), steps(context, cop),
                indicators(context, cop), values(context, cop), schools(context, cop), schoolObjectives(context, cop),
                schoolValues(context, cop));
    }

    /** The contract's parts published as text pages: their text holds figures (facts and figures, the growth scenario). */
    private static Dataset parts(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "contract-parts")
                .field("id", IDENTIFIER)
                .field("order", INTEGER)
                .field("title", TEXT)
                .field("text", TEXT)
                .translation(c.languages())
                .field("url", URL);
        List<Cop.Part> parts = cop.contract().parts();
        for (int i = 0; i < parts.size(); i++) {
            Cop.Part p = parts.get(i);
            b.record(p.id(), i + 1, p.title(), p.markdown(), OpenData.code(cop.contract().translation()),
                    Hrs4rData.url(c, lang -> c.urls().copPart(lang, p.id())));
        }
        return b.build();
    }

    private static Dataset objectives(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "objectives")
                .field("id", IDENTIFIER)
                .field("kind", CODE)
                .field("title", TEXT)
                .translation(c.languages())
                .field("url", URL);
        for (Objective o : cop.objectives()) {
            b.record(o.id().value(), o.kind() == Objective.Kind.BUSINESS ? "business" : "cross-cutting", o.title(),
                    OpenData.code(o.translation()), Hrs4rData.url(c, lang -> c.urls().copObjective(lang, o.id())));
        }
        return b.build();
    }

    private static Dataset milestones(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "milestones")
                .field("id", IDENTIFIER)
                .field("objective", IDENTIFIER)
                .field("title", TEXT)
                .field("description", TEXT)
                .translation(c.languages())
                .field("url", URL);
        for (Milestone m : cop.milestones()) {
            b.record(m.id(), m.objective().map(ObjectiveId::value).orElse(null), m.title(), m.description().orElse(null),
                    OpenData.code(m.translation()), Hrs4rData.url(c, lang -> c.urls().copMilestones(lang) + "#" + m.id()));
        }
        return b.build();
    }

    private static Dataset steps(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "milestone-steps")
                .field("milestone", IDENTIFIER)
                .field("year", INTEGER)
                .field("text", TEXT)
                .field("status", CODE)
                .field("progress", CODE)
                .field("reported", DATE);
        for (Milestone m : cop.milestones()) {
            for (MilestoneStep s : m.steps()) {
                b.record(m.id(), s.year(), s.text(), s.status().map(st -> st.key()).orElse(null), s.progressOn(c.today()).key(),
                        s.reported().orElse(null));
            }
        }
        return b.build();
    }

    private static Dataset indicators(SiteContext c, Cop cop) {
        String previous = cop.contract().previous().years();
        String current = cop.contract().years();
        Dataset.Builder b = OpenData.builder(c, "indicators")
                .field("id", IDENTIFIER)
                .field("domain", IDENTIFIER)
                .field("name", TEXT)
                .field("parent", IDENTIFIER)
                .field("objectives", LIST)
                .field("unit", IDENTIFIER)
                .field("unit_name", TEXT)
                .field("per_school", BOOLEAN)
                .field("per_school_note", TEXT)
                .field("previous_only", BOOLEAN, previous, current)
                .field("reference_year", INTEGER)
                .field("reference_value", DECIMAL)
                .field("reference_qualifier", CODE)
                .field("target_year", INTEGER)
                .field("target_value", DECIMAL)
                .field("target_qualifier", CODE)
                .field("target_text", TEXT)
                .field("track", CODE)
                .translation(c.languages())
                .field("url", URL);
        for (Indicator i : cop.indicators()) {
            Optional<Target> first = i.targets().stream().findFirst();
            b.record(i.id().value(), i.domain(), i.name(), i.parent().map(p -> p.value()).orElse(null),
                    Hrs4rData.ids(i.objectives(), ObjectiveId::value), i.unit().value(), cop.unit(i.unit()).name(),
                    i.perSchool().orElse(null), i.perSchoolNote().orElse(null),
                    i.previousOnly(), i.reference().map(r -> r.year()).orElse(null),
                    i.reference().flatMap(r -> r.value()).map(Figure::value).orElse(null),
                    i.reference().flatMap(r -> r.value()).map(f -> f.qualifier().kind().key()).orElse(null),
                    first.map(Target::year).orElse(null), first.flatMap(Target::value).map(Figure::value).orElse(null),
                    first.flatMap(Target::value).map(f -> f.qualifier().kind().key()).orElse(null),
                    first.flatMap(Target::text).orElse(null),
                    i.latestAssessment().map(a -> a.track().name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
                    OpenData.code(i.translation()), Hrs4rData.url(c, lang -> c.urls().copIndicator(lang, i.id())));
        }
        return b.build();
    }

    private static Dataset values(SiteContext c, Cop cop) {
        String previous = cop.contract().previous().years();
        Dataset.Builder b = OpenData.builder(c, "indicator-values")
                .field("indicator", IDENTIFIER)
                .field("kind", CODE, previous)
                .field("school", IDENTIFIER)
                .field("year", INTEGER);
        figureColumns(b).field("text", TEXT);
        for (Indicator i : cop.indicators()) {
            String id = i.id().value();
            String unit = i.unit().value();
            i.reference().ifPresent(r -> b.record(concat(new Object[] {id, "reference", null, r.year(),
                    r.value().map(Figure::value).orElse(null), unit}, qualifier(r.value()), new Object[] {
                    r.value().map(Figure::provisional).orElse(null), r.value().flatMap(Figure::note).orElse(null), r.text().orElse(null)})));
            figures(b, id, "trajectory", null, i.trajectory(), unit);
            for (Target t : i.targets()) {
                b.record(concat(new Object[] {id, "target", null, t.year(), t.value().map(Figure::value).orElse(null), unit},
                        qualifier(t.value()), new Object[] {t.value().map(Figure::provisional).orElse(null),
                                t.value().flatMap(Figure::note).orElse(null), t.text().orElse(null)}));
            }
            figures(b, id, "actual", null, i.actuals(), unit);
            i.previousContract().ifPresent(pc -> {
                String pcUnit = pc.unit().value();
                figures(b, id, "previous_contract", null, pc.values(), pcUnit);
                pc.target().ifPresent(t -> b.record(concat(new Object[] {id, "previous_target", null, t.year(),
                        t.value().map(Figure::value).orElse(null), pcUnit}, qualifier(t.value()), new Object[] {
                        t.value().map(Figure::provisional).orElse(null), t.value().flatMap(Figure::note).orElse(null),
                        t.text().orElse(null)})));
                for (Map.Entry<SchoolId, SortedMap<Integer, Figure>> s : pc.schools().entrySet()) {
                    figures(b, id, "previous_contract", s.getKey().value(), s.getValue(), pcUnit);
                }
            });
        }
        return b.build();
    }

    private static void figures(Dataset.Builder b, String indicator, String kind, String school, SortedMap<Integer, Figure> byYear,
                                String unit) {
        byYear.forEach((year, f) -> b.record(concat(new Object[] {indicator, kind, school, year, f.value(), unit},
                qualifier(Optional.of(f)), new Object[] {f.provisional(), f.note().orElse(null), null})));
    }

    /** The qualifier columns of a value: its kind, an average's period and a range's upper end (empty without a value). */
    private static Object[] qualifier(Optional<Figure> figure) {
        return figure.map(f -> new Object[] {f.qualifier().kind().key(),
                f.qualifier().period().map(Qualifier.Period::from).orElse(null),
                f.qualifier().period().map(Qualifier.Period::to).orElse(null),
                f.qualifier().upper().orElse(null)}).orElse(new Object[] {null, null, null, null});
    }

    private static Object[] concat(Object[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
    }

    private static Dataset schools(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "schools")
                .field("id", IDENTIFIER)
                .field("name", TEXT)
                .translation(c.languages())
                .field("url", URL);
        for (School s : cop.schools()) {
            b.record(s.id().value(), s.name(), OpenData.code(s.translation()), Hrs4rData.url(c, lang -> c.urls().copSchool(lang, s.id())));
        }
        return b.build();
    }

    private static Dataset schoolObjectives(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "school-objectives")
                .field("school", IDENTIFIER)
                .field("row", INTEGER)
                .field("domain", IDENTIFIER)
                .field("indicator", IDENTIFIER)
                .field("label", TEXT)
                .field("unit", IDENTIFIER)
                .field("target", TEXT)
                .field("footnotes", LIST);
        for (School s : cop.schools()) {
            List<SchoolObjective> rows = s.objectives();
            for (int r = 0; r < rows.size(); r++) {
                SchoolObjective o = rows.get(r);
                b.record(s.id().value(), r + 1, o.domain(), o.indicator().map(x -> x.value()).orElse(null), o.label(),
                        o.unit().value(), o.target().orElse(null), o.footnotes());
            }
        }
        return b.build();
    }

    /** The columns of a figure as the contract writes it, the same in every dataset of values. */
    private static Dataset.Builder figureColumns(Dataset.Builder b) {
        return b.field("value", DECIMAL)
                .field("unit", IDENTIFIER)
                .field("qualifier", CODE)
                .field("period_from", INTEGER)
                .field("period_to", INTEGER)
                .field("upper_value", DECIMAL)
                .field("provisional", BOOLEAN)
                .field("note", TEXT);
    }

    private static Dataset schoolValues(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "school-values")
                .field("school", IDENTIFIER)
                .field("row", INTEGER)
                .field("year", INTEGER);
        figureColumns(b);
        for (School s : cop.schools()) {
            List<SchoolObjective> rows = s.objectives();
            for (int r = 0; r < rows.size(); r++) {
                SchoolObjective o = rows.get(r);
                int row = r + 1;
                UnitId unit = o.unit();
                // Years holding a mark (« n/a ») are records too: a fact, unlike a blank cell.
                java.util.SortedSet<Integer> years = new java.util.TreeSet<>(o.values().keySet());
                years.addAll(o.marks().keySet());
                for (int year : years) {
                    Figure f = o.values().get(year);
                    if (f == null) {
                        b.record(s.id().value(), row, year, null, unit.value(), fr.imt.portal.model.SchoolObjective.markCode(o.marks().get(year)),
                                null, null, null, null, null);
                    } else {
                        b.record(concat(new Object[] {s.id().value(), row, year, f.value(), unit.value()},
                                qualifier(Optional.of(f)), new Object[] {f.provisional(), f.note().orElse(null)}));
                    }
                }
            }
        }
        return b.build();
    }
}
