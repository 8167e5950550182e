package fr.imt.portal.model;

import java.util.List;
import java.util.Optional;

/**
 * A milestone (jalon J1-J12) of the contract, its yearly steps, and its dated progress log
 * (each entry concerns one step's year); J1 belongs to no objective.
 */
public record Milestone(String id, Optional<ObjectiveId> objective, Text title, Optional<Text> description,
                        Translation translation, List<MilestoneStep> steps, List<Report> progress) {

    /** A dated progress entry about the step of {@code year}. */
    public record Report(int year, ProgressEntry entry) {}

    public Milestone {
        steps = List.copyOf(steps);
        progress = List.copyOf(progress);
    }

    /** A milestone without progress log. */
    public Milestone(String id, Optional<ObjectiveId> objective, Text title, Optional<Text> description,
                     Translation translation, List<MilestoneStep> steps) {
        this(id, objective, title, description, translation, steps, List.of());
    }

    /** The milestone's number, for ordering J2 before J10. */
    public int number() {
        return Integer.parseInt(id.substring(1));
    }

    public Optional<MilestoneStep> step(int year) {
        return steps.stream().filter(s -> s.year() == year).findFirst();
    }
}
