package fr.imt.portal.render;

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
 * so Markdown can never inject a script. The one markup added to Markdown marks a change of
 * language, which screen readers need: {@code [Défenseur des droits]{lang=fr}} becomes
 * {@code <span lang="fr">Défenseur des droits</span>}.
 */
public final class Markdown {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^\\s*([a-zA-Z][a-zA-Z0-9+.-]*):");
    /** A space (or none) before ; : ! ? in French becomes a narrow no-break space, outside tags and character references. */
    private static final Pattern FRENCH_HIGH_PUNCTUATION = Pattern.compile("(?<=[\\p{L}\\p{N}»)\\]])(?<!&#?[a-zA-Z0-9]{1,31})[ \\u00A0]?([;!?])(?=[\\s<]|$)");

    /** {@code [words]{lang=xx}} as flexmark leaves it (an unresolved reference is plain text). */
    private static final Pattern LANGUAGE_CHANGE = Pattern.compile("\\[([^\\[\\]<>]+)\\]\\{lang=(fr|en)\\}");

    private final Map<Lang, Parser> parsers = new EnumMap<>(Lang.class);
    private final Map<Lang, HtmlRenderer> renderers = new EnumMap<>(Lang.class);

    public Markdown() {
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
            if (lang == Lang.FR) {
                options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "«&#x202F;")
                        .set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "&#x202F;»");
            }
            parsers.put(lang, Parser.builder(options).build());
            renderers.put(lang, HtmlRenderer.builder(options).linkResolverFactory(new SafeLinks()).build());
        }
    }

    /** The HTML of {@code markdown}; headings are shifted so that a "#" becomes an {@code h{topLevel}}. */
    public String toHtml(String markdown, Lang lang) {
        Node document = parsers.get(lang).parse(markdown);
        String html = LANGUAGE_CHANGE.matcher(renderers.get(lang).render(document)).replaceAll("<span lang=\"$2\">$1</span>");
        return lang == Lang.FR ? frenchSpacing(html) : html;
    }

    private static String frenchSpacing(String html) {
        StringBuilder out = new StringBuilder(html.length() + 16);
        int i = 0;
        while (i < html.length()) {
            int tag = html.indexOf('<', i);
            int end = tag < 0 ? html.length() : tag;
            out.append(FRENCH_HIGH_PUNCTUATION.matcher(html.substring(i, end)).replaceAll("\u202F$1"));
            if (tag < 0) {
                break;
            }
            int close = html.indexOf('>', tag);
            close = close < 0 ? html.length() - 1 : close;
            out.append(html, tag, close + 1);
            i = close + 1;
        }
        return out.toString();
    }

    /** Drops links whose scheme could run code (javascript:, data:, vbscript:…). */
    private static final class SafeLinks implements LinkResolverFactory {
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
                var m = SCHEME.matcher(link.getUrl());
                if (m.find() && !SAFE_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                    return new ResolvedLink(link.getLinkType(), "#", link.getAttributes(), LinkStatus.INVALID);
                }
                return link;
            };
        }
    }
}
