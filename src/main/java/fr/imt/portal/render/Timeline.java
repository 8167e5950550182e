package fr.imt.portal.render;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.MilestoneStep;
import fr.imt.portal.model.Progress;
import fr.imt.portal.model.ProgressEntry;
import fr.imt.portal.model.Status;
import fr.imt.portal.site.Badge;
import fr.imt.portal.site.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Progress logs as their pages show them: newest first (a visitor comes for the latest news of a
 * commitment; the full history follows), each entry with its date in words and in
 * {@code <time>}, the status it set as a badge, and a stable anchor the "what changed" page
 * links to.
 */
public final class Timeline {

    /**
     * One entry of a log. {@code step} names the milestone step it is about (empty for actions);
     * {@code status} is the status set on that date, or null when the entry changed none.
     */
    public record Entry(String anchor, LocalDate day, String date, String dateLabel, String step, Badge status,
                        String text, boolean translated) {}

    private Timeline() {}

    /** An action's log, newest first. */
    static List<Entry> of(Action action, BakeContext context, Lang lang) {
        List<Dated> dated = new ArrayList<>();
        for (ProgressEntry e : action.progress()) {
            dated.add(new Dated(e.date(), "", e.status(), e.text().in(lang)));
        }
        // Entries out of order in the file (a warning) still show in date order.
        dated.sort(Comparator.comparing(Dated::date));
        return entries(dated, context, lang, action.translation().markedIn(lang, context.languages()));
    }

    /**
     * A milestone's log, newest first: its progress entries, and the reports written only as a
     * step's {@code status} and {@code reported} date (without an entry of their own).
     */
    static List<Entry> of(Milestone milestone, BakeContext context, Lang lang) {
        List<Dated> dated = new ArrayList<>();
        for (Milestone.Report r : milestone.progress()) {
            dated.add(new Dated(r.entry().date(), step(r.year(), context, lang), r.entry().status(), r.entry().text().in(lang)));
        }
        for (MilestoneStep s : milestone.steps()) {
            boolean logged = milestone.progress().stream().anyMatch(r -> r.year() == s.year());
            if (!logged && s.status().isPresent() && s.reported().isPresent()) {
                dated.add(new Dated(s.reported().get(), step(s.year(), context, lang), s.status(), ""));
            }
        }
        dated.sort(Comparator.comparing(Dated::date));
        return entries(dated, context, lang, milestone.translation().markedIn(lang, context.languages()));
    }

    private record Dated(LocalDate date, String step, Optional<Status> status, String text) {}

    private static String step(int year, BakeContext context, Lang lang) {
        return context.messages().format(lang, "timeline.step", String.valueOf(year));
    }

    /** Numbers anchors in the order of the file (oldest first) so that adding an entry never moves an old one's. */
    private static List<Entry> entries(List<Dated> oldestFirst, BakeContext context, Lang lang, boolean translated) {
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Dated d : oldestFirst) {
            int n = seen.merge(d.date(), 1, Integer::sum);
            String anchor = "update-" + d.date() + (n > 1 ? "-" + n : "");
            Badge badge = d.status().map(s -> Badge.progress(Progress.of(s, false), lang, context.messages())).orElse(null);
            entries.add(new Entry(anchor, d.date(), d.date().toString(), Dates.label(d.date(), lang), d.step(), badge,
                    d.text(), translated && !d.text().isEmpty()));
        }
        java.util.Collections.reverse(entries);
        return entries;
    }
}
