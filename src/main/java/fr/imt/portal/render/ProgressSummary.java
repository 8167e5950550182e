package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Progress;
import fr.imt.portal.site.Badge;
import fr.imt.portal.site.Messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many commitments of a group are planned, in progress, done, late…: the figures behind a
 * progress bar, with each segment's share so the template only draws.
 */
public record ProgressSummary(int total, List<Segment> segments, String sentence) {

    /** One part of the bar: a status, how many, and its width in percent. */
    public record Segment(Badge badge, int count, double percent) {}

    static ProgressSummary of(Collection<Progress> progresses, Lang lang, Messages messages) {
        Map<Progress, Integer> counts = new EnumMap<>(Progress.class);
        progresses.forEach(p -> counts.merge(p, 1, Integer::sum));
        int total = progresses.size();
        List<Segment> segments = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Progress p : Progress.values()) {
            int n = counts.getOrDefault(p, 0);
            if (n > 0 || p == Progress.PLANNED || p == Progress.IN_PROGRESS || p == Progress.DONE || p == Progress.LATE) {
                Badge badge = Badge.progress(p, lang, messages);
                segments.add(new Segment(badge, n, total == 0 ? 0 : Math.round(1000.0 * n / total) / 10.0));
                parts.add(messages.format(lang, "progress." + badge.key() + ".count", n));
            }
        }
        String sentence = messages.format(lang, "summary.count", total)
                + " : ".replace(" :", lang == Lang.FR ? "\u202F:" : ":") + String.join(", ", parts);
        return new ProgressSummary(total, segments, sentence);
    }
}
