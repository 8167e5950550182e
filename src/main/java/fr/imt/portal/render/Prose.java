package fr.imt.portal.render;

import fr.imt.portal.site.SiteSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prose written by the portal team may quote a setting of {@code site.properties} (a contact
 * address, the host's name) as {@code {{site.key}}}, or link to an address as
 * {@code {{mailto:site.key}}}; the value is filled in before the Markdown is rendered, so a
 * deployment changes it in one place. A paragraph quoting an empty setting is left out (with its
 * heading, if nothing else is left under it) rather than showing a blank or a "to be specified":
 * {@code validate} warns about it and {@code build --publish} refuses it. An unknown setting
 * fails the build.
 */
final class Prose {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(mailto:)?(site\\.[a-zA-Z0-9.]+)}}");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s");

    private Prose() {}

    static String expand(String markdown, SiteSettings settings) {
        List<String> blocks = new ArrayList<>();
        for (String block : markdown.split("\\n\\s*\\n", -1)) {
            String filled = fill(block, settings);
            if (filled != null) {
                blocks.add(filled);
            }
        }
        return String.join("\n\n", withoutEmptyHeadings(blocks));
    }

    /** The block with its settings filled in, or null when one of them is empty. */
    private static String fill(String block, SiteSettings settings) {
        Matcher m = PLACEHOLDER.matcher(block);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = settings.get(m.group(2));
            if (value.isBlank()) {
                return null;
            }
            String text = m.group(1) != null ? "[" + value + "](mailto:" + value + ")" : value;
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Drops a heading followed by nothing but a heading of the same or a higher level, or the end. */
    private static List<String> withoutEmptyHeadings(List<String> blocks) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            int level = level(blocks.get(i));
            if (level > 0) {
                int next = i + 1 < blocks.size() ? level(blocks.get(i + 1)) : 1;
                if (next > 0 && next <= level) {
                    continue;
                }
            }
            kept.add(blocks.get(i));
        }
        return kept;
    }

    private static int level(String block) {
        Matcher m = HEADING.matcher(block.strip());
        return m.find() && block.strip().lines().count() == 1 ? m.group(1).length() : 0;
    }
}
