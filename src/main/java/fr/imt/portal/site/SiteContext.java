package fr.imt.portal.site;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Portal;

import java.time.LocalDate;
import java.util.Map;

/**
 * What every output stage (pages, open data, search) makes the site from: the checked model, the
 * URL scheme, the Markdown renderer, the interface's words, the site's names, languages and
 * settings, and the build date ("today", which decides lateness).
 */
public record SiteContext(Portal portal, Urls urls, Markdown markdown, Messages messages, LocalDate today,
                          Map<Lang, String> siteNames, Languages languages, SiteSettings settings) {}
