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
import fr.imt.portal.model.Text;
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

/**
 * The COP 2023-2027 as open data: objectives, milestones and their yearly steps, indicators with
 * every yearly value (reference, trajectory, targets, actual values, the previous contract's
 * history), and the schools' numeric objectives. Yearly values are one record per value (long
 * format), so a year without a value is simply absent, as in the sources.
 */
final class CopData {

    private static final Field YEAR = Field.of("year", INTEGER, "Année", "Year", "Année de la valeur", "Year of the value");
    private static final Field VALUE = Field.of("value", DECIMAL, "Valeur", "Value", "La valeur, nombre exact avec un point décimal",
            "The value, an exact number with a decimal point");
    private static final Field PROVISIONAL = Field.of("provisional", BOOLEAN, "Provisoire", "Provisional",
            "true si la source donne la valeur comme provisoire", "true when the source gives the value as provisional");
    private static final Field NOTE = Field.of("note", TEXT, "Note", "Note", "Précision de la source sur cette valeur", "The source's remark on this value");
    private static final String QUALIFIER_CODES = "exact, average, approximate, above, at_least, below, at_most, range, not_applicable, na";
    private static final Field QUALIFIER = Field.of("qualifier", CODE, "Nature de la valeur", "Kind of value",
            "Ce que la valeur est selon la source : " + QUALIFIER_CODES + " (exact : la valeur de l'année ; average : moyenne sur"
                    + " period_from-period_to ; approximate : valeur approchée ; above / at_least / below / at_most : borne"
                    + " > / ≥ / < / ≤ ; range : de value à upper_value ; not_applicable : « n/a », l'année ne s'applique pas,"
                    + " sans valeur ; na : « NA », que la source n'explique pas, sans valeur)",
            "What the value is according to the source: " + QUALIFIER_CODES + " (exact: the year's value; average: mean over"
                    + " period_from-period_to; approximate: an approximation; above / at_least / below / at_most: a bound"
                    + " > / ≥ / < / ≤; range: from value to upper_value; not_applicable: « n/a », the year does not apply,"
                    + " no value; na: « NA », which the source does not explain, no value)");
    private static final Field PERIOD_FROM = Field.of("period_from", INTEGER, "Début de la période", "Period start",
            "Pour une moyenne : première année moyennée", "For an average: first year averaged");
    private static final Field PERIOD_TO = Field.of("period_to", INTEGER, "Fin de la période", "Period end",
            "Pour une moyenne : dernière année moyennée", "For an average: last year averaged");
    private static final Field UPPER = Field.of("upper_value", DECIMAL, "Borne haute", "Upper end",
            "Pour une fourchette : la valeur haute (value est la valeur basse)", "For a range: the upper end (value is the lower end)");

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
                .field(Field.of("id", IDENTIFIER, "Identifiant", "Identifier", "Identifiant stable de la partie", "Stable identifier of the part"))
                .field(Field.of("order", INTEGER, "Rang", "Order", "Rang de la partie parmi celles publiées, dans l'ordre du contrat",
                        "Position of the part among those published, in the contract's order"))
                .field(Field.of("title", TEXT, "Titre", "Title", "Titre de la partie", "Title of the part"))
                .field(Field.of("text", TEXT, "Texte", "Text", "Le texte transcrit, en Markdown (l'anglais est notre traduction)",
                        "The transcribed text, in Markdown (the English is our translation)"))
                .field(Hrs4rData.ENGLISH)
                .field(Hrs4rData.URL_FIELD);
        List<Cop.Part> parts = cop.contract().parts();
        for (int i = 0; i < parts.size(); i++) {
            Cop.Part p = parts.get(i);
            b.record(p.id(), i + 1, p.title(), p.markdown(), OpenData.code(cop.contract().english()),
                    Hrs4rData.url(c, lang -> c.urls().copPart(lang, p.id())));
        }
        return b.build();
    }

    private static Dataset objectives(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "objectives")
                .field(Field.of("id", IDENTIFIER, "Identifiant", "Identifier", "Code de l'objectif dans le contrat (M1 à M4, T1 à T5)",
                        "Code of the objective in the contract (M1 to M4, T1 to T5)"))
                .field(Field.of("kind", CODE, "Nature", "Kind", "business : objectif métier ; cross-cutting : objectif transverse",
                        "business: business objective; cross-cutting: cross-cutting objective"))
                .field(Field.of("title", TEXT, "Objectif", "Objective", "Intitulé de l'objectif", "Title of the objective"))
                .field(Hrs4rData.ENGLISH)
                .field(Hrs4rData.URL_FIELD);
        for (Objective o : cop.objectives()) {
            b.record(o.id().value(), o.kind() == Objective.Kind.BUSINESS ? "business" : "cross-cutting", o.title(),
                    OpenData.code(o.english()), Hrs4rData.url(c, lang -> c.urls().copObjective(lang, o.id())));
        }
        return b.build();
    }

    private static Dataset milestones(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "milestones")
                .field(Field.of("id", IDENTIFIER, "Identifiant", "Identifier", "Code du jalon (J1 à J12)", "Code of the milestone (J1 to J12)"))
                .field(Field.of("objective", IDENTIFIER, "Objectif", "Objective", "Objectif auquel le jalon se rattache (jeu « objectives ») ; vide pour le jalon général",
                        "Objective the milestone belongs to (dataset \"objectives\"); empty for the general milestone"))
                .field(Field.of("title", TEXT, "Jalon", "Milestone", "Intitulé du jalon", "Title of the milestone"))
                .field(Field.of("description", TEXT, "Description", "Description", "Texte propre du jalon dans le contrat, s'il en a un",
                        "The milestone's own text in the contract, if any"))
                .field(Hrs4rData.ENGLISH)
                .field(Hrs4rData.URL_FIELD);
        for (Milestone m : cop.milestones()) {
            b.record(m.id(), m.objective().map(ObjectiveId::value).orElse(null), m.title(), m.description().orElse(null),
                    OpenData.code(m.english()), Hrs4rData.url(c, lang -> c.urls().copMilestones(lang) + "#" + m.id()));
        }
        return b.build();
    }

    private static Dataset steps(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "milestone-steps")
                .field(Field.of("milestone", IDENTIFIER, "Jalon", "Milestone", "Code du jalon (jeu « milestones »)", "Code of the milestone (dataset \"milestones\")"))
                .field(Field.of("year", INTEGER, "Année", "Year", "Année où l'étape est due", "Year the step is due"))
                .field(Field.of("text", TEXT, "Étape", "Step", "Ce qui est attendu cette année-là", "What is due that year"))
                .field(Field.of("status", CODE, "Statut déclaré", "Reported status", "planned, in_progress, done ou cancelled ; vide si rien n'a été déclaré",
                        "planned, in_progress, done or cancelled; empty when nothing was reported"))
                .field(Field.of("progress", CODE, "Avancement affiché", "Progress shown",
                        "Ce que le portail affiche à la date de mise à jour : not-reported, planned, in-progress, done, late ou cancelled",
                        "What the portal shows on the update date: not-reported, planned, in-progress, done, late or cancelled"))
                .field(Field.of("reported", DATE, "Date de déclaration", "Reported on", "Date à laquelle le statut a été déclaré",
                        "Date the status was reported"));
        for (Milestone m : cop.milestones()) {
            for (MilestoneStep s : m.steps()) {
                b.record(m.id(), s.year(), s.text(), s.status().map(st -> st.key()).orElse(null), s.progressOn(c.today()).key(),
                        s.reported().orElse(null));
            }
        }
        return b.build();
    }

    private static Dataset indicators(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "indicators")
                .field(Field.of("id", IDENTIFIER, "Identifiant", "Identifier", "Identifiant stable de l'indicateur", "Stable identifier of the indicator"))
                .field(Field.of("domain", IDENTIFIER, "Domaine", "Domain", "Domaine du tableau des indicateurs", "Domain of the indicator table"))
                .field(Field.of("name", TEXT, "Indicateur", "Indicator", "Intitulé de l'indicateur", "Name of the indicator"))
                .field(Field.of("parent", IDENTIFIER, "Indicateur parent", "Parent indicator", "Pour une ligne « dont … », l'indicateur qu'elle détaille",
                        "For a \"of which…\" row, the indicator it details"))
                .field(Field.of("objectives", LIST, "Objectifs", "Objectives", "Objectifs qui le citent (jeu « objectives »)",
                        "Objectives that list it (dataset \"objectives\")"))
                .field(Field.of("unit", IDENTIFIER, "Unité", "Unit", "Identifiant de l'unité des valeurs", "Identifier of the values' unit"))
                .field(Field.of("unit_name", TEXT, "Nom de l'unité", "Unit name", "L'unité en toutes lettres", "The unit in words"))
                .field(Field.of("per_school", BOOLEAN, "Décliné par école", "Per school",
                        "true si le contrat le décline par école, false sinon ; vide là où la case du contrat est vide (non précisé)",
                        "true when the contract breaks it down by school, false when not; empty where the contract's cell is blank (not specified)"))
                .field(Field.of("per_school_note", TEXT, "Précision sur la déclinaison", "Per-school wording",
                        "Ce que la case « Déclinaison par école » ajoute à son Oui (« > moyenne CGE »)",
                        "What the « Déclinaison par école » cell adds to its Yes (« > moyenne CGE »)"))
                .field(Field.of("previous_only", BOOLEAN, "Contrat précédent seulement", "Previous contract only",
                        "true pour un indicateur du contrat 2018-2022 sans équivalent en 2023-2027",
                        "true for a 2018-2022 indicator with no counterpart in 2023-2027"))
                .field(Field.of("reference_year", INTEGER, "Année de référence", "Reference year", "Année de la valeur de référence", "Year of the reference value"))
                .field(Field.of("reference_value", DECIMAL, "Valeur de référence", "Reference value", "Valeur de référence", "Reference value"))
                .field(Field.of("reference_qualifier", CODE, "Nature de la référence", "Kind of reference value",
                        "Comme qualifier du jeu « indicator-values »", "As qualifier in dataset \"indicator-values\""))
                .field(Field.of("target_year", INTEGER, "Année de la cible", "Target year", "Année de la première cible", "Year of the first target"))
                .field(Field.of("target_value", DECIMAL, "Cible", "Target", "Valeur de la première cible (vide pour une cible qualitative)",
                        "Value of the first target (empty for a qualitative target)"))
                .field(Field.of("target_qualifier", CODE, "Nature de la cible", "Kind of target value",
                        "Comme qualifier du jeu « indicator-values » ; vide pour une cible qualitative",
                        "As qualifier in dataset \"indicator-values\"; empty for a qualitative target"))
                .field(Field.of("target_text", TEXT, "Libellé de la cible", "Target wording", "La cible telle que le contrat la formule", "The target as the contract words it"))
                .field(Field.of("track", CODE, "Trajectoire", "Track", "Verdict sur la dernière valeur réalisée : on_track, ahead ou behind ; vide sans valeur comparable",
                        "Verdict on the latest actual value: on_track, ahead or behind; empty without a comparable value"))
                .field(Hrs4rData.ENGLISH)
                .field(Hrs4rData.URL_FIELD);
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
                    OpenData.code(i.english()), Hrs4rData.url(c, lang -> c.urls().copIndicator(lang, i.id())));
        }
        return b.build();
    }

    private static Dataset values(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "indicator-values")
                .field(Field.of("indicator", IDENTIFIER, "Indicateur", "Indicator", "Identifiant de l'indicateur (jeu « indicators »)",
                        "Identifier of the indicator (dataset \"indicators\")"))
                .field(Field.of("kind", CODE, "Nature", "Kind",
                        "reference (référence), trajectory (trajectoire du contrat), target (cible), actual (valeur réalisée), previous_contract (bilan 2018-2022), previous_target (cible 2018-2022)",
                        "reference, trajectory (the contract's yearly path), target, actual (reported value), previous_contract (2018-2022 review), previous_target (2018-2022 target)"))
                .field(Field.of("school", IDENTIFIER, "École", "School", "Pour une valeur d'une seule école (jeu « schools ») ; vide pour l'IMT",
                        "For one school's value (dataset \"schools\"); empty for IMT as a whole"))
                .field(YEAR)
                .field(VALUE)
                .field(Field.of("unit", IDENTIFIER, "Unité", "Unit", "Identifiant de l'unité de la valeur", "Identifier of the value's unit"))
                .field(QUALIFIER)
                .field(PERIOD_FROM)
                .field(PERIOD_TO)
                .field(UPPER)
                .field(PROVISIONAL)
                .field(NOTE)
                .field(Field.of("text", TEXT, "Libellé", "Wording", "Formulation de la source (cible ou référence qualitative)",
                        "The source's wording (qualitative target or reference)"));
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
                .field(Field.of("id", IDENTIFIER, "Identifiant", "Identifier", "Identifiant stable de l'école", "Stable identifier of the school"))
                .field(Field.of("name", TEXT, "École", "School", "Nom de l'école", "Name of the school"))
                .field(Hrs4rData.ENGLISH)
                .field(Hrs4rData.URL_FIELD);
        for (School s : cop.schools()) {
            b.record(s.id().value(), s.name(), OpenData.code(s.english()), Hrs4rData.url(c, lang -> c.urls().copSchool(lang, s.id())));
        }
        return b.build();
    }

    private static Field schoolField() {
        return Field.of("school", IDENTIFIER, "École", "School", "Identifiant de l'école (jeu « schools »)", "Identifier of the school (dataset \"schools\")");
    }

    private static Field rowField() {
        return Field.of("row", INTEGER, "Ligne", "Row", "Rang de la ligne dans le tableau des objectifs chiffrés de l'école",
                "Position of the row in the school's table of numeric objectives");
    }

    private static Dataset schoolObjectives(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "school-objectives")
                .field(schoolField())
                .field(rowField())
                .field(Field.of("domain", IDENTIFIER, "Domaine", "Domain", "Domaine du tableau des indicateurs", "Domain of the indicator table"))
                .field(Field.of("indicator", IDENTIFIER, "Indicateur IMT", "IMT indicator", "L'indicateur de l'IMT que cette ligne alimente (jeu « indicators »), s'il y en a un",
                        "The IMT indicator this row feeds (dataset \"indicators\"), if any"))
                .field(Field.of("label", TEXT, "Objectif", "Objective", "Intitulé de la ligne", "Label of the row"))
                .field(Field.of("unit", IDENTIFIER, "Unité", "Unit", "Identifiant de l'unité des valeurs", "Identifier of the values' unit"))
                .field(Field.of("target", TEXT, "Cible qualitative", "Qualitative target", "Cible formulée en mots, s'il y en a une", "Target in words, if any"))
                .field(Field.of("footnotes", LIST, "Renvois", "Footnotes", "Marques des notes de la fiche qui s'appliquent", "Marks of the sheet's footnotes that apply"));
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

    private static Dataset schoolValues(SiteContext c, Cop cop) {
        Dataset.Builder b = OpenData.builder(c, "school-values")
                .field(schoolField())
                .field(rowField())
                .field(YEAR)
                .field(VALUE)
                .field(Field.of("unit", IDENTIFIER, "Unité", "Unit", "Identifiant de l'unité de la valeur", "Identifier of the value's unit"))
                .field(QUALIFIER)
                .field(PERIOD_FROM)
                .field(PERIOD_TO)
                .field(UPPER)
                .field(PROVISIONAL)
                .field(NOTE);
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
