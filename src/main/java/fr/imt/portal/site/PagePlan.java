package fr.imt.portal.site;

import fr.imt.portal.model.Lang;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One page of the site, usually in both languages: its template, its address and title per
 * language, and the data its template presents. The French and English pages are one entity, so
 * each links to the other. A page written in one language only (a news post) lists that
 * language in {@code languages}; for the other language, {@code path} gives the page to offer
 * instead (the news list), which is linked but not declared a translation. {@code sources} are
 * the entities the page shows (keys of {@link fr.imt.portal.model.Provenance}): the page says
 * it was last updated when the latest of their files changed.
 */
public record PagePlan(String template, Function<Lang, String> path, Function<Lang, String> title,
                       Function<Lang, Map<String, Object>> data, Set<Lang> languages, List<String> sources) {

    public PagePlan {
        languages = Set.copyOf(languages);
        sources = List.copyOf(sources);
    }

    /** A page in some languages, made from no particular entity. */
    public PagePlan(String template, Function<Lang, String> path, Function<Lang, String> title,
                    Function<Lang, Map<String, Object>> data, Set<Lang> languages) {
        this(template, path, title, data, languages, List.of());
    }

    /** A page in both languages. */
    public PagePlan(String template, Function<Lang, String> path, Function<Lang, String> title,
                    Function<Lang, Map<String, Object>> data) {
        this(template, path, title, data, EnumSet.allOf(Lang.class));
    }

    /** The same page, made from {@code entities}. */
    public PagePlan from(Collection<String> entities) {
        return new PagePlan(template, path, title, data, languages, List.copyOf(entities));
    }

    public PagePlan from(String... entities) {
        return from(List.of(entities));
    }

    /** Whether the page exists in both languages. */
    public boolean translated() {
        return languages.size() == Lang.values().length;
    }
}
