package fr.imt.portal.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A dated line of a progress log, in both languages. When it carries a status, the entry is the
 * moment the status was set to it: this is how the "what changed" page knows of status changes
 * without anyone keeping a second record of them.
 */
public record ProgressEntry(LocalDate date, Text text, Optional<Status> status) {

    /** An entry that reports progress without changing the status. */
    public ProgressEntry(LocalDate date, Text text) {
        this(date, text, Optional.empty());
    }
}
