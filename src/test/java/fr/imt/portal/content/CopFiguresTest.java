package fr.imt.portal.content;

import fr.imt.portal.TestSites;
import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Figure;
import fr.imt.portal.model.Indicator;
import fr.imt.portal.model.IndicatorId;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.ObjectiveId;
import fr.imt.portal.model.Qualifier;
import fr.imt.portal.model.SchoolId;
import fr.imt.portal.model.SchoolObjective;
import fr.imt.portal.model.Text;
import fr.imt.portal.model.Unit;
import fr.imt.portal.model.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a COP figure says besides its number (an average, an approximation, a bound, a range, a
 * note, a caveat), a school's marks instead of numbers, a unit converting to another, the
 * contract's parts and a cross-cutting objective: written into a copy of the fixture site
 * {@code progress}, loaded directly, and found in the model as written.
 */
class CopFiguresTest {

    static final Path FIXTURE = Path.of("src/test/resources/sites/progress/content").toAbsolutePath();
    /** The publisher's time zone (site.properties), in which files are dated. */
    static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    // Loaded for each test, not once for the class: a mutation test attributes what a test covers
    // by running it alone, and a class-wide load would count for the first test only.
    @TempDir
    Path tmp;
    Path content;
    Cop cop;

    @BeforeEach
    void load() {
        content = tmp.resolve("content");
        TestSites.copyTree(FIXTURE, content);
        edit("cop/contract.yaml", "domains:", "parts:\n  - id: scenario\n    title: {fr: \"Scénario\", en: \"Scenario\"}\ndomains:");
        TestSites.write(content.resolve("cop/parts/scenario.fr.md"), "Le scénario.\n");
        TestSites.write(content.resolve("cop/parts/scenario.en.md"), "The scenario.\n");
        edit("cop/units.yaml", "  - id: students\n", "  - id: students\n    kind: count\n");
        append("cop/units.yaml", "  - id: k-students\n    name: {fr: \"milliers d'élèves\", en: \"thousand students\"}\n"
                + "    format: {fr: \"{} k\", en: \"{}k\"}\n    converts_to: {unit: students, factor: 1000}\n");
        TestSites.write(content.resolve("cop/objectives/T1.yaml"), "id: T1\nkind: cross-cutting\ntitle: {fr: \"Transverse\", en: \"Cross-cutting\"}\n"
                + "english: translation\n");
        TestSites.write(content.resolve("cop/objectives/T1.fr.md"), "Transverse.\n");
        TestSites.write(content.resolve("cop/objectives/T1.en.md"), "Cross-cutting.\n");
        edit("cop/milestones/J1.yaml", "title: {fr: \"Jalon d'essai\", en: \"Test milestone\"}\n",
                "title: {fr: \"Jalon d'essai\", en: \"Test milestone\"}\ndescription: {fr: \"Le jalon\", en: \"The milestone\"}\n");
        edit("cop/milestones/J1.yaml", "    status: planned\n", "    status: planned\n    reported: 2026-01-10\n    caveat: {fr: \"Année incertaine\", en: \"Unclear year\"}\n");
        edit("cop/indicators/rising.yaml", "trajectory: {2023: 11000, 2024: 12000, 2025: 13000}",
                "trajectory:\n  2023: {value: 11000, approximate: true}\n  2024: {value: 12000, bound: at_least}\n"
                        + "  2025: {value: 13000, average: {from: 2024, to: 2026}, caveat: {fr: \"Colonne douteuse\", en: \"Unclear column\"}}\n"
                        + "  2026: {value: 14000, up_to: 14500, note: {fr: \"Fourchette\", en: \"Range\"}}\n"
                        + "per_school_note: {fr: \"> moyenne CGE\", en: \"> CGE average\"}\nfootnotes:\n  - {fr: \"Note\", en: \"Footnote\"}");
        edit("cop/indicators/rising.yaml", "2023: 11050", "2023: {value: 11.05, unit: k-students}");
        edit("cop/indicators/falling.yaml", "objectives: []", "objectives: [T1]\nparent: rising");
        edit("cop/schools/alpha/school.yaml", "values: {2021: 1200, 2022: {value: 1310.5, provisional: true}, 2027: 1600}",
                "values: {2021: 1200, 2022: {value: 1310.5, provisional: true}, 2023: n/a, 2024: NA, 2025: na, 2027: 1600}");
        ContentLoader.Result result = ContentLoader.load(content, TODAY, PARIS);
        assertEquals(List.of(), result.problems().errors().stream().map(p -> p.describe(content, Lang.EN)).toList());
        cop = result.portal().orElseThrow().cop();
    }

    @Test
    void aFiguresNatureIsItsQualifier() {
        Indicator rising = cop.indicator(new IndicatorId("rising"));
        assertEquals(Qualifier.of(Qualifier.Kind.APPROXIMATE), rising.trajectory().get(2023).qualifier());
        assertEquals(Qualifier.of(Qualifier.Kind.AT_LEAST), rising.trajectory().get(2024).qualifier());
        assertEquals(Qualifier.average(2024, 2026), rising.trajectory().get(2025).qualifier());
        assertEquals(Optional.of(new Text("Colonne douteuse", "Unclear column")), rising.trajectory().get(2025).caveat());
        Figure range = rising.trajectory().get(2026);
        assertEquals(Qualifier.range(new BigDecimal("14500")), range.qualifier());
        assertEquals(new BigDecimal("14000"), range.value());
        assertEquals(Optional.of(new Text("Fourchette", "Range")), range.note());
        assertEquals(Optional.empty(), range.caveat());
        assertEquals(Qualifier.EXACT, rising.targets().get(0).value().orElseThrow().qualifier());
        assertEquals(Map.of(2022, 10000.0, 2027, 15000.0), rising.commitments(), "only plain values are points of the path");
    }

    @Test
    void anIndicatorsNoteFootnotesAndParentAreRead() {
        Indicator rising = cop.indicator(new IndicatorId("rising"));
        assertEquals(Optional.of(new Text("> moyenne CGE", "> CGE average")), rising.perSchoolNote());
        assertEquals(List.of(new Text("Note", "Footnote")), rising.footnotes());
        Indicator falling = cop.indicator(new IndicatorId("falling"));
        assertEquals(Optional.of(new IndicatorId("rising")), falling.parent());
        assertEquals(List.of("falling"), cop.childrenOf(new IndicatorId("rising")).stream().map(i -> i.id().value()).toList());
        assertEquals(List.of("falling"), cop.indicatorsOf(new ObjectiveId("T1")).stream().map(i -> i.id().value()).toList());
        assertFalse(falling.previousOnly());
        assertEquals(Optional.empty(), falling.perSchoolNote());
    }

    @Test
    void anActualInAUnitThatConvertsToTheIndicatorsIsAccepted() {
        Unit thousands = cop.unit(new UnitId("k-students"));
        assertEquals(Optional.of(new Unit.Conversion(new UnitId("students"), new BigDecimal("1000"))), thousands.convertsTo());
        assertEquals(new BigDecimal("11.05"), cop.indicator(new IndicatorId("rising")).actuals().get(2023).value());
        assertEquals(Optional.empty(), cop.unit(new UnitId("students")).convertsTo());
    }

    @Test
    void aSchoolsMarksAreKeptAsWrittenAndAreNotFigures() {
        SchoolObjective row = cop.school(new SchoolId("alpha")).objectives().get(0);
        assertEquals(Map.of(2023, "n/a", 2024, "NA", 2025, "na"), row.marks());
        assertEquals(List.of(2021, 2022, 2027), List.copyOf(row.values().keySet()));
    }

    @Test
    void theContractsPartsAndACrossCuttingObjectiveAreRead() {
        assertEquals(List.of(new Cop.Part("scenario", new Text("Scénario", "Scenario"), new Text("Le scénario.\n", "The scenario.\n"))),
                cop.contract().parts().stream().map(p -> new Cop.Part(p.id(), p.title(),
                        new Text(p.markdown().fr().strip() + "\n", p.markdown().en().strip() + "\n"))).toList());
        assertEquals(List.of("M1", "T1"), cop.objectives().stream().map(o -> o.id().value()).toList());
        assertEquals(Objective.Kind.CROSS_CUTTING, cop.objective(new ObjectiveId("T1")).kind());
    }

    @Test
    void aMilestonesDescriptionAndAStepsCaveatAreRead() {
        Milestone j1 = cop.milestones().get(0);
        assertEquals(Optional.of(new Text("Le jalon", "The milestone")), j1.description());
        assertEquals(Optional.of(new Text("Année incertaine", "Unclear year")), j1.step(2027).orElseThrow().caveat());
        assertEquals(Optional.of(LocalDate.of(2026, 1, 10)), j1.step(2027).orElseThrow().reported());
        assertEquals(Optional.empty(), j1.step(2026).orElseThrow().caveat());
        assertTrue(j1.step(2025).orElseThrow().status().isEmpty());
    }

    private void edit(String file, String from, String to) {
        TestSites.edit(content.resolve(file), from, to);
    }

    private void append(String file, String text) {
        try {
            java.nio.file.Files.writeString(content.resolve(file), text, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
