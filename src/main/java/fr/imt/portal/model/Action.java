package fr.imt.portal.model;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/** A numbered action of the HRS4R action plan, with what editors report of its progress. */
public record Action(int number, PillarId pillar, Text text, Translation translation,
                     List<PrincipleId> principles, Deadline deadline, List<DepartmentId> leading,
                     List<DepartmentId> associated, Status status, OptionalInt completion,
                     List<ProgressEntry> progress, List<String> sourceNotes) {

    public Progress progressOn(LocalDate today) {
        return Progress.of(status, deadline.passedOn(today));
    }
}
