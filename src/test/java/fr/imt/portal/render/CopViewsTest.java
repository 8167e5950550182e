package fr.imt.portal.render;

import fr.imt.portal.model.IndicatorId;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.SchoolId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the COP's pages show, from the {@code cop-tracking} fixture on 20 November 2026: an
 * indicator rising from 10,000 (2022) to 15,000 (2027) along a trajectory, one falling from 145
 * (2021) to 114 kWh/m² (2027) with no trajectory, one with a qualitative target, one milestone
 * with a step per year, and one school. Expected values are worked out from the fixture's YAML
 * and the English words of {@code templates/i18n/en.properties}.
 */
class CopViewsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static BakeContext context;

    @BeforeAll
    static void load() {
        context = RenderContexts.fixture("cop-tracking", TODAY);
    }

    private static CopViews en() {
        return new CopViews(context, Lang.EN);
    }

    private static fr.imt.portal.model.Indicator indicator(String id) {
        return context.portal().cop().indicator(new IndicatorId(id));
    }

    @Test
    void anIndicatorCardWritesReferenceLatestValueTargetAndTrajectoryWithTheirUnit() {
        CopViews.IndicatorCard card = en().card(indicator("rising"));
        assertEquals("Rising indicator", card.name());
        assertEquals("Education", card.domain());
        assertEquals("students", card.unit());
        assertEquals("10,000 (2022)", card.reference());
        assertEquals("12,000 (provisional) (2025)", card.latest(), "the last year reported, marked provisional");
        assertEquals("15,000 in 2027", card.target());
        assertEquals(List.of("2023: 11,000", "2024: 12,000", "2025: 13,000"), card.trajectory());
        assertTrue(card.url().endsWith("rising/"), card.url());
        assertEquals(false, card.child());
    }

    @Test
    void aCardsBadgeIsTheVerdictOnTheLatestValue() {
        // 2025: 12,000 against 13,000 on the trajectory, more than 1 % short.
        assertEquals("behind", en().card(indicator("rising")).badge().key());
        // 2024: 120 kWh/m² where the line from 145 (2021) to 114 (2027) expects 129.5; lower is better.
        assertEquals("ahead", en().card(indicator("falling")).badge().key());
        assertEquals("not-assessed", en().card(indicator("qualitative")).badge().key());
    }

    @Test
    void aCardWithATextTargetWritesItAndAnIndicatorWithoutTrajectoryListsNone() {
        CopViews.IndicatorCard qualitative = en().card(indicator("qualitative"));
        assertEquals("Above average in 2027", qualitative.target());
        assertEquals("94.4% (2022)", qualitative.reference());
        assertEquals("95.1% (2024)", qualitative.latest());
        CopViews.IndicatorCard falling = en().card(indicator("falling"));
        assertEquals("145 kWh/m² (2021)", falling.reference());
        assertEquals("114 kWh/m² in 2027", falling.target());
        assertEquals(List.of(), falling.trajectory());
    }

    @Test
    void aFrenchTrajectoryPutsANoBreakSpaceBeforeTheColon() {
        CopViews.IndicatorCard card = new CopViews(context, Lang.FR).card(indicator("falling"));
        assertEquals("Indicateur décroissant", card.name());
        assertEquals("Formation", card.domain());
        assertTrue(new CopViews(context, Lang.FR).card(indicator("rising")).trajectory().get(0).startsWith("2023\u00A0: "));
    }

    @Test
    void theDashboardGroupsTheIndicatorsByDomainInTheContractsOrder() {
        List<CopViews.DomainGroup> groups = en().dashboard();
        assertEquals(List.of("training"), groups.stream().map(CopViews.DomainGroup::id).toList());
        assertEquals("Education", groups.get(0).name());
        assertEquals(3, groups.get(0).indicators().size());
        assertEquals(List.of(), en().previousOnly());
    }

    @Test
    void theGlanceCountsStepsDueAndReportedUpToThisYearAndTheLateOnes() {
        CopViews.Glance glance = en().glance();
        assertEquals(List.of(2023, 2024, 2025, 2026, 2027), glance.years().stream().map(CopViews.YearGlance::year).toList());
        assertEquals(List.of("past", "past", "past", "current", "future"),
                glance.years().stream().map(CopViews.YearGlance::state).toList());
        assertEquals(List.of(1, 1, 0, 1, 1), glance.years().stream().map(CopViews.YearGlance::reported).toList());
        // The 2023 step is still in progress after its year: late.
        assertEquals(List.of(1, 0, 0, 0, 0), glance.years().stream().map(CopViews.YearGlance::late).toList());
        assertEquals(List.of(1, 1, 1, 1, 1), glance.years().stream().map(CopViews.YearGlance::due).toList());
        assertEquals(4, glance.stepsDue(), "2023 to 2026");
        assertEquals(3, glance.stepsReported());
        assertEquals(1, glance.milestones());
        assertEquals(3, glance.indicators());
        assertEquals(2, glance.assessed());
        assertEquals(List.of("ahead", "behind"), glance.tracks().stream().map(s -> s.badge().key()).toList());
        assertEquals(List.of(1, 1), glance.tracks().stream().map(ProgressSummary.Segment::count).toList());
        assertEquals(List.of(33.3, 33.3), glance.tracks().stream().map(ProgressSummary.Segment::percent).toList());
    }

    @Test
    void anIndicatorPageAssessesEveryActualValueInWords() {
        CopViews.IndicatorPage page = en().indicator(indicator("rising"));
        assertEquals(List.of(2023, 2024, 2025), page.assessments().stream().map(CopViews.AssessmentView::year).toList());
        assertEquals(List.of("on-track", "ahead", "behind"),
                page.assessments().stream().map(a -> a.badge().key()).toList());
        assertEquals(List.of("11,000", "12,000", "13,000"), page.assessments().stream().map(CopViews.AssessmentView::expected).toList());
        assertEquals("In 2023: 11,050, for 11,000 expected by the contract: on track.", page.assessments().get(0).sentence());
        assertEquals("12,000 (provisional)", page.assessments().get(2).actual());
        assertTrue(page.trackingNote().startsWith("Each actual value is compared with the trajectory"), page.trackingNote());
    }

    @Test
    void anExpectedValueOffTheActualsPrecisionGetsOneMoreDecimal() {
        CopViews.IndicatorPage page = en().indicator(indicator("falling"));
        assertEquals("129.5 kWh/m²", page.assessments().get(0).expected(), "145 + (114 - 145) × 3/6 against 120");
        assertEquals("In 2024: 120 kWh/m², for 129.5 kWh/m² expected by the contract: ahead.", page.assessments().get(0).sentence());
    }

    @Test
    void aQualitativeTargetIsShownButNotAssessed() {
        CopViews.IndicatorPage page = en().indicator(indicator("qualitative"));
        assertEquals("In 2024: 95.1%; the contract gives no numeric path to compare it with.", page.assessments().get(0).sentence());
        assertEquals("", page.assessments().get(0).expected());
        assertEquals("The target is qualitative: actual values are shown but cannot be assessed automatically.", page.trackingNote());
        assertEquals(List.of("Above average in 2027"), page.targets());
    }

    @Test
    void anIndicatorsChartHasThePreviousContractTheCommitmentsAndTheActualValues() {
        CopViews.IndicatorPage page = en().indicator(indicator("rising"));
        Charts.ChartView chart = page.chart();
        assertEquals("chart-rising", chart.id());
        assertEquals("Rising indicator: history, trajectory and target (students)", chart.title());
        assertEquals(List.of("Previous contract (actual)", "Previous contract target", "Reference, trajectory and target",
                "Actual value"), chart.table().columns());
        assertEquals(List.of("2017", "2020", "2022", "2023", "2024", "2025", "2027"),
                chart.table().rows().stream().map(Charts.Row::header).toList());
        assertEquals("Chart of Rising indicator. Previous contract (actual): from 8,000 in 2017 to 10,000 in 2022."
                + " Previous contract target: 9,500 in 2022. Reference, trajectory and target: from 10,000 in 2022 to 15,000 in 2027."
                + " Actual value: from 11,050 in 2023 to 12,000 (provisional) in 2025."
                + " Every figure is given in the table below the chart.", chart.description());
        // The commitments: the reference, the trajectory's three years and the target.
        List<String> commitments = chart.table().rows().stream().map(r -> r.cells().get(2).value()).toList();
        assertEquals(List.of("", "", "10000", "11000", "12000", "13000", "15000"), commitments);
        assertEquals("Former indicator", page.previousName());
        assertEquals("9,500", page.previousTarget());
        assertEquals("Yes", page.perSchool());
        assertEquals("Education", page.domain());
        assertEquals("students", page.unitName());
        assertNull(page.parent());
        assertEquals(List.of(), page.children());
        assertEquals(List.of("M1 – Train more"), page.objectives().stream().map(SiteChrome.Link::label).toList());
    }

    @Test
    void anIndicatorFedBySchoolsComparesTheirLatestYearAndListsEveryYear() {
        CopViews.IndicatorPage page = en().indicator(indicator("rising"));
        Charts.ChartView comparison = page.comparison();
        assertEquals("Schools compared, 2027: Rising indicator", comparison.title());
        assertEquals(List.of("Alpha School"), comparison.table().rows().stream().map(Charts.Row::header).toList());
        assertEquals("1,600", comparison.table().rows().get(0).cells().get(0).text());
        Charts.Table years = page.schoolYears();
        assertEquals(List.of("2021", "2022", "2023", "2024", "2025", "2026", "2027"), years.columns());
        assertEquals(List.of("1,200", "1,310.5 (provisional)", "no value", "no value", "no value", "no value", "1,600"),
                years.rows().get(0).cells().stream().map(Charts.Cell::text).toList());
        Charts.Table previous = page.previousSchools();
        assertEquals(List.of("2017", "2022"), previous.columns());
        assertEquals(List.of("800", "1,000"), previous.rows().get(0).cells().stream().map(Charts.Cell::text).toList());
        assertEquals("note", previous.rows().get(0).cells().get(1).note());
    }

    @Test
    void anIndicatorWithoutSchoolsOrPreviousContractHasNeitherTable() {
        CopViews.IndicatorPage page = en().indicator(indicator("falling"));
        assertNull(page.comparison());
        assertNull(page.schoolYears());
        assertNull(page.previousSchools());
        assertNull(page.previousName());
        assertEquals(List.of("Reference, trajectory and target", "Actual value"), page.chart().table().columns());
    }

    @Test
    void aMilestoneShowsAStepPerContractYearWithItsProgress() {
        CopViews.MilestoneView view = en().milestone(context.portal().cop().milestones().get(0));
        assertEquals("J1", view.id());
        assertEquals("Test milestone", view.title());
        assertEquals(List.of(2023, 2024, 2025, 2026, 2027), view.byYear().stream().map(CopViews.StepView::year).toList());
        assertEquals(List.of("late", "done", "not-reported", "cancelled", "planned"),
                view.steps().stream().map(s -> s.badge().key()).toList());
        assertEquals("2024-01-15", view.steps().get(0).reported());
        assertNull(view.steps().get(1).reported());
        assertNull(view.steps().get(0).caveat());
        assertTrue(view.steps().get(0).html().contains("Step 2023 started"), view.steps().get(0).html());
        assertEquals("M1 – Train more", view.objective().label());
    }

    @Test
    void aSchoolsRowsHaveTheirYearsTheirSmallChartAndTheirTarget() {
        CopViews.SchoolView school = en().school(context.portal().cop().school(new SchoolId("alpha")));
        assertEquals("Alpha School", school.name());
        assertEquals(List.of("alpha-row-1", "alpha-row-2"), school.objectives().stream().map(CopViews.SchoolRow::id).toList());
        CopViews.SchoolRow students = school.objectives().get(0);
        assertEquals("Students", students.label());
        assertEquals("Education", students.domain());
        assertEquals("Rising indicator", students.indicator().label());
        assertEquals(List.of("(*)"), students.marks());
        // 2021 and 2022 are what the school achieved (up to the reference year), 2027 its objective.
        Charts.ChartView chart = students.chart();
        assertEquals("Students (students)", chart.title());
        assertEquals(List.of("Actual (2021-2022)", "School's objective"), chart.table().columns());
        assertEquals(List.of("2021", "2022", "2027"), chart.table().rows().stream().map(Charts.Row::header).toList());
        assertTrue(chart.drawing().small());
        CopViews.SchoolRow rate = school.objectives().get(1);
        assertNull(rate.chart(), "no figure, no chart");
        assertEquals("Above average", rate.target());
        assertEquals(List.of(new CopViews.Note("(*)", "A note")), school.footnotes());
        assertEquals(List.of("Rising indicator", "Qualitative indicator"), school.indicators().stream().map(SiteChrome.Link::label).toList());
    }

    @Test
    void aPositioningCellThatIsNotAListStaysText() {
        CopViews.SchoolView school = en().school(context.portal().cop().school(new SchoolId("alpha")));
        CopViews.PositioningRow row = school.positioning().get(0);
        assertEquals("Expertise", row.expertise());
        assertNull(row.expertiseHtml());
        assertEquals(List.of("Digital"), row.strategicThemes());
        assertEquals("Data", row.theme());
    }

    @Test
    void anEnglishViewSaysItsTextIsOurTranslationAndAFrenchOneDoesNot() {
        assertTrue(en().card(indicator("rising")).translated());
        assertFalse(new CopViews(context, Lang.FR).card(indicator("rising")).translated());
    }

    @Test
    void anObjectiveShowsItsTextAndMilestonesOnlyOnItsOwnPage() {
        var m1 = context.portal().cop().objectives().get(0);
        CopViews.ObjectiveView card = en().objective(m1, false);
        assertEquals("M1", card.id());
        assertEquals("Train more", card.title());
        assertEquals("", card.html());
        assertEquals(List.of(), card.milestones());
        assertEquals(java.util.Set.of("rising", "qualitative"), card.indicators().stream().map(CopViews.IndicatorCard::id).collect(java.util.stream.Collectors.toSet()));
        assertTrue(card.translated());
        CopViews.ObjectiveView page = en().objective(m1, true);
        assertFalse(page.html().isEmpty());
        assertEquals(List.of("J1"), page.milestones().stream().map(CopViews.MilestoneView::id).toList());
        assertEquals("Business objective", page.kind());
    }

    @Test
    void theSchoolsAreListedByName() {
        assertEquals(List.of("Alpha School"), en().schoolLinks().stream().map(SiteChrome.Link::label).toList());
        assertTrue(en().schoolLinks().get(0).url().endsWith("alpha/"), en().schoolLinks().get(0).url());
    }
}
