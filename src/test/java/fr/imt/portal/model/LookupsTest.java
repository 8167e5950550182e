package fr.imt.portal.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The orders and lookups pages rely on: the HRS4R's pillars, principles and actions in the
 * source's order and grouped by pillar and principle; the COP's objectives M before T, milestones
 * J2 before J10, indicators by objective and parent, and a school's row for an indicator.
 */
class LookupsTest {

    private static final Text TEXT = new Text("Texte", "Text");

    @Test
    void hrs4rListsFollowTheSourcesNumbersWhateverTheReadingOrder() {
        Hrs4r hrs4r = hrs4r();
        assertEquals(List.of(1, 2), hrs4r.pillars().stream().map(Pillar::number).toList());
        assertEquals(List.of(3, 10, 12), hrs4r.principles().stream().map(Principle::order).toList());
        assertEquals(List.of(2, 7, 18), hrs4r.actions().stream().map(Action::number).toList());
        assertEquals(List.of(new DepartmentId("hr"), new DepartmentId("science")),
                hrs4r.departments().stream().map(Department::id).toList(), "departments as listed");
    }

    @Test
    void hrs4rFindsEachEntityByItsIdentifier() {
        Hrs4r hrs4r = hrs4r();
        assertEquals(2, hrs4r.pillar(new PillarId("evaluation")).number());
        assertEquals(10, hrs4r.principle(new PrincipleId("recruitment")).order());
        assertEquals("Sciences", hrs4r.department(new DepartmentId("science")).name().fr());
        assertNull(hrs4r.pillar(new PillarId("unknown")));
    }

    @Test
    void aPillarsPrinciplesAndActionsAreInTheWholeListsOrder() {
        Hrs4r hrs4r = hrs4r();
        assertEquals(List.of(3, 12), hrs4r.principlesOf(new PillarId("ethics")).stream().map(Principle::order).toList());
        assertEquals(List.of(10), hrs4r.principlesOf(new PillarId("evaluation")).stream().map(Principle::order).toList());
        assertEquals(List.of(2, 18), hrs4r.actionsOf(new PillarId("evaluation")).stream().map(Action::number).toList());
        assertEquals(List.of(), hrs4r.actionsOf(new PillarId("unknown")));
        assertEquals(List.of(), hrs4r.principlesOf(new PillarId("unknown")));
    }

    @Test
    void anActionServingAPrincipleTwiceIsListedOnceUnderIt() {
        Hrs4r hrs4r = hrs4r();
        assertEquals(List.of(2, 7, 18), hrs4r.actionsServing(new PrincipleId("recruitment")).stream().map(Action::number).toList());
        assertEquals(List.of(7), hrs4r.actionsServing(new PrincipleId("ethics-integrity")).stream().map(Action::number).toList());
        assertEquals(List.of(), hrs4r.actionsServing(new PrincipleId("open-science")));
    }

    @Test
    void objectivesReadBusinessFirstThenCrossCuttingEachByCode() {
        Cop cop = cop();
        assertEquals(List.of("M1", "M2", "T1", "T3"), cop.objectives().stream().map(o -> o.id().value()).toList());
        assertEquals(Objective.Kind.CROSS_CUTTING, cop.objective(new ObjectiveId("T3")).kind());
    }

    @Test
    void milestonesReadByNumberSoJ2ComesBeforeJ10() {
        assertEquals(List.of("J1", "J2", "J10"), cop().milestones().stream().map(Milestone::id).toList());
    }

    @Test
    void anObjectivesMilestonesAndIndicatorsAreInTheirListsOrder() {
        Cop cop = cop();
        assertEquals(List.of("J2", "J10"), cop.milestonesOf(new ObjectiveId("M1")).stream().map(Milestone::id).toList());
        assertEquals(List.of(), cop.milestonesOf(new ObjectiveId("T3")), "J1 belongs to no objective");
        assertEquals(List.of("students", "phd"), ids(cop.indicatorsOf(new ObjectiveId("M1"))));
        assertEquals(List.of("phd"), ids(cop.indicatorsOf(new ObjectiveId("T1"))), "named twice, listed once");
        assertEquals(List.of(), cop.indicatorsOf(new ObjectiveId("M2")));
    }

    @Test
    void anIndicatorsChildrenBreakItDown() {
        Cop cop = cop();
        assertEquals(List.of("phd", "masters"), ids(cop.childrenOf(new IndicatorId("students"))));
        assertEquals(List.of(), cop.childrenOf(new IndicatorId("phd")));
    }

    @Test
    void copFindsUnitsIndicatorsAndSchoolsByIdentifier() {
        Cop cop = cop();
        assertEquals("Étudiants", cop.unit(new UnitId("students")).name().fr());
        assertEquals("phd", cop.indicator(new IndicatorId("phd")).id().value());
        assertEquals("Alpha", cop.school(new SchoolId("alpha")).name().fr());
        assertEquals(3, cop.indicators().size());
        assertEquals(2, cop.schools().size());
        assertEquals(1, cop.units().size());
        assertFalse(cop.isEmpty());
        assertTrue(Cop.EMPTY.isEmpty());
    }

    @Test
    void aSchoolFeedsAnIndicatorWithItsFirstRowForIt() {
        Cop cop = cop();
        Map<School, SchoolObjective> rows = cop.schoolRowsFor(new IndicatorId("phd"));
        assertEquals(List.of("alpha", "beta"), rows.keySet().stream().map(s -> s.id().value()).toList());
        assertEquals("first", rows.get(cop.school(new SchoolId("alpha"))).label().en());
        assertEquals(Map.of(), cop.schoolRowsFor(new IndicatorId("masters")));
        assertEquals(rows, cop.schoolRowsFor(new IndicatorId("phd")), "asked again, the same rows");
    }

    @Test
    void aRecruitmentStageIsDocumentedByAPrincipleOrAnAction() {
        assertFalse(stage(List.of(), List.of()).documented());
        assertTrue(stage(List.of(new PrincipleId("recruitment")), List.of()).documented());
        assertTrue(stage(List.of(), List.of(18)).documented());
    }

    private static Otmr.Stage stage(List<PrincipleId> principles, List<Integer> actions) {
        return new Otmr.Stage("selection", TEXT, TEXT, principles, actions, TEXT);
    }

    private static List<String> ids(List<Indicator> indicators) {
        return indicators.stream().map(i -> i.id().value()).toList();
    }

    static Hrs4r hrs4r() {
        List<Pillar> pillars = List.of(new Pillar(new PillarId("evaluation"), 2, TEXT, Translation.ORIGINAL),
                new Pillar(new PillarId("ethics"), 1, TEXT, Translation.ORIGINAL));
        List<Principle> principles = List.of(principle("open-science", "ethics", 12), principle("recruitment", "evaluation", 10),
                principle("ethics-integrity", "ethics", 3));
        List<Action> actions = List.of(action(18, "evaluation", "recruitment"), action(7, "ethics", "recruitment", "ethics-integrity", "recruitment"),
                action(2, "evaluation", "recruitment"));
        List<Department> departments = List.of(new Department(new DepartmentId("hr"), new Text("RH", "HR"), Translation.ORIGINAL),
                new Department(new DepartmentId("science"), new Text("Sciences", "Science"), Translation.ORIGINAL));
        return new Hrs4r(pillars, principles, actions, departments);
    }

    private static Principle principle(String id, String pillar, int order) {
        return new Principle(new PrincipleId(id), new PillarId(pillar), order, Rating.MOSTLY, TEXT, TEXT, TEXT, Translation.ORIGINAL, List.of());
    }

    private static Action action(int number, String pillar, String... principles) {
        return new Action(number, new PillarId(pillar), TEXT, Translation.ORIGINAL,
                java.util.Arrays.stream(principles).map(PrincipleId::new).toList(), new Deadline(2, 2029),
                List.of(), List.of(), Status.PLANNED, OptionalInt.empty(), List.of(), List.of());
    }

    static Cop cop() {
        Cop.Contract contract = new Cop.Contract(TEXT, 2023, 2027, 2022, new Cop.Period(2018, 2022, 2017), 2021, TEXT, Translation.ORIGINAL, List.of(), List.of(), List.of());
        List<Unit> units = List.of(new Unit(new UnitId("students"), new Text("Étudiants", "Students"), TEXT, Optional.empty()));
        List<Objective> objectives = List.of(objective("T3", Objective.Kind.CROSS_CUTTING), objective("M2", Objective.Kind.BUSINESS),
                objective("T1", Objective.Kind.CROSS_CUTTING), objective("M1", Objective.Kind.BUSINESS));
        List<Milestone> milestones = List.of(milestone("J10", "M1"), milestone("J1", null), milestone("J2", "M1"));
        List<Indicator> indicators = List.of(indicator("students", null, "M1"), indicator("phd", "students", "M1", "T1", "T1"),
                indicator("masters", "students"));
        List<School> schools = List.of(school("alpha", row("phd", "first"), row("phd", "second"), row(null, "unlinked")),
                school("beta", row(null, "none"), row("phd", "beta's")));
        return new Cop(contract, units, objectives, milestones, indicators, schools);
    }

    private static Objective objective(String id, Objective.Kind kind) {
        return new Objective(new ObjectiveId(id), kind, TEXT, TEXT, Translation.ORIGINAL);
    }

    private static Milestone milestone(String id, String objective) {
        return new Milestone(id, Optional.ofNullable(objective).map(ObjectiveId::new), TEXT, Optional.empty(), Translation.ORIGINAL, List.of());
    }

    private static Indicator indicator(String id, String parent, String... objectives) {
        return new Indicator(new IndicatorId(id), "education", TEXT, Optional.ofNullable(parent).map(IndicatorId::new),
                java.util.Arrays.stream(objectives).map(ObjectiveId::new).toList(), new UnitId("students"), Optional.empty(),
                Optional.empty(), Translation.ORIGINAL, false, Optional.empty(), new TreeMap<>(), List.of(), List.of(),
                Optional.empty(), new TreeMap<>());
    }

    private static School school(String id, SchoolObjective... rows) {
        String name = Character.toUpperCase(id.charAt(0)) + id.substring(1);
        return new School(new SchoolId(id), new Text(name, name), Translation.ORIGINAL, List.of(), List.of(rows), List.of(),
                TEXT, Optional.empty(), Optional.empty());
    }

    private static SchoolObjective row(String indicator, String label) {
        return new SchoolObjective("education", Optional.ofNullable(indicator).map(IndicatorId::new), new Text(String.valueOf(label), String.valueOf(label)),
                new UnitId("students"), new TreeMap<>(), new TreeMap<>(), Optional.empty(), List.of());
    }
}
