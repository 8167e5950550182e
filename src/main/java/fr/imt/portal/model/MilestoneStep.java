package fr.imt.portal.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a milestone has due in one year of the contract, and what editors reported about it.
 * The sources report nothing: a step without a status is "not reported", never late by default.
 * {@code caveat} is the transcriber's warning where the extraction leaves the step's year unclear.
 */
public record MilestoneStep(int year, Text text, Optional<Status> status, Optional<LocalDate> reported,
                            Optional<Text> caveat) {

    /**
     * A reported status that is not done once its year is over reads as late; a step nobody
     * reported is "upcoming" before its year begins, "not reported" from then on.
     */
    public Progress progressOn(LocalDate today) {
        return status.map(s -> Progress.of(s, today.isAfter(LocalDate.of(year, 12, 31))))
                .orElse(year > today.getYear() ? Progress.UPCOMING : Progress.NOT_REPORTED);
    }
}
