package fr.imt.portal.render;

import fr.imt.portal.model.Lang;

import java.util.Map;
import java.util.function.Function;

/**
 * One page of the site in both languages: its template, its address and title per language,
 * and the data its template presents. The French and English pages are one entity, so each
 * links to the other.
 */
public record PagePlan(String template, Function<Lang, String> path, Function<Lang, String> title,
                       Function<Lang, Map<String, Object>> data) {}
