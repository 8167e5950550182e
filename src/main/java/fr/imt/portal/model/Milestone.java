package fr.imt.portal.model;

import java.util.List;
import java.util.Optional;

/** A milestone (jalon J1-J12) of the contract and its yearly steps; J1 belongs to no objective. */
public record Milestone(String id, Optional<ObjectiveId> objective, Text title, Optional<Text> description,
                        EnglishSource english, List<MilestoneStep> steps) {

    /** The milestone's number, for ordering J2 before J10. */
    public int number() {
        return Integer.parseInt(id.substring(1));
    }

    public Optional<MilestoneStep> step(int year) {
        return steps.stream().filter(s -> s.year() == year).findFirst();
    }
}
