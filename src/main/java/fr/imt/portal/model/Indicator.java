package fr.imt.portal.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An indicator of the COP: its place in the table, the 2022 reference, the yearly trajectory
 * and the targets, the previous contract's history, and the actual values editors report.
 * {@code perSchool} is empty where the table's « Déclinaison par école » cell is blank: the
 * source does not say, and the portal must not guess; {@code perSchoolNote} is the cell's
 * wording beside its Oui (« > moyenne CGE »).
 */
public record Indicator(IndicatorId id, String domain, Text name, Optional<IndicatorId> parent,
                        List<ObjectiveId> objectives, UnitId unit, Optional<Boolean> perSchool,
                        Optional<Text> perSchoolNote, Translation translation,
                        boolean previousOnly, Optional<Reference> reference, SortedMap<Integer, Figure> trajectory,
                        List<Target> targets, List<Text> footnotes, Optional<PreviousContract> previousContract,
                        SortedMap<Integer, Figure> actuals) {

    /** How far from the expected value an actual value may be and still read "on track", relative to that value. */
    public static final double TOLERANCE = 0.01;

    /** Whether an actual value is on track for the target, ahead of it, or behind it. */
    public enum Track { ON_TRACK, AHEAD, BEHIND }

    /** The verdict for one reported year, with the value it was compared with. */
    public record Assessment(int year, Figure actual, double expected, Track track) {}

    /**
     * The first target that is a plain number, if any: the one trajectories aim at. A bound
     * (« > 97 % ») or a range is a target too, but not a point a line can be drawn to.
     */
    public Optional<Target> numericTarget() {
        return targets.stream().filter(t -> t.value().filter(Figure::exact).isPresent()).findFirst();
    }

    /**
     * The points the contract commits to: the reference, the trajectory and the numeric targets,
     * by year, where they are plain values (an average or a bound is not a point on a path).
     * Between two of them the expected value is interpolated linearly.
     */
    public SortedMap<Integer, Double> commitments() {
        SortedMap<Integer, Double> points = new TreeMap<>();
        reference.flatMap(Reference::value).filter(Figure::exact).ifPresent(f -> points.put(reference.get().year(), f.asDouble()));
        trajectory.forEach((year, f) -> {
            if (f.exact()) {
                points.put(year, f.asDouble());
            }
        });
        targets.forEach(t -> t.value().filter(Figure::exact).ifPresent(f -> points.putIfAbsent(t.year(), f.asDouble())));
        return points;
    }

    /** The value the contract expects for {@code year}: the trajectory's, or interpolated between commitments. */
    public OptionalDouble expectedIn(int year) {
        SortedMap<Integer, Double> points = commitments();
        if (points.containsKey(year)) {
            return OptionalDouble.of(points.get(year));
        }
        SortedMap<Integer, Double> before = points.headMap(year);
        SortedMap<Integer, Double> after = points.tailMap(year);
        if (before.isEmpty() || after.isEmpty()) {
            return OptionalDouble.empty();
        }
        int y0 = before.lastKey();
        int y1 = after.firstKey();
        double v0 = before.get(y0);
        double v1 = after.get(y1);
        return OptionalDouble.of(v0 + (v1 - v0) * (year - y0) / (y1 - y0));
    }

    /**
     * The verdict on the actual value reported for {@code year}; empty when nothing was reported
     * or when the contract gives no numeric path (a qualitative target cannot be tracked), or when
     * the value reported is not a plain value (an average or a bound is not compared with a point).
     */
    public Optional<Assessment> assess(int year) {
        Figure actual = actuals.get(year);
        OptionalDouble expected = expectedIn(year);
        Optional<Double> start = reference.flatMap(Reference::value).filter(Figure::exact).map(Figure::asDouble);
        Optional<Double> goal = numericTarget().flatMap(Target::value).map(Figure::asDouble);
        if (actual == null || !actual.exact() || expected.isEmpty() || start.isEmpty() || goal.isEmpty()) {
            return Optional.empty();
        }
        // A target below the reference (energy consumption) means lower is better.
        double direction = goal.get() >= start.get() ? 1 : -1;
        double gap = (actual.asDouble() - expected.getAsDouble()) * direction;
        double tolerance = Math.abs(expected.getAsDouble()) * TOLERANCE;
        Track track = gap > tolerance ? Track.AHEAD : gap < -tolerance ? Track.BEHIND : Track.ON_TRACK;
        return Optional.of(new Assessment(year, actual, expected.getAsDouble(), track));
    }

    /** The verdict for the most recent reported year. */
    public Optional<Assessment> latestAssessment() {
        return actuals.isEmpty() ? Optional.empty() : assess(actuals.lastKey());
    }
}
