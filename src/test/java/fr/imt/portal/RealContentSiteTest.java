package fr.imt.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Builds the real content once and checks what a visitor sees on the HRS4R pages. Expected
 * values are read straight from the YAML sources with a plain YAML parser, not from our loader.
 */
@ExtendWith(SharedBuilds.class)
class RealContentSiteTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CONTENT = TestSites.PROJECT.resolve("content/hrs4r");

    static Path site;

    @BeforeAll
    static void build(SharedBuilds.Sites sites) {
        site = sites.realInPlace().output();
        SiteBuilder.Report report = sites.realInPlace().report();
        assertFalse(report.problems().hasErrors(), () -> report.problems().errors().toString());
        assertTrue(report.renderingErrors().isEmpty(), () -> String.join("\n", report.renderingErrors()));
        assertTrue(report.published());
    }

    @Test
    void everyPillarPrincipleAndActionHasAPageInBothLanguages() throws IOException {
        List<JsonNode> pillars = new ArrayList<>();
        YAML.readTree(CONTENT.resolve("pillars.yaml").toFile()).get("pillars").forEach(pillars::add);
        assertEquals(4, pillars.size());
        for (JsonNode p : pillars) {
            assertPage("fr/piliers/" + p.get("id").asText() + "/", p.get("title").get("fr").asText());
            assertPage("en/pillars/" + p.get("id").asText() + "/", p.get("title").get("en").asText());
        }
        List<Path> principles = folders(CONTENT.resolve("principles"));
        assertEquals(20, principles.size());
        for (Path folder : principles) {
            JsonNode p = YAML.readTree(folder.resolve("principle.yaml").toFile());
            assertPage("fr/principes/" + p.get("id").asText() + "/", p.get("name").get("fr").asText());
            assertPage("en/principles/" + p.get("id").asText() + "/", p.get("name").get("en").asText());
        }
        List<Path> actions = files(CONTENT.resolve("actions"));
        assertEquals(29, actions.size());
        for (Path file : actions) {
            int n = YAML.readTree(file.toFile()).get("number").asInt();
            assertPage("fr/actions/" + n + "/", "Action " + n);
            assertPage("en/actions/" + n + "/", "Action " + n);
        }
    }

    @Test
    void actionPageShowsDeadlineDepartmentsStatusAndPrinciples() throws IOException {
        Map<String, JsonNode> departments = new HashMap<>();
        YAML.readTree(CONTENT.resolve("departments.yaml").toFile()).get("departments")
                .forEach(d -> departments.put(d.get("id").asText(), d.get("name")));
        for (Path file : files(CONTENT.resolve("actions"))) {
            JsonNode action = YAML.readTree(file.toFile());
            int n = action.get("number").asInt();
            for (String lang : List.of("fr", "en")) {
                Document page = page(lang + "/actions/" + n + "/");
                String facts = page.select("dl.facts").text();
                // The source writes quarters the English way (Q2 2029); French pages say T2 2029.
                String deadline = action.get("deadline").asText();
                assertTrue(page.select("time").eachText().contains(lang.equals("fr") ? deadline.replace('Q', 'T') : deadline),
                        "deadline of action " + n);
                for (JsonNode id : action.get("leading")) {
                    assertTrue(facts.contains(departments.get(id.asText()).get(lang).asText()), "leading department " + id + " of action " + n);
                }
                for (JsonNode id : action.get("associated")) {
                    assertTrue(facts.contains(departments.get(id.asText()).get(lang).asText()), "associated department " + id);
                }
                Element badge = page.selectFirst("dl.facts .badge-progress");
                assertEquals(lang.equals("fr") ? "Prévue" : "Planned", badge.text(), "status in words, action " + n);
                assertFalse(badge.select("svg.icon").isEmpty(), "badge has an icon as well as words");
                assertTrue(page.text().contains(action.get("text").get(lang).asText()), "action text " + n);
                for (JsonNode principle : action.get("principles")) {
                    String href = "/" + lang + (lang.equals("fr") ? "/principes/" : "/principles/") + principle.asText() + "/";
                    assertFalse(page.select("dl.facts a[href=" + href + "]").isEmpty(), "link to principle " + principle);
                }
            }
        }
    }

    @Test
    void englishActionTextIsMarkedAsOurTranslation() {
        Document en = page("en/actions/18/");
        assertFalse(en.select("h1 .translated").isEmpty());
        assertEquals(1, en.select("#translation-note").size(), "one explanation for the page's marks");
        Document fr = page("fr/actions/18/");
        assertTrue(fr.select("h1 .translated, #translation-note").isEmpty(), "the French original is not a translation");
    }

    @Test
    void principlePageExplainsRatingInWordsAndListsItsActions() throws IOException {
        JsonNode recruitment = YAML.readTree(CONTENT.resolve("principles/recruitment/principle.yaml").toFile());
        Document page = page("fr/principes/recruitment/");
        Element rating = page.selectFirst(".badge-rating");
        assertTrue(rating.text().startsWith(recruitment.get("rating").asText()));
        assertTrue(rating.text().length() > 4, "the rating is explained in words, not only as a symbol");
        List<Integer> expected = new ArrayList<>();
        for (Path file : files(CONTENT.resolve("actions"))) {
            JsonNode a = YAML.readTree(file.toFile());
            a.get("principles").forEach(p -> {
                if (p.asText().equals("recruitment")) {
                    expected.add(a.get("number").asInt());
                }
            });
        }
        List<String> shown = page.select(".action-card .card-title a").eachAttr("href");
        assertEquals(expected.stream().map(n -> "/fr/actions/" + n + "/").toList(), shown);
        assertEquals(2, page.select(".prose").size(), "the gap analysis's two texts");
    }

    @Test
    void languageSwitchLeadsToTheSamePageAndAlternatesAreDeclared() throws IOException {
        try (Stream<Path> files = Files.walk(site.resolve("fr"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document fr = Jsoup.parse(file.toFile());
                assertEquals("fr", fr.selectFirst("html").attr("lang"));
                String other = fr.selectFirst("a.lang-switch").attr("href");
                // A page is a folder's index.html, or a file of its own such as 404.html.
                String otherFile = other.endsWith("/") ? other.substring(1) + "index.html" : other.substring(1);
                Document en = Jsoup.parse(site.resolve(otherFile).toFile());
                assertEquals("en", en.selectFirst("html").attr("lang"));
                String back = en.selectFirst("a.lang-switch").attr("href");
                assertEquals("/" + site.relativize(file).toString().replace('\\', '/').replaceAll("index\\.html$", ""), back);
                assertEquals(1, fr.select("link[rel=alternate][hreflang=en]").size());
            }
        }
    }

    @Test
    void everyInternalLinkResolvesToAFile() throws IOException {
        List<String> broken = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile());
                for (Element el : doc.select("a[href], link[href], script[src]")) {
                    String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                    if (!ref.startsWith("/")) {
                        continue;
                    }
                    String path = ref.replaceAll("[#?].*$", "").substring(1);
                    Path target = site.resolve(path);
                    if (path.isEmpty() || path.endsWith("/")) {
                        target = target.resolve("index.html");
                    }
                    if (!Files.isRegularFile(target)) {
                        broken.add(site.relativize(file) + " -> " + ref);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void actionPlanTableListsEveryActionOnceWithHeadersAndCaption() {
        for (String path : List.of("fr/plan-d-action/", "en/action-plan/")) {
            Document page = page(path);
            Element table = page.selectFirst("table#action-table");
            assertFalse(table.select("caption").text().isEmpty());
            assertEquals(8, table.select("thead th[scope=col]").size());
            List<String> numbers = table.select("tbody tr td:first-child").eachText();
            assertEquals(29, numbers.size());
            assertEquals(29, numbers.stream().distinct().count());
        }
    }

    @Test
    void gapAnalysisPageShowsAllPrinciplesWithTheirTexts() {
        Document page = page("en/gap-analysis/");
        assertEquals(20, page.select("article.principle-full").size());
        assertEquals(40, page.select("article.principle-full .prose").size());
    }

    private static void assertPage(String path, String expectedInPage) {
        Document doc = page(path);
        assertEquals(1, doc.select("h1").size(), path + " has one h1");
        assertTrue(doc.text().contains(expectedInPage), path + " shows " + expectedInPage);
    }

    static Document page(String path) {
        try {
            return Jsoup.parse(site.resolve(path).resolve("index.html").toFile());
        } catch (IOException e) {
            throw new AssertionError("missing page " + path, e);
        }
    }

    private static List<Path> folders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
