package fr.imt.portal.search;

import fr.imt.portal.site.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The text of a rendered page as a visitor reads it, in sections: what its {@code <main>} shows
 * (Markdown rendered, settings filled in, tables and lists as text), without its {@code <h1>}, its
 * navigation (tables of contents), scripts and charts. A new section starts at every {@code <h2>}
 * or {@code <h3>} that has an id, so that a result can link to the part of a long page that
 * matched; the text before the first such heading is the page's opening section (no anchor). A
 * heading with no text under it adds nothing.
 * Each section's text is cut into passages of about {@link #PASSAGE_CHARS} characters, the unit a
 * result's excerpt is chosen from.
 */
final class PageText {

    /** A passage ends at the first sentence end (or else space) after this many characters. */
    static final int PASSAGE_CHARS = 280;
    private static final int PASSAGE_MAX = 420;

    private static final Set<String> SKIPPED = Set.of("h1", "nav", "script", "style", "svg", "template", "form", "button");
    private static final Set<String> SECTION_HEADINGS = Set.of("h2", "h3");

    /**
     * One section of a page.
     *
     * @param anchor   the id of its heading ("" for the page's opening section)
     * @param heading  its heading's text ("" for the opening section)
     * @param passages its text, in passages
     */
    record Section(String anchor, String heading, List<String> passages) {
        Section {
            passages = List.copyOf(passages);
        }
    }

    private PageText() {}

    /** The sections of the page the build wrote for site path {@code path} under {@code site}. */
    static List<Section> read(Path site, String path) {
        Path file = site.resolve(Urls.file(path));
        try {
            return sections(Jsoup.parse(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page " + path + " to index it", e);
        }
    }

    /** The elements whose end is the end of a phrase: a table's cell, a list's item or term, a card. */
    private static final Set<String> CELLS = Set.of("td", "th", "dt", "dd", "li", "article");

    static List<Section> sections(Document page) {
        Element main = page.selectFirst("main");
        List<Section> sections = new ArrayList<>();
        if (main == null) {
            return sections;
        }
        main.select(String.join(",", SKIPPED)).remove();
        main.select(".visually-hidden, .last-updated").remove();
        Collector collector = new Collector(sections);
        NodeTraversor.traverse(collector, main);
        collector.close();
        return sections;
    }

    /** Walks the text of {@code <main>} in order, closing a section at each heading with an id. */
    private static final class Collector implements NodeVisitor {
        private final List<Section> sections;
        private String anchor = "";
        private String heading = "";
        private final StringBuilder text = new StringBuilder();

        Collector(List<Section> sections) {
            this.sections = sections;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e && SECTION_HEADINGS.contains(e.normalName()) && !e.id().isEmpty()) {
                close();
                anchor = e.id();
                heading = e.text();
                return;
            }
            if (node instanceof TextNode t && !insideSectionHeading(t)) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e && e.isBlock()) {
                // "point<ul><li>détail" is two words too, written without a space between.
                text.append(' ');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            // Blocks and cells end words: "Objectif</td><td>2027" is two words. A cell or an item of a
            // list also ends a phrase, which an excerpt shows: "Cible 2022 · 80", not "Cible 2022 80".
            if (node instanceof Element e && CELLS.contains(e.normalName())) {
                text.append(" \u00B7 ");
            } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                text.append(' ');
            }
        }

        private static boolean insideSectionHeading(TextNode t) {
            for (Element p = t.parent(); p != null; p = p.parent()) {
                if (SECTION_HEADINGS.contains(p.normalName()) && !p.id().isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        void close() {
            // Empty cells, and the last cell of a row, leave no separator of their own.
            String body = text.toString().replaceAll("\\s+", " ").replaceAll("\u00B7( \u00B7)+", "\u00B7")
                    .replaceAll("^( ?\u00B7 ?)+|( ?\u00B7 ?)+$", "").strip();
            if (!body.isEmpty()) {
                sections.add(new Section(anchor, heading, passages(body)));
            }
            text.setLength(0);
        }
    }

    /** {@code text} cut into passages at sentence ends, else at spaces, of about {@link #PASSAGE_CHARS}. */
    static List<String> passages(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            if (text.length() - start <= PASSAGE_MAX) {
                out.add(text.substring(start));
                break;
            }
            int end = -1;
            for (int i = start + PASSAGE_CHARS; i < start + PASSAGE_MAX && i < text.length() - 1; i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':') && text.charAt(i + 1) == ' ') {
                    end = i + 1;
                    break;
                }
            }
            if (end < 0) {
                int space = text.lastIndexOf(' ', start + PASSAGE_CHARS);
                end = space > start ? space : start + PASSAGE_CHARS;
            }
            out.add(text.substring(start, end).strip());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        return out;
    }
}
