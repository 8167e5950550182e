package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.SiteSettings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prose written by the portal team may quote a setting of {@code site.properties} (a contact
 * address, the host's name) as {@code {{site.key}}}, or link to an address as
 * {@code {{mailto:site.key}}}; the value is filled in before the Markdown is rendered, so a
 * deployment changes it in one place. An empty setting reads "to be specified"; an unknown one
 * fails the build.
 */
final class Prose {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(mailto:)?(site\\.[a-zA-Z0-9.]+)}}");

    private Prose() {}

    static String expand(String markdown, SiteSettings settings, Messages messages, Lang lang) {
        Matcher m = PLACEHOLDER.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = settings.get(m.group(2));
            String text;
            if (value.isBlank()) {
                text = "*" + messages.get(lang, "setting.missing") + "*";
            } else if (m.group(1) != null) {
                text = "[" + value + "](mailto:" + value + ")";
            } else {
                text = value;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }
}
