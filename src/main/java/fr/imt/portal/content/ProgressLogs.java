package fr.imt.portal.content;

import fr.imt.portal.model.ProgressEntry;
import fr.imt.portal.model.Status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static fr.imt.portal.content.Shape.Field.optional;
import static fr.imt.portal.content.Shape.Field.required;

/**
 * Dated progress logs (an action's, a milestone's): their shape, and the rules that keep them
 * consistent with the status written beside them. An entry with {@code status:} records that
 * the status was set to it on that date, so the latest such entry must say what the current
 * status says. Entries are written oldest first, so a new one goes at the end.
 */
final class ProgressLogs {

    static final Shape.Group ENTRY = Shape.group(
            required("date", Shape.date(), "the date of the progress entry"),
            optional("status", Shape.oneOf(Status.keys()), "the status set on that date (only when it changed)"),
            required("text", Shape.bilingual(), "what progressed"));

    private ProgressLogs() {}

    /** A milestone's entry also names the year of the step it is about. */
    static Shape stepEntry(int firstYear, int lastYear) {
        return Shape.group(
                required("date", Shape.date(), "the date of the progress entry"),
                required("year", Shape.wholeNumber(firstYear, lastYear), "the year of the step the entry is about"),
                optional("status", Shape.oneOf(Status.keys()), "the status of that step set on that date (only when it changed)"),
                required("text", Shape.bilingual(), "what progressed"));
    }

    /**
     * The entries of the list {@code key} (already checked against its shape), in the file's order
     * (entries out of date order are a warning of {@link EditorialChecks}; pages sort by date).
     */
    static List<ProgressEntry> entries(YamlNode.Mapping map, String key, Problems problems) {
        List<YamlNode.Mapping> items = Fields.groups(map, key);
        List<ProgressEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            YamlNode.Mapping e = items.get(i);
            LocalDate date = LocalDate.parse(Fields.string(e, "date"));
            entries.add(new ProgressEntry(date, Fields.text(e, "text"),
                    Optional.ofNullable(Fields.string(e, "status")).flatMap(Status::fromKey)));
        }
        return entries;
    }

    /**
     * Checks that the latest entry of {@code indexes} (positions in {@code entries}) that sets a
     * status sets {@code current}, the status written at {@code statusNode}/{@code statusField}
     * (null when absent, then {@code at} is where it is missing).
     */
    static void checkStatus(List<ProgressEntry> entries, List<Integer> indexes, String key, String current,
                            SourcePosition at, String statusField, Message what, Problems problems) {
        // The latest by date; of two on the same day, the one written last.
        Integer latestIndex = null;
        for (int i : indexes) {
            if (entries.get(i).status().isPresent() && (latestIndex == null
                    || !entries.get(i).date().isBefore(entries.get(latestIndex).date()))) {
                latestIndex = i;
            }
        }
        if (latestIndex != null) {
            int i = latestIndex;
            Optional<Status> set = entries.get(i).status();
            String entry = FieldPath.item(key, i);
            String date = entries.get(i).date().toString();
            if (current == null) {
                problems.error(at, statusField, "progress.statusMissing", entry, date, set.get().key(), what);
            } else if (!current.equals(set.get().key())) {
                problems.error(at, statusField, "progress.statusDisagrees", entry, date, set.get().key(), what, current);
            }
        }
    }

    /** Every index of {@code entries}. */
    static List<Integer> all(List<ProgressEntry> entries) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            all.add(i);
        }
        return all;
    }
}
