package fr.imt.portal.model;


import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A dated news post, written in one language or both: one entity whose translations share the
 * date and the slug (from the file name {@code <date>-<slug>.<lang>.md}).
 */
public record NewsItem(LocalDate date, String slug, Map<Lang, Post> posts) {

    /** The post in one language: its title, optional summary and Markdown body. */
    public record Post(String title, Optional<String> summary, String markdown) {}

    public NewsItem {
        posts = Map.copyOf(posts);
    }

    public Optional<Post> in(Lang lang) {
        return Optional.ofNullable(posts.get(lang));
    }

    /** The identifier of the post on the site: {@code 2026-03-15-new-guide}. */
    public String id() {
        return date + "-" + slug;
    }
}
