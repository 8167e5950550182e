package fr.imt.portal.cop;

import fr.imt.portal.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import fr.imt.portal.SharedBuilds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built pages carry no leftovers of the PDF extraction: no reference to a page of the PDF
 * (« cf. tableau page 30 »), no footnote mark without its note on the same page, no list printed
 * as one line of literal dashes.
 */
@ExtendWith(SharedBuilds.class)
class ExtractionLeftoversTest {

    static final Pattern PDF_PAGE = Pattern.compile("(?i)\\b(?:tableau|table|voir|see|cf\\.?)\\s+(?:on\\s+)?(?:la\\s+|the\\s+)?page\\s+\\d+");
    /** A superscript mark glued to a word, and a note line starting with one. */
    static final Pattern MARK = Pattern.compile("(?<=[\\p{L}0-9»”)])([¹²³⁴⁵⁶⁷⁸⁹⁰]+)");
    static final Pattern NOTE = Pattern.compile("^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\\s");
    /** Two items or more that the extraction ran together: « -Réseau … -Sécurité … ». */
    static final Pattern DASHED_ITEMS = Pattern.compile("(?:^|\\s)-\\s?\\p{Lu}.*\\s-\\s?\\p{Lu}");

    static Path site;
    static List<Path> pages;

    @BeforeAll
    static void build(SharedBuilds.Sites sites) throws IOException {
        SiteBuilder.Report report = sites.realInPlace().report();
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
        site = sites.realInPlace().output();
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                String rel = site.relativize(p).toString();
                return rel.startsWith("fr/") || rel.startsWith("en/");
            }).sorted().toList();
        }
    }

    static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    @Test
    void noPageRefersToAPageOfThePdf() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            Element main = parse(page).selectFirst("main");
            Matcher m = main == null ? null : PDF_PAGE.matcher(main.text());
            while (m != null && m.find()) {
                found.add(site.relativize(page) + ": « " + m.group() + " »");
            }
        }
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void everyFootnoteMarkHasItsNoteOnThePage() throws IOException {
        List<String> orphans = new ArrayList<>();
        int marks = 0;
        for (Path page : pages) {
            Document doc = parse(page);
            Set<String> notes = new LinkedHashSet<>();
            for (Element p : doc.select("main p")) {
                Matcher n = NOTE.matcher(p.text());
                if (n.find()) {
                    notes.add(n.group(1));
                }
            }
            for (Element block : doc.select("main p, main li, main td")) {
                String text = block.text();
                if (NOTE.matcher(text).find()) {
                    continue;
                }
                Matcher m = MARK.matcher(text);
                while (m.find()) {
                    if (m.group(1).matches("[²³]") && text.charAt(m.start() - 1) == 'm') {
                        continue; // m², m³: a unit, not a note
                    }
                    marks++;
                    if (!notes.contains(m.group(1))) {
                        orphans.add(site.relativize(page) + ": mark " + m.group(1) + " in « "
                                + text.substring(Math.max(0, m.start() - 30), m.end()) + " »");
                    }
                }
            }
        }
        assertTrue(orphans.isEmpty(), orphans.toString());
        assertTrue(marks > 20, "footnote marks found: " + marks);
    }

    @Test
    void noListIsPrintedAsOneLineOfDashes() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            for (Element block : parse(page).select("main p, main td, main li")) {
                if (block.select("ul, ol").isEmpty() && DASHED_ITEMS.matcher(block.ownText()).find()) {
                    found.add(site.relativize(page) + ": « " + block.ownText().substring(0, Math.min(120, block.ownText().length())) + " »");
                }
            }
        }
        assertTrue(found.isEmpty(), found.toString());
    }
}
