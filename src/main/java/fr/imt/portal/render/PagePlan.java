package fr.imt.portal.render;

import fr.imt.portal.model.Lang;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One page of the site, usually in both languages: its template, its address and title per
 * language, and the data its template presents. The French and English pages are one entity, so
 * each links to the other. A page written in one language only (a news post) lists that
 * language in {@code languages}; for the other language, {@code path} gives the page to offer
 * instead (the news list), which is linked but not declared a translation.
 */
public record PagePlan(String template, Function<Lang, String> path, Function<Lang, String> title,
                       Function<Lang, Map<String, Object>> data, Set<Lang> languages) {

    public PagePlan {
        languages = Set.copyOf(languages);
    }

    /** A page in both languages. */
    public PagePlan(String template, Function<Lang, String> path, Function<Lang, String> title,
                    Function<Lang, Map<String, Object>> data) {
        this(template, path, title, data, EnumSet.allOf(Lang.class));
    }

    /** Whether the page exists in both languages. */
    public boolean translated() {
        return languages.size() == Lang.values().length;
    }
}
