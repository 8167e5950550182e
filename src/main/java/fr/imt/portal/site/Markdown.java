package fr.imt.portal.site;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import fr.imt.portal.model.Lang;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders editors' Markdown prose to HTML with one flexmark configuration per language, built
 * once: tables, heading anchors, typographic quotes and dashes, French spacing before high
 * punctuation. Raw HTML is escaped and links with a scheme other than http(s)/mailto are dropped,
 * so Markdown can never inject a script. A link to a site path ({@code /fr/actions/12/}) is
 * prefixed with the site's base path, so that it still works on a site published under a
 * sub-path. The one markup added to Markdown marks a change of
 * language, which screen readers need: {@code [Défenseur des droits]{lang=fr}} becomes
 * {@code <span lang="fr">Défenseur des droits</span>}.
 */
public final class Markdown {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    /** {@code [words]{lang=xx}} as flexmark leaves it (an unresolved reference is plain text). */
    private static final Pattern LANGUAGE_CHANGE = Pattern.compile("\\[([^\\[\\]<>]+)\\]\\{lang=(fr|en)\\}");

    private final Map<Lang, Parser> parsers = new EnumMap<>(Lang.class);
    private final Map<Lang, HtmlRenderer> renderers = new EnumMap<>(Lang.class);
    private final Map<Lang, Map<String, String>> converted = new EnumMap<>(Lang.class);

    /** A site with no base path: links to site paths are left as written. */
    public Markdown() {
        this("/");
    }

    /** @param basePath where the site is served from, such as "/" or "/hrs4r/" (see {@link Urls#basePath()}) */
    public Markdown(String basePath) {
        String prefix = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        for (Lang lang : Lang.values()) {
            MutableDataSet options = new MutableDataSet()
                    .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TypographicExtension.create()))
                    .set(HtmlRenderer.ESCAPE_HTML, true)
                    .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                    .set(HtmlRenderer.RENDER_HEADER_ID, true)
                    .set(HtmlRenderer.HEADER_ID_GENERATOR_RESOLVE_DUPES, true)
                    .set(TablesExtension.CLASS_NAME, "prose-table")
                    .set(TypographicExtension.ENABLE_SMARTS, true)
                    .set(TypographicExtension.ENABLE_QUOTES, true);
            Typography.of(lang).quotes().ifPresent(q -> options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, q.open())
                    .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, q.close()));
            converted.put(lang, new java.util.concurrent.ConcurrentHashMap<>());
            parsers.put(lang, Parser.builder(options).build());
            renderers.put(lang, HtmlRenderer.builder(options).linkResolverFactory(new SafeLinks(prefix)).build());
        }
    }

    /**
     * The HTML of {@code markdown}. The same text appears on several pages (a principle's gaps on
     * its page and in the gap analysis): each text is converted once per build.
     */
    public String toHtml(String markdown, Lang lang) {
        return converted.get(lang).computeIfAbsent(markdown, text -> convert(text, lang));
    }

    private String convert(String markdown, Lang lang) {
        Node document = parsers.get(lang).parse(markdown);
        String html = renderers.get(lang).render(document);
        // Few texts change language: looking for the mark first spares the others the expression
        // (at 100 times the content, running it on every text was 1.4 % of the build's CPU).
        if (html.contains("]{lang=")) {
            html = LANGUAGE_CHANGE.matcher(html).replaceAll("<span lang=\"$2\">$1</span>");
        }
        return Typography.of(lang).spacedPunctuation() ? frenchSpacing(html) : html;
    }

    /**
     * French typography: a space (or none) before ; : ! ? becomes a narrow no-break space when
     * the mark follows a word, a number, a closing guillemet or bracket and ends the word. Tags
     * and character references ({@code &amp;}) are left alone. A scan rather than a regular
     * expression: this runs on every French text of the site.
     */
    static String frenchSpacing(String html) {
        StringBuilder out = null;
        int copied = 0;
        boolean inTag = false;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (c == '<') {
                inTag = true;
            } else if (c == '>') {
                inTag = false;
            } else if (!inTag && (c == ';' || c == '!' || c == '?') && endsWord(html, i)) {
                int word = i;
                if (word > 0 && (html.charAt(word - 1) == ' ' || html.charAt(word - 1) == '\u00A0')) {
                    word--;
                }
                if (word > 0 && followsWord(html.charAt(word - 1)) && !endsCharacterReference(html, word)) {
                    if (out == null) {
                        out = new StringBuilder(html.length() + 16);
                    }
                    out.append(html, copied, word).append('\u202F').append(c);
                    copied = i + 1;
                }
            }
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** The mark at {@code i} is followed by white space, a tag or the end of the text. */
    private static boolean endsWord(String html, int i) {
        if (i + 1 >= html.length()) {
            return true;
        }
        char next = html.charAt(i + 1);
        return next == '<' || next == ' ' || next == '\t' || next == '\n' || next == '\u000B' || next == '\f' || next == '\r';
    }

    private static boolean followsWord(char c) {
        if (Character.isLetter(c) || c == '\u00BB' || c == ')' || c == ']') {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The text before {@code end} finishes like {@code &amp} or {@code &#8217} (1 to 31 letters or digits). */
    private static boolean endsCharacterReference(String html, int end) {
        int p = end - 1;
        int count = 0;
        while (p >= 0 && count < 31 && isAsciiLetterOrDigit(html.charAt(p))) {
            p--;
            count++;
        }
        if (count == 0 || p < 0 || (count == 31 && isAsciiLetterOrDigit(html.charAt(p)))) {
            return false;
        }
        return html.charAt(p) == '&' || (html.charAt(p) == '#' && p > 0 && html.charAt(p - 1) == '&');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Whether a browser would follow {@code url} without running code: it has no scheme, or
     * http(s) or mailto. The address is read as a browser reads it: character references
     * decoded (again, for those written in the link's text), every control character, space
     * and invisible format character removed (a browser drops tabs and newlines anywhere in
     * an address, so {@code java&#x09;script:} is {@code javascript:}), letters of any case.
     */
    static boolean safe(String url) {
        String decoded = url;
        for (int round = 0; round < 3 && decoded.indexOf('&') >= 0; round++) {
            decoded = Escaping.unescapeString(decoded);
        }
        StringBuilder bare = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > ' ' && !(c >= '\u007F' && c <= '\u009F') && Character.getType(c) != Character.FORMAT
                    && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                bare.append(c);
            }
        }
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                return true;
            }
            if (c == ':') {
                return SAFE_SCHEMES.contains(bare.substring(0, i).toLowerCase(Locale.ROOT));
            }
        }
        return true;
    }

    /** Drops links whose scheme could run code (javascript:, data:, vbscript:…) and prefixes site paths with the base path. */
    private static final class SafeLinks implements LinkResolverFactory {
        private final String prefix;

        SafeLinks(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> {
                String url = link.getUrl();
                if (!safe(url)) {
                    return new ResolvedLink(link.getLinkType(), "#", link.getAttributes(), LinkStatus.INVALID);
                }
                if (!prefix.isEmpty() && url.startsWith("/") && !url.startsWith("//")) {
                    return link.withUrl(prefix + url);
                }
                return link;
            };
        }
    }
}
