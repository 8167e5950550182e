package fr.imt.portal.render;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.site.Badge;
import fr.imt.portal.site.Dates;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.Urls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What changed across the portal, in one language: every progress entry of the actions and
 * milestones (with the status it set, if any), and every news post of that language, newest
 * first. The "what changed" page, its feed and the home page show the latest of them.
 */
public final class Changes {

    /**
     * One change: when, what it is about ({@code subject}, linked to {@code url}, with
     * {@code context} such as the action's text), the status it set (or null) and its text.
     * {@code kind} is action, milestone or news.
     */
    public record Change(String kind, LocalDate day, String date, String dateLabel, String subject, String context,
                         String url, String path, Badge status, String text, boolean translated) {}

    /**
     * Same day: news first, then actions by number, then milestones by number; entries of one
     * entity on one day keep their timeline's order (the later written first), the sort being stable.
     */
    private static final Comparator<Change> NEWEST_FIRST = Comparator.comparing(Change::day).reversed()
            .thenComparing(c -> switch (c.kind()) {
                case "news" -> 0;
                case "action" -> 1;
                default -> 2;
            })
            .thenComparing(c -> sortable(c.path().replaceFirst("#.*", "")));

    private Changes() {}

    /** Every change, newest first. */
    static List<Change> all(BakeContext context, Lang lang) {
        return context.shared().changes(lang, () -> gather(context, lang));
    }

    private static List<Change> gather(BakeContext context, Lang lang) {
        Messages m = context.messages();
        Urls urls = context.urls();
        List<Change> all = new ArrayList<>();
        for (Action a : context.portal().hrs4r().actions()) {
            String subject = m.format(lang, "changes.kind.action", a.number());
            for (Timeline.Entry e : Timeline.of(a, context, lang)) {
                String path = context.urls().action(lang, a.number()) + "#" + e.anchor();
                all.add(new Change("action", e.day(), e.date(), e.dateLabel(), subject, a.text().in(lang),
                        urls.href(path), path, e.status(), e.text(), e.translated()));
            }
        }
        for (Milestone ms : context.portal().cop().milestones()) {
            String subject = m.format(lang, "changes.kind.milestone", ms.id());
            for (Timeline.Entry e : Timeline.of(ms, context, lang)) {
                String path = context.urls().copMilestone(lang, ms.id()) + "#" + e.anchor();
                all.add(new Change("milestone", e.day(), e.date(), e.dateLabel(), subject + " – " + e.step(),
                        ms.title().in(lang), urls.href(path), path, e.status(), e.text(), e.translated()));
            }
        }
        for (NewsItem item : context.portal().news()) {
            item.in(lang).ifPresent(post -> {
                String path = context.urls().newsPost(lang, item.id());
                all.add(new Change("news", item.date(), item.date().toString(), Dates.label(item.date(), lang),
                        post.title(), m.get(lang, "changes.kind.news"), urls.href(path), path, null,
                        post.summary().orElse(""), false));
            });
        }
        all.sort(NEWEST_FIRST);
        return all;
    }

    /** The latest {@code count} changes. */
    static List<Change> latest(BakeContext context, Lang lang, int count) {
        List<Change> all = all(context, lang);
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    /** How many changes the page and the feed show ({@code site.changes.size}). */
    static int size(BakeContext context) {
        return Math.max(1, context.settings().number("site.changes.size", 30));
    }

    /** Action 9 before action 18: pad the numbers in a path so that text order is numeric order. */
    private static String sortable(String path) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+|\\D+").matcher(path);
        while (m.find()) {
            String part = m.group();
            out.append(Character.isDigit(part.charAt(0)) ? "0".repeat(Math.max(0, 8 - part.length())) + part : part);
        }
        return out.toString();
    }
}
