package fr.imt.portal.content;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Deadline;
import fr.imt.portal.model.DepartmentId;
import fr.imt.portal.model.Translation;
import fr.imt.portal.model.Figure;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Indicator;
import fr.imt.portal.model.IndicatorId;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.MilestoneStep;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.model.ObjectiveId;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.PillarId;
import fr.imt.portal.model.Portal;
import fr.imt.portal.model.Principle;
import fr.imt.portal.model.PrincipleId;
import fr.imt.portal.model.Progress;
import fr.imt.portal.model.ProgressEntry;
import fr.imt.portal.model.Rating;
import fr.imt.portal.model.School;
import fr.imt.portal.model.SchoolId;
import fr.imt.portal.model.SchoolObjective;
import fr.imt.portal.model.Status;
import fr.imt.portal.model.Text;
import fr.imt.portal.model.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loaders read what the files say: the fixture site {@code progress} (two pillars, two
 * principles, three actions with progress logs, a COP with a milestone, three indicators and a
 * school, and news) is loaded directly, and its model holds each value as written in its files.
 */
class FixtureLoadingTest {

    static final Path CONTENT = Path.of("src/test/resources/sites/progress/content").toAbsolutePath();
    /** After every deadline of the fixture but action 3's (Q4 2031). */
    /** The publisher's time zone (site.properties), in which files are dated. */
    static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    // Loaded for each test, not once for the class: a mutation test attributes what a test covers
    // by running it alone, and a class-wide load would count for the first test only.
    ContentLoader.Result result;
    Portal portal;

    @BeforeEach
    void load() {
        result = ContentLoader.load(CONTENT, TODAY, PARIS);
        assertEquals(List.of(), result.problems().errors().stream().map(p -> p.describe(CONTENT, Lang.EN)).toList());
        portal = result.portal().orElseThrow();
    }

    @Test
    void pillarsDepartmentsAndPrinciplesAreReadAsWritten() {
        Hrs4r hrs4r = portal.hrs4r();
        assertEquals(List.of("ethics", "evaluation"), hrs4r.pillars().stream().map(p -> p.id().value()).toList());
        assertEquals(2, hrs4r.pillar(new PillarId("evaluation")).number());
        assertEquals(new Text("Éthique (fixture)", "Ethics (fixture)"), hrs4r.pillar(new PillarId("ethics")).title());
        assertEquals(Translation.TRANSLATION, hrs4r.pillar(new PillarId("ethics")).translation());
        assertEquals(new Text("Direction fictive de la science", "Fictional science department"),
                hrs4r.department(new DepartmentId("science")).name());
        Principle recruitment = hrs4r.principle(new PrincipleId("recruitment"));
        assertEquals(new PillarId("evaluation"), recruitment.pillar());
        assertEquals(2, recruitment.order());
        assertEquals(Rating.MOSTLY, recruitment.rating(), "written \"+/-\"");
        assertEquals(Rating.PARTLY, hrs4r.principle(new PrincipleId("open-science")).rating(), "written \"-/+\"");
        assertEquals(Translation.ORIGINAL, recruitment.translation());
        assertTrue(recruitment.gapsMarkdown().fr().startsWith("Texte français des écarts pour recruitment"), recruitment.gapsMarkdown().fr());
        assertFalse(recruitment.gapsMarkdown().en().isBlank());
        assertFalse(recruitment.initiativesMarkdown().fr().isBlank());
        assertFalse(recruitment.initiativesMarkdown().en().isBlank());
    }

    @Test
    void anActionHoldsItsDeadlineDepartmentsStatusAndProgressLog() {
        Action one = action(1);
        assertEquals(new PillarId("ethics"), one.pillar());
        assertEquals(new Text("Action fictive passée et non réalisée", "Fictional past action not done"), one.text());
        assertEquals(new Deadline(1, 2024), one.deadline());
        assertEquals(List.of(new PrincipleId("open-science")), one.principles());
        assertEquals(List.of(new DepartmentId("science")), one.leading());
        assertEquals(List.of(), one.associated());
        assertEquals(Status.IN_PROGRESS, one.status());
        assertEquals(OptionalInt.of(40), one.completion());
        assertEquals(List.of(new ProgressEntry(LocalDate.of(2025, 1, 15), new Text("Premier point d'étape fictif", "First fictional update")),
                new ProgressEntry(LocalDate.of(2025, 6, 1), new Text("Le travail a commencé", "Work has started"), Optional.of(Status.IN_PROGRESS))),
                one.progress());
        assertEquals(Progress.LATE, one.progressOn(TODAY), "Q1 2024 has passed, not done");

        Action two = action(2);
        assertEquals(List.of(new PrincipleId("recruitment"), new PrincipleId("open-science")), two.principles());
        assertEquals(List.of(new DepartmentId("science")), two.associated());
        assertEquals(OptionalInt.empty(), two.completion());
        assertEquals(3, two.progress().size());
        assertEquals(Optional.of(Status.DONE), two.progress().get(1).status());
        assertEquals(Progress.DONE, two.progressOn(TODAY));

        Action three = action(3);
        assertEquals(List.of(new DepartmentId("hr"), new DepartmentId("science")), three.leading());
        assertEquals(new Deadline(4, 2031), three.deadline());
        assertEquals(Progress.PLANNED, three.progressOn(TODAY));
        assertEquals(List.of(1, 2, 3), portal.hrs4r().actions().stream().map(Action::number).toList());
    }

    @Test
    void theContractAndItsObjectiveAreReadAsWritten() {
        Cop cop = portal.cop();
        Cop.Contract contract = cop.contract();
        assertEquals(new Text("Contrat d'essai 2023-2027", "Test contract 2023-2027"), contract.title());
        assertEquals(List.of(2023, 2027, 2022), List.of(contract.firstYear(), contract.lastYear(), contract.referenceYear()));
        assertEquals("digital", contract.themes().get(0).id());
        assertEquals(new Text("Numérique", "Digital"), contract.themes().get(0).title());
        assertEquals(new Text("Formation", "Education"), contract.domains().get(0).name());
        assertFalse(contract.ambition().fr().isBlank());
        Objective m1 = cop.objective(new ObjectiveId("M1"));
        assertEquals(Objective.Kind.BUSINESS, m1.kind());
        assertEquals(new Text("Former davantage", "Train more"), m1.title());
        assertTrue(m1.markdown().fr().startsWith("Le texte de l'objectif"), m1.markdown().fr());
        assertEquals(List.of("students", "kwh", "percent"), cop.units().stream().map(u -> u.id().value()).toList());
        assertEquals(new Text("{} %", "{}%"), cop.unit(new UnitId("percent")).format());
    }

    @Test
    void aMilestonesStepsAndReportsAreReadByYear() {
        Milestone j1 = portal.cop().milestones().get(0);
        assertEquals("J1", j1.id());
        assertEquals(Optional.of(new ObjectiveId("M1")), j1.objective());
        assertEquals(List.of(2023, 2024, 2025, 2026, 2027), j1.steps().stream().map(MilestoneStep::year).toList());
        MilestoneStep y2023 = j1.step(2023).orElseThrow();
        assertEquals(Optional.of(Status.IN_PROGRESS), y2023.status());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), y2023.reported());
        assertEquals(Progress.LATE, y2023.progressOn(TODAY), "2023 is over and the step not done");
        assertEquals(Progress.NOT_REPORTED, j1.step(2025).orElseThrow().progressOn(TODAY));
        assertEquals(Progress.CANCELLED, j1.step(2026).orElseThrow().progressOn(TODAY));
        assertEquals(List.of(2023, 2026), j1.progress().stream().map(Milestone.Report::year).toList());
        assertEquals(new ProgressEntry(LocalDate.of(2026, 2, 1), new Text("Étape abandonnée faute de financement", "Step dropped for lack of funding"),
                Optional.of(Status.CANCELLED)), j1.progress().get(1).entry());
    }

    @Test
    void anIndicatorHoldsItsReferenceTrajectoryTargetsActualsAndHistory() {
        Indicator rising = indicator("rising");
        assertEquals("training", rising.domain());
        assertEquals(Optional.empty(), rising.parent(), "parent: null");
        assertEquals(List.of(new ObjectiveId("M1")), rising.objectives());
        assertEquals(new UnitId("students"), rising.unit());
        assertEquals(Optional.of(true), rising.perSchool());
        assertEquals(2022, rising.reference().orElseThrow().year());
        assertEquals(new BigDecimal("10000"), rising.reference().orElseThrow().value().orElseThrow().value());
        assertEquals(Map.of(2023, new BigDecimal("11000"), 2024, new BigDecimal("12000"), 2025, new BigDecimal("13000")), values(rising.trajectory()));
        assertEquals(2027, rising.targets().get(0).year());
        assertEquals(new BigDecimal("15000"), rising.targets().get(0).value().orElseThrow().value());
        assertEquals(Map.of(2023, new BigDecimal("11050"), 2024, new BigDecimal("12500"), 2025, new BigDecimal("12000")), values(rising.actuals()));
        assertFalse(rising.actuals().get(2024).provisional());
        assertTrue(rising.actuals().get(2025).provisional());
        var previous = rising.previousContract().orElseThrow();
        assertEquals(new Text("Ancien indicateur", "Former indicator"), previous.name());
        assertEquals(Map.of(2017, new BigDecimal("8000"), 2020, new BigDecimal("9000"), 2022, new BigDecimal("10000")), values(previous.values()));
        assertEquals(new BigDecimal("9500"), previous.target().orElseThrow().value().orElseThrow().value());
        var alpha = previous.schools().get(new SchoolId("alpha"));
        assertEquals(Map.of(2017, new BigDecimal("800"), 2022, new BigDecimal("1000")), values(alpha));
        assertEquals(Optional.of(new Text("note", "note")), alpha.get(2022).note());

        Indicator qualitative = indicator("qualitative");
        assertEquals(Optional.empty(), qualitative.targets().get(0).value());
        assertEquals(Optional.of(new Text("Supérieur à la moyenne", "Above average")), qualitative.targets().get(0).text());
        assertEquals(Optional.of(false), qualitative.perSchool());
        assertEquals(new BigDecimal("94.4"), qualitative.reference().orElseThrow().value().orElseThrow().value());
        assertEquals(List.of("qualitative", "rising"), portal.cop().indicatorsOf(new ObjectiveId("M1")).stream().map(i -> i.id().value()).toList(),
                "in the order of their files' names");
    }

    @Test
    void aFallingIndicatorIsAheadBelowItsLine() {
        // From 145 in 2021 to 114 in 2027: 2024 is halfway, 129.5; 120 is below it, which is better here.
        Indicator.Assessment a = indicator("falling").latestAssessment().orElseThrow();
        assertEquals(129.5, a.expected(), 1e-9);
        assertEquals(Indicator.Track.AHEAD, a.track());
        assertEquals(Indicator.Track.AHEAD, indicator("rising").assess(2024).orElseThrow().track(), "12500 against 12000");
        assertTrue(indicator("qualitative").latestAssessment().isEmpty(), "a qualitative target is not tracked");
    }

    @Test
    void aSchoolsSheetHoldsItsPositioningRowsAndFootnotes() {
        School alpha = portal.cop().school(new SchoolId("alpha"));
        assertEquals(new Text("École Alpha", "Alpha School"), alpha.name());
        assertEquals(List.of("digital"), alpha.positioning().get(0).strategicThemes());
        assertEquals(new Text("Données", "Data"), alpha.positioning().get(0).theme());
        SchoolObjective students = alpha.objectives().get(0);
        assertEquals(Optional.of(new IndicatorId("rising")), students.indicator());
        assertEquals(Map.of(2021, new BigDecimal("1200"), 2022, new BigDecimal("1310.5"), 2027, new BigDecimal("1600")), values(students.values()));
        assertTrue(students.values().get(2022).provisional());
        assertEquals(List.of("(*)"), students.footnotes());
        assertEquals(Optional.of(new Text("Au-dessus de la moyenne", "Above average")), alpha.objectives().get(1).target());
        assertEquals(List.of(new School.Footnote("(*)", new Text("Une note", "A note"))), alpha.footnotes());
        assertEquals(Map.of(alpha, students), portal.cop().schoolRowsFor(new IndicatorId("rising")));
        assertFalse(alpha.summary().fr().isBlank());
        assertTrue(alpha.comments().isPresent());
    }

    @Test
    void newsPostsAreReadFromTheirFilesNamesAndHeaders() {
        List<NewsItem> news = portal.news();
        assertEquals(List.of("2025-07-01-seulement", "2025-06-01-guide"), news.stream().map(NewsItem::id).toList(), "newest first");
        NewsItem guide = news.get(1);
        assertEquals(LocalDate.of(2025, 6, 1), guide.date());
        assertEquals("Un guide pour les jurys", guide.in(Lang.FR).orElseThrow().title());
        assertEquals(Optional.of("The boards' guide is out."), guide.in(Lang.EN).orElseThrow().summary());
        assertEquals("The guide is available.", guide.in(Lang.EN).orElseThrow().markdown().strip());
        assertFalse(guide.in(Lang.EN).orElseThrow().draft());
        assertEquals(Optional.empty(), news.get(0).in(Lang.FR).orElseThrow().summary());
        assertTrue(news.get(0).in(Lang.EN).isEmpty());
    }

    @Test
    void eachEntityKnowsTheFilesItIsMadeFrom() {
        Map<String, Object> entities = portal.entities();
        assertEquals(List.of("hrs4r/actions/01.yaml"), files(entities, "action:1"));
        assertEquals(List.of("hrs4r/principles/recruitment/principle.yaml"), files(entities, "principle:recruitment"));
        assertTrue(files(entities, "principle-text:recruitment").containsAll(List.of("hrs4r/principles/recruitment/gaps.fr.md",
                "hrs4r/principles/recruitment/initiatives.en.md")), files(entities, "principle-text:recruitment").toString());
        assertEquals(List.of("cop/milestones/J1.yaml"), files(entities, "milestone:J1"));
        assertEquals(List.of("cop/indicators/rising.yaml"), files(entities, "indicator:rising"));
        assertTrue(files(entities, "news:2025-06-01-guide").containsAll(List.of("news/2025-06-01-guide.fr.md", "news/2025-06-01-guide.en.md")));
    }

    @Test
    void theEditorialWarningsAreTheLateActionAndTheStepsLeftUnreported() {
        // Action 1 is late (Q1 2024) and its last entry, 2025-06-01, is more than six months old;
        // J1's 2025 step has no status though 2025 is over; its 2027 step has a status but no report date.
        List<String> warnings = result.problems().warnings().stream().filter(p -> !p.message().key().equals(EditorialChecks.UNREVIEWED))
                .map(p -> CONTENT.relativize(p.position().file()).toString().replace('\\', '/') + " " + p.field() + " " + p.message().key())
                .toList();
        assertEquals(List.of("cop/milestones/J1.yaml steps[3].status " + EditorialChecks.STEP_NOT_REPORTED,
                "cop/milestones/J1.yaml steps[5].reported check.noReportDate",
                "hrs4r/actions/01.yaml status check.late"), warnings);
    }

    /** The files an entity is made from, without their dates. */
    @SuppressWarnings("unchecked")
    private static List<String> files(Map<String, Object> entities, String key) {
        List<Object> entry = (List<Object>) entities.get(key);
        return ((List<String>) entry.get(1)).stream().map(f -> f.substring(0, f.indexOf('@'))).toList();
    }

    private static Map<Integer, BigDecimal> values(Map<Integer, Figure> figures) {
        Map<Integer, BigDecimal> values = new java.util.TreeMap<>();
        figures.forEach((year, f) -> values.put(year, f.value()));
        return values;
    }

    private Action action(int number) {
        return portal.hrs4r().actions().stream().filter(a -> a.number() == number).findFirst().orElseThrow();
    }

    private Indicator indicator(String id) {
        return portal.cop().indicator(new IndicatorId(id));
    }
}
