package fr.imt.portal.publicsite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.imt.portal.SiteBuilder;
import fr.imt.portal.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French typography and grammar on the real site, French and English pages side by side:
 * quarters as « T2 2029 », plurals from the counts (never « principe(s) »), elision before a
 * vowel (« d’IMT Atlantique »), the typographic apostrophe in what the portal writes itself, « 1er mars ». Expected values are read from the YAML sources
 * with a plain YAML parser. The site is built as of 1 March, so that the build date shows the
 * first of a month.
 */
class FrenchTypographyTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CONTENT = TestSites.PROJECT.resolve("content");

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(TestSites.PROJECT, site, LocalDate.of(2026, 3, 1)));
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
    }

    @Test
    void frenchPagesWriteAQuarterAsTrimestreAndEnglishPagesAsQuarter() throws IOException {
        for (Path file : yamlFiles(CONTENT.resolve("hrs4r/actions"))) {
            JsonNode action = YAML.readTree(file.toFile());
            int n = action.get("number").asInt();
            Matcher source = Pattern.compile("Q([1-4]) (\\d{4})").matcher(action.get("deadline").asText());
            assertTrue(source.matches());
            assertEquals("T" + source.group(1) + " " + source.group(2), deadline(page("fr/actions/" + n + "/")), "action " + n);
            assertEquals("Q" + source.group(1) + " " + source.group(2), deadline(page("en/actions/" + n + "/")), "action " + n);
        }
        for (Element time : page("fr/plan-d-action/").select("#action-table time")) {
            assertTrue(time.text().matches("T[1-4] \\d{4}"), time.text());
        }
    }

    @Test
    void departmentLabelsAgreeWithHowManyDepartmentsTheActionHas() throws IOException {
        for (Path file : yamlFiles(CONTENT.resolve("hrs4r/actions"))) {
            JsonNode action = YAML.readTree(file.toFile());
            int n = action.get("number").asInt();
            int leading = action.get("leading").size();
            int associated = action.get("associated").size();
            List<String> fr = page("fr/actions/" + n + "/").select("dl.facts dt").eachText();
            List<String> en = page("en/actions/" + n + "/").select("dl.facts dt").eachText();
            assertTrue(fr.contains(leading > 1 ? "Directions pilotes" : "Direction pilote"), n + ": " + fr);
            assertTrue(fr.contains(associated > 1 ? "Directions associées" : "Direction associée"), n + ": " + fr);
            assertTrue(en.contains(leading > 1 ? "Leading departments" : "Leading department"), n + ": " + en);
            assertTrue(en.contains(associated > 1 ? "Associated departments" : "Associated department"), n + ": " + en);
        }
    }

    @Test
    void countsWriteTheirNounsInTheSingularOrPluralTheyCallFor() throws IOException {
        JsonNode pillars = YAML.readTree(CONTENT.resolve("hrs4r/pillars.yaml").toFile()).get("pillars");
        List<String> fr = page("fr/").select(".pillar-card > p.pillar-counts").eachText();
        List<String> en = page("en/").select(".pillar-card > p.pillar-counts").eachText();
        assertEquals(pillars.size(), fr.size());
        for (int i = 0; i < fr.size(); i++) {
            assertAgrees(fr.get(i), "principe", "principes", true);
            assertAgrees(fr.get(i), "action", "actions", true);
            assertAgrees(en.get(i), "principle", "principles", false);
            assertAgrees(en.get(i), "action", "actions", false);
        }
        // « 29 actions : 29 prévues, 0 en cours, 0 réalisée, 0 en retard »
        for (String caption : page("fr/").select("figcaption").eachText()) {
            if (caption.contains("prévue")) {
                assertAgrees(caption.substring(caption.indexOf(':') + 1), "prévue", "prévues", true);
                assertAgrees(caption.substring(caption.indexOf(':') + 1), "réalisée", "réalisées", true);
            }
        }
        for (String card : page("fr/cop/").select(".card-text").eachText()) {
            if (card.contains("indicateur")) {
                assertAgrees(card, "indicateur", "indicateurs", true);
            }
        }
        Element count = page("fr/plan-d-action/").getElementById("filter-count");
        assertEquals("{0} action affichée", count.attr("data-one"));
        assertEquals("{0} actions affichées", count.attr("data-other"));
    }

    @Test
    void noPageWritesAPluralInParentheses() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html"))::iterator) {
                Document page = Jsoup.parse(file.toFile());
                // The interface's words: labels, captions, counts; the content's own prose may quote its sources.
                for (Element e : page.select("dt, th, caption, figcaption, .card-title, .pillar-card > p, .filter-count, .lead")) {
                    if (e.ownText().matches(".*\\w\\((s|e|es)\\).*")) {
                        found.add(site.relativize(file) + ": " + e.ownText());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void frenchElidesDeBeforeASchoolNameThatStartsWithAVowel() throws IOException {
        try (Stream<Path> folders = Files.list(CONTENT.resolve("cop/schools"))) {
            for (Path folder : folders.sorted().toList()) {
                JsonNode school = YAML.readTree(folder.resolve("school.yaml").toFile());
                String name = school.get("name").get("fr").asText();
                boolean vowel = "AEIOUÉÈaeiouéè".indexOf(name.charAt(0)) >= 0;
                Document page = page("fr/cop/ecoles/" + school.get("id").asText() + "/");
                String lead = page.selectFirst("p.lead").text();
                assertTrue(lead.startsWith("Les engagements " + (vowel ? "d’" : "de ") + name + " "), lead);
                assertEquals(lead, page.selectFirst("meta[name=description]").attr("content"));
                assertTrue(page("en/cop/schools/" + school.get("id").asText() + "/").selectFirst("p.lead").text()
                        .startsWith(school.get("name").get("en").asText() + "'s commitments"));
            }
        }
    }

    @Test
    void whatThePortalWritesInFrenchUsesTheTypographicApostrophe() throws IOException {
        // The words of the interface, whichever page they are on: the site's name, the menu, the
        // footer, headings, captions and badges the templates write, and the labels of landmarks.
        // (Titles transcribed from the sources keep their own apostrophes: they are not checked.)
        List<String> straight = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site.resolve("fr"))) {
            for (Path file : pages.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element e : page.select(".site-name, .main-nav, .site-footer, #glance-title, #dashboard,"
                        + " #dashboard-caption, #timeline-caption, .badge")) {
                    if (e.text().contains("'")) {
                        straight.add(site.relativize(file) + ": " + e.text());
                    }
                }
                for (Element e : page.select("[aria-label]")) {
                    if (e.attr("aria-label").contains("'")) {
                        straight.add(site.relativize(file) + ": aria-label " + e.attr("aria-label"));
                    }
                }
            }
        }
        assertEquals(List.of(), straight.stream().distinct().limit(10).toList());
        List<String> messages = Files.readAllLines(TestSites.PROJECT.resolve("templates/i18n/fr.properties")).stream()
                .filter(l -> !l.startsWith("#") && l.contains("'")).toList();
        assertEquals(List.of(), messages, "templates/i18n/fr.properties: write ’, not '");
    }

    @Test
    void noFrenchLineStartsWithAColonASemicolonOrAClosingGuillemet() throws IOException {
        // Whoever wrote the space (the content, the interface's words, a template): before ; : ! ?
        // and », and after «, it does not break. Text and the attributes read out or shown by the
        // scripts (the search page's « N résultats pour « … ». »), not code.
        Pattern loose = Pattern.compile("[ \\t\\n\\r]+[;:!?»]|«[ \\t\\n\\r]+");
        List<String> found = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> pages = Files.walk(site.resolve("fr"))) {
            for (Path file : pages.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                page.select("script, style, pre, code, textarea").remove();
                List<String> texts = new ArrayList<>(page.body().textNodes().stream().map(t -> t.getWholeText()).toList());
                for (Element e : page.getAllElements()) {
                    e.textNodes().forEach(t -> texts.add(t.getWholeText()));
                    e.attributes().forEach(a -> {
                        if (a.getKey().startsWith("data-") || List.of("title", "alt", "aria-label", "placeholder", "content").contains(a.getKey())) {
                            texts.add(a.getValue());
                        }
                    });
                }
                for (String text : texts) {
                    // A space at the very start of a text node follows an element (« <em>x</em> : »).
                    Matcher m = loose.matcher(text);
                    while (m.find()) {
                        found.add(site.relativize(file) + ": …" + text.substring(Math.max(0, m.start() - 30), m.end()) + "…");
                    }
                    checked += text.length();
                }
            }
        }
        assertTrue(checked > 100_000, checked + " characters");
        assertEquals(List.of(), found.stream().distinct().limit(10).toList());
    }

    @Test
    void theFirstOfAMonthIsAnOrdinalInFrenchOnly() throws IOException {
        assertTrue(page("fr/donnees/").text().contains("1er mars 2026"), "French: « 1er mars 2026 »");
        assertFalse(page("fr/donnees/").text().contains(" 1 mars 2026"));
        assertTrue(page("en/data/").text().contains("1 March 2026"));
    }

    private static void assertAgrees(String text, String singular, String plural, boolean french) {
        Matcher m = Pattern.compile("(\\d+) (" + Pattern.quote(singular) + "|" + Pattern.quote(plural) + ")\\b").matcher(text);
        boolean any = false;
        while (m.find()) {
            any = true;
            int n = Integer.parseInt(m.group(1));
            boolean pluralExpected = french ? n >= 2 : n != 1;
            assertEquals(pluralExpected ? plural : singular, m.group(2), "« " + text + " »");
        }
        assertTrue(any, "no count of " + plural + " in « " + text + " »");
    }

    private static String deadline(Document page) {
        return page.selectFirst("dl.facts time").text();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile());
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
