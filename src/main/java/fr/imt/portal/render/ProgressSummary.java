package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Progress;
import fr.imt.portal.site.Badge;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.Typography;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many commitments of a group are planned, in progress, done, late…: the figures behind a
 * progress bar, with each segment's share so the template only draws. Only reported progress
 * (started, done, cancelled, or late by its deadline) is drawn and counted as progress: a plan
 * where nobody has reported anything says so rather than drawing a full bar of "planned".
 */
public record ProgressSummary(int total, List<Segment> segments, List<Segment> reported, int waiting,
                              String sentence) {

    /** One part of the bar: a status, how many, and its width in percent. */
    public record Segment(Badge badge, int count, double percent) {}

    /** Nothing beyond the plan itself has been reported: no bar to draw. */
    public boolean nothingReported() {
        return reported.isEmpty();
    }

    /** How many of the group are late: they must stand out wherever the summary is shown. */
    public int late() {
        return reported.stream().filter(s -> s.badge().key().equals(Progress.LATE.key())).mapToInt(Segment::count).sum();
    }

    static ProgressSummary of(Collection<Progress> progresses, Lang lang, Messages messages) {
        Map<Progress, Integer> counts = new EnumMap<>(Progress.class);
        progresses.forEach(p -> counts.merge(p, 1, Integer::sum));
        int total = progresses.size();
        List<Segment> segments = new ArrayList<>();
        List<Segment> reported = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Progress p : Progress.values()) {
            int n = counts.getOrDefault(p, 0);
            if (n > 0 || p == Progress.PLANNED || p == Progress.IN_PROGRESS || p == Progress.DONE || p == Progress.LATE) {
                Badge badge = Badge.progress(p, lang, messages);
                Segment segment = new Segment(badge, n, total == 0 ? 0 : Math.round(1000.0 * n / total) / 10.0);
                segments.add(segment);
                if (n > 0 && p != Progress.PLANNED && p != Progress.NOT_REPORTED) {
                    reported.add(segment);
                    parts.add(messages.format(lang, "progress." + badge.key() + ".count", n));
                }
            }
        }
        int waiting = counts.getOrDefault(Progress.PLANNED, 0) + counts.getOrDefault(Progress.NOT_REPORTED, 0);
        String colon = Typography.of(lang).beforeHighPunctuation() + ": ";
        String actions = messages.format(lang, "summary.count", total);
        String sentence = reported.isEmpty()
                ? actions + colon + messages.get(lang, "progress.noneReported")
                : actions + colon + String.join(", ", parts)
                        + (waiting == 0 ? "" : ", " + messages.format(lang, "progress.waiting", waiting));
        return new ProgressSummary(total, segments, List.copyOf(reported), waiting, sentence);
    }
}
