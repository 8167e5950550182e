package fr.imt.portal.search;

import fr.imt.portal.site.Badge;

/**
 * One thing a visitor can find, in one language: an entity or a page as search shows it. Its text
 * is not here: the index stage reads it from the page the build rendered at {@code path}, as a
 * visitor sees it (see {@link PageText}).
 *
 * @param key    stable identifier across builds and languages ("action-18")
 * @param type   the entity type ("principle", "action", "pillar", "page"…), a message key suffix
 * @param title  what the result shows and what ranks highest
 * @param path   the site path of its page ("fr/actions/18/"), whose rendered text is indexed
 * @param url    the page's link
 * @param pillar the HRS4R pillar id it belongs to, or null
 * @param school the school it concerns, or null
 * @param badge  the status (actions) or rating (principles) shown with the result, or null
 */
public record SearchEntry(String key, String type, String title, String path, String url, String pillar,
                          String school, Badge badge) {}
