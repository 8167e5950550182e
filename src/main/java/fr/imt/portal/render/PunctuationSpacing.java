package fr.imt.portal.render;

import fr.imt.portal.site.Typography;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spaces a language ties to its punctuation, on a whole rendered page: in French the space
 * before ; : ! ? and a closing guillemet, and after an opening one, is a no-break space, so no
 * line of a narrow screen starts with « : » or « ». », whoever wrote the space (an editor in the
 * content, the interface's words, a template). Applied to the page's text and to the attributes
 * a visitor reads or hears ({@link #TEXT_ATTRIBUTES}, {@code data-*} words the scripts show);
 * never inside {@code script}, {@code style}, {@code pre}, {@code code} or {@code textarea}.
 *
 * <p>It reads the markup our templates write: attributes in double quotes, {@code <} and
 * {@code >} escaped in text and attributes.
 */
final class PunctuationSpacing {

    /** The attributes whose value is words. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "content");
    private static final Set<String> VERBATIM = Set.of("script", "style", "pre", "code", "textarea");

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][a-zA-Z0-9-:]*)=\"([^\"]*)\"");
    /**
     * A space (or several, or a line break) before ; : ! ? » after a word or at the start of a
     * piece of text (after an element: « <code>x</code> ; »), or after «.
     */
    private static final Pattern LOOSE = Pattern.compile("(?:(?<=\\S)|^)[ \\t\\n]+(?=[;:!?»])|(?<=«)[ \\t\\n]+");

    private PunctuationSpacing() {}

    /** {@code html} with the spaces {@code typography} ties to punctuation made no-break ones. */
    static String apply(String html, Typography typography) {
        if (!typography.spacedPunctuation()) {
            return html;
        }
        String tie = typography.beforeHighPunctuation();
        StringBuilder out = new StringBuilder(html.length() + 256);
        Matcher tag = TAG.matcher(html);
        int at = 0;
        String verbatim = null;
        while (tag.find()) {
            String text = html.substring(at, tag.start());
            out.append(verbatim == null ? tie(text, tie) : text);
            String name = tag.group(2) == null ? null : tag.group(2).toLowerCase(Locale.ROOT);
            boolean closing = "/".equals(tag.group(1));
            if (verbatim != null) {
                out.append(tag.group());
                if (closing && verbatim.equals(name)) {
                    verbatim = null;
                }
            } else if (name == null || closing) {
                out.append(tag.group());
            } else {
                out.append('<').append(tag.group(2)).append(attributes(tag.group(3), tie)).append('>');
                if (VERBATIM.contains(name) && !tag.group(3).endsWith("/")) {
                    verbatim = name;
                }
            }
            at = tag.end();
        }
        String rest = html.substring(at);
        out.append(verbatim == null ? tie(rest, tie) : rest);
        return out.toString();
    }

    private static String attributes(String attributes, String tie) {
        Matcher a = ATTRIBUTE.matcher(attributes);
        StringBuilder out = new StringBuilder(attributes.length());
        int at = 0;
        while (a.find()) {
            String name = a.group(1).toLowerCase(Locale.ROOT);
            boolean words = TEXT_ATTRIBUTES.contains(name) || name.startsWith("data-");
            out.append(attributes, at, a.start(2)).append(words ? tie(a.group(2), tie) : a.group(2));
            at = a.end(2);
        }
        return out.append(attributes.substring(at)).toString();
    }

    private static String tie(String text, String tie) {
        return LOOSE.matcher(text).replaceAll(tie);
    }
}
