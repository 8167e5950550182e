package fr.imt.portal.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model's rules, called directly: lateness, milestone steps by year, ratings, translation marks. */
class DomainRulesTest {

    private static final Text TEXT = new Text("Texte", "Text");

    @Test
    void aQuartersDeadlineIsItsLastDay() {
        assertEquals(LocalDate.of(2029, 3, 31), new Deadline(1, 2029).lastDay());
        assertEquals(LocalDate.of(2029, 6, 30), new Deadline(2, 2029).lastDay());
        assertEquals(LocalDate.of(2029, 9, 30), new Deadline(3, 2029).lastDay());
        assertEquals(LocalDate.of(2029, 12, 31), new Deadline(4, 2029).lastDay());
        assertEquals(LocalDate.of(2028, 3, 31), new Deadline(1, 2028).lastDay(), "a leap year's first quarter too");
    }

    @Test
    void aDeadlineIsWrittenAsTheSourceWritesIt() {
        assertEquals("Q2 2029", new Deadline(2, 2029).label());
    }

    @Test
    void aDeadlinePassesTheDayAfterItsQuarterEnds() {
        Deadline q2 = new Deadline(2, 2029);
        assertFalse(q2.passedOn(LocalDate.of(2029, 6, 30)));
        assertTrue(q2.passedOn(LocalDate.of(2029, 7, 1)));
        assertFalse(q2.passedOn(LocalDate.of(2029, 1, 1)));
    }

    @Test
    void deadlinesSortByYearThenQuarter() {
        List<Deadline> sorted = List.of(new Deadline(3, 2028), new Deadline(1, 2029), new Deadline(2, 2028)).stream().sorted().toList();
        assertEquals(List.of(new Deadline(2, 2028), new Deadline(3, 2028), new Deadline(1, 2029)), sorted);
    }

    @Test
    void anUnfinishedActionIsLateOnceItsDeadlineHasPassed() {
        LocalDate before = LocalDate.of(2029, 6, 30);
        LocalDate after = LocalDate.of(2029, 7, 1);
        assertEquals(Progress.PLANNED, action(Status.PLANNED).progressOn(before));
        assertEquals(Progress.LATE, action(Status.PLANNED).progressOn(after));
        assertEquals(Progress.IN_PROGRESS, action(Status.IN_PROGRESS).progressOn(before));
        assertEquals(Progress.LATE, action(Status.IN_PROGRESS).progressOn(after));
    }

    @Test
    void aDoneOrCancelledActionIsNeverLate() {
        LocalDate longAfter = LocalDate.of(2035, 1, 1);
        assertEquals(Progress.DONE, action(Status.DONE).progressOn(longAfter));
        assertEquals(Progress.CANCELLED, action(Status.CANCELLED).progressOn(longAfter));
    }

    @Test
    void anUnreportedMilestoneStepIsNotReportedFromItsYearOnEvenYearsLater() {
        MilestoneStep step = new MilestoneStep(2024, TEXT, Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Progress.NOT_REPORTED, step.progressOn(LocalDate.of(2024, 1, 1)));
        assertEquals(Progress.NOT_REPORTED, step.progressOn(LocalDate.of(2024, 6, 1)));
        assertEquals(Progress.NOT_REPORTED, step.progressOn(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void anUnreportedMilestoneStepIsUpcomingUntilItsYearBegins() {
        MilestoneStep step = new MilestoneStep(2027, TEXT, Optional.empty(), Optional.empty(), Optional.empty());
        assertEquals(Progress.UPCOMING, step.progressOn(LocalDate.of(2026, 12, 31)));
        assertEquals(Progress.NOT_REPORTED, step.progressOn(LocalDate.of(2027, 1, 1)));
        assertEquals("upcoming", Progress.UPCOMING.key());
    }

    @Test
    void aReportedStepOfAFutureYearShowsItsStatusNotUpcoming() {
        MilestoneStep step = new MilestoneStep(2027, TEXT, Optional.of(Status.PLANNED), Optional.of(LocalDate.of(2026, 3, 1)), Optional.empty());
        assertEquals(Progress.PLANNED, step.progressOn(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void aReportedStepNotDoneIsLateOnlyOnceItsYearIsOver() {
        MilestoneStep step = new MilestoneStep(2025, TEXT, Optional.of(Status.IN_PROGRESS), Optional.of(LocalDate.of(2025, 3, 1)), Optional.empty());
        assertEquals(Progress.IN_PROGRESS, step.progressOn(LocalDate.of(2025, 12, 31)));
        assertEquals(Progress.LATE, step.progressOn(LocalDate.of(2026, 1, 1)));
        MilestoneStep done = new MilestoneStep(2025, TEXT, Optional.of(Status.DONE), Optional.of(LocalDate.of(2025, 3, 1)), Optional.empty());
        assertEquals(Progress.DONE, done.progressOn(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void aMilestoneFindsTheStepOfAYear() {
        MilestoneStep y2024 = new MilestoneStep(2024, TEXT, Optional.empty(), Optional.empty(), Optional.empty());
        MilestoneStep y2025 = new MilestoneStep(2025, TEXT, Optional.empty(), Optional.empty(), Optional.empty());
        Milestone milestone = new Milestone("J10", Optional.empty(), TEXT, Optional.empty(), EnglishSource.ORIGINAL,
                List.of(y2024, y2025));
        assertEquals(Optional.of(y2025), milestone.step(2025));
        assertEquals(Optional.of(y2024), milestone.step(2024));
        assertEquals(Optional.empty(), milestone.step(2026));
        assertEquals(10, milestone.number(), "J10 comes after J2");
    }

    @Test
    void eachRatingHasItsOwnSymbolAndIsReadBackFromIt() {
        assertEquals("+/+", Rating.FULLY.symbol());
        assertEquals("+/-", Rating.MOSTLY.symbol());
        assertEquals("-/+", Rating.PARTLY.symbol());
        for (Rating r : Rating.values()) {
            assertEquals(Optional.of(r), Rating.fromSymbol(r.symbol()));
        }
        assertEquals(Optional.empty(), Rating.fromSymbol("-/-"));
        assertEquals(Optional.empty(), Rating.fromSymbol("+/+ "));
        Set<String> symbols = Arrays.stream(Rating.values()).map(Rating::symbol).collect(Collectors.toSet());
        assertEquals(Rating.values().length, symbols.size());
    }

    @Test
    void progressKeysAreTheCssAndMessageKeys() {
        assertEquals("in-progress", Progress.IN_PROGRESS.key());
        assertEquals("not-reported", Progress.NOT_REPORTED.key());
        assertEquals("late", Progress.LATE.key());
    }

    @Test
    void onlyOurUnreviewedTranslationIsMarkedAndOnlyOnEnglishPages() {
        assertTrue(EnglishSource.TRANSLATION.markedIn(Lang.EN));
        assertFalse(EnglishSource.TRANSLATION.markedIn(Lang.FR));
        assertFalse(EnglishSource.REVIEWED.markedIn(Lang.EN));
        assertFalse(EnglishSource.ORIGINAL.markedIn(Lang.EN));
    }

    @Test
    void aFigureKeepsTheDecimalsItWasWrittenWith() {
        assertEquals(new BigDecimal("1.20"), Figure.of("1.20").value());
    }

    @Test
    void anIndicatorIsExpectedOnItsTrajectoryAndInterpolatedBetweenCommitments() {
        Indicator i = indicator("100", "200", Map.of(2024, "120"), Map.of());
        assertEquals(120.0, i.expectedIn(2024).getAsDouble());
        assertEquals(110.0, i.expectedIn(2023).getAsDouble(), 1e-9, "halfway between 2022's 100 and 2024's 120");
        assertEquals(160.0, i.expectedIn(2025).getAsDouble(), 1e-9, "halfway between 2024's 120 and 2026's 200");
        assertTrue(i.expectedIn(2021).isEmpty(), "nothing before the reference");
        assertTrue(i.expectedIn(2027).isEmpty(), "nothing after the target");
    }

    @Test
    void anActualValueWithinOnePercentOfTheExpectedOneIsOnTrack() {
        assertEquals(Indicator.Track.ON_TRACK, track("100", "200", "121.1"));
        assertEquals(Indicator.Track.ON_TRACK, track("100", "200", "118.9"));
        assertEquals(Indicator.Track.AHEAD, track("100", "200", "121.3"));
        assertEquals(Indicator.Track.BEHIND, track("100", "200", "118.7"));
    }

    @Test
    void whenLowerIsBetterAValueBelowTheTrajectoryIsAhead() {
        // From 200 in 2022 to 100 in 2026, with 2024's trajectory at 120 (see track).
        assertEquals(Indicator.Track.AHEAD, track("200", "100", "110"));
        assertEquals(Indicator.Track.BEHIND, track("200", "100", "130"));
    }

    @Test
    void nothingIsAssessedWithoutAValueOrANumericPath() {
        assertTrue(indicator("100", "200", Map.of(), Map.of()).latestAssessment().isEmpty());
        Indicator qualitative = new Indicator(new IndicatorId("q"), "d", TEXT, Optional.empty(), List.of(), new UnitId("u"),
                Optional.of(false), Optional.empty(), EnglishSource.ORIGINAL, false, Optional.of(new Reference(2022, Optional.of(Figure.of("1")), Optional.empty())),
                new TreeMap<>(), List.of(new Target(2026, Optional.empty(), Optional.of(TEXT))), List.of(), Optional.empty(),
                new TreeMap<>(Map.of(2024, Figure.of("3"))));
        assertTrue(qualitative.assess(2024).isEmpty());
        assertTrue(qualitative.numericTarget().isEmpty());
    }

    @Test
    void theLatestAssessmentIsOfTheLastReportedYear() {
        Indicator i = indicator("100", "200", Map.of(), Map.of(2023, "110", 2024, "100"));
        Indicator.Assessment latest = i.latestAssessment().orElseThrow();
        assertEquals(2024, latest.year());
        assertEquals(Indicator.Track.BEHIND, latest.track());
        assertEquals(150.0, latest.expected(), 1e-9, "halfway from 2022's 100 to 2026's 200");
    }

    /** The verdict on 2024's value {@code actual2024}, the trajectory expecting 120 that year. */
    private static Indicator.Track track(String reference, String target, String actual2024) {
        return indicator(reference, target, Map.of(2024, "120"), Map.of(2024, actual2024)).assess(2024).orElseThrow().track();
    }

    /** An indicator from 2022's reference to 2026's target, with a trajectory and actual values by year. */
    static Indicator indicator(String reference, String target, Map<Integer, String> trajectory, Map<Integer, String> actuals) {
        TreeMap<Integer, Figure> path = new TreeMap<>();
        trajectory.forEach((y, v) -> path.put(y, Figure.of(v)));
        TreeMap<Integer, Figure> actual = new TreeMap<>();
        actuals.forEach((y, v) -> actual.put(y, Figure.of(v)));
        return new Indicator(new IndicatorId("i"), "d", TEXT, Optional.empty(), List.of(), new UnitId("u"), Optional.of(false), Optional.empty(),
                EnglishSource.ORIGINAL, false, Optional.of(new Reference(2022, Optional.of(Figure.of(reference)), Optional.empty())),
                path, List.of(new Target(2026, Optional.of(Figure.of(target)), Optional.empty())), List.of(), Optional.empty(), actual);
    }

    private static Action action(Status status) {
        return new Action(1, new PillarId("p"), TEXT, EnglishSource.ORIGINAL, List.of(), new Deadline(2, 2029), List.of(),
                List.of(), status, OptionalInt.empty(), List.of(), List.of());
    }
}
