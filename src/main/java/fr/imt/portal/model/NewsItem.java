package fr.imt.portal.model;


import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A dated news post, written in one language or both: one entity whose translations share the
 * date and the slug (from the file name {@code <date>-<slug>.<lang>.md}).
 */
public record NewsItem(LocalDate date, String slug, Map<Lang, Post> posts) {

    /**
     * The post in one language: its title, optional summary and Markdown body, and whether it is a
     * draft (shown by {@code serve} only).
     */
    public record Post(String title, Optional<String> summary, String markdown, boolean draft) {}

    public NewsItem {
        posts = Map.copyOf(posts);
    }

    public Optional<Post> in(Lang lang) {
        return Optional.ofNullable(posts.get(lang));
    }

    /** Dated after {@code today}: published from its date on, by the first build of that day. */
    public boolean scheduledAfter(LocalDate today) {
        return date.isAfter(today);
    }

    /** The same item without its draft posts (it may be left with none). */
    public NewsItem withoutDrafts() {
        Map<Lang, Post> kept = new java.util.EnumMap<>(Lang.class);
        posts.forEach((lang, post) -> {
            if (!post.draft()) {
                kept.put(lang, post);
            }
        });
        return new NewsItem(date, slug, kept);
    }

    /** The identifier of the post on the site: {@code 2026-03-15-new-guide}. */
    public String id() {
        return date + "-" + slug;
    }
}
