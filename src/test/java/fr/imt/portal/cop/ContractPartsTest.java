package fr.imt.portal.cop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.imt.portal.SiteBuilder;
import fr.imt.portal.model.Lang;
import fr.imt.portal.search.Searcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import fr.imt.portal.SharedBuilds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The parts of the COP published as text pages (introduction and general presentation, growth
 * scenario, follow-up and revision, the annex reviewing the 2018-2022 milestones): each has a
 * page in both languages, the English marked as our translation, linked from the COP overview,
 * found by search, in the open data, and its French page holds the words of its lines of the
 * source (read from ../shared/seeds, skipped where absent).
 */
@ExtendWith(SharedBuilds.class)
class ContractPartsTest {

    /** Each part and the lines of the COP extraction it transcribes (first, last). */
    static final Map<String, int[]> PARTS = Map.of(
            "presentation", new int[] {1, 190},
            "growth-scenario", new int[] {1361, 1463},
            "follow-up", new int[] {2654, 2712},
            "milestones-review", new int[] {6831, 7384});
    static final Path SEED = TestSites.PROJECT.resolve("../shared/seeds/004_17e28fcb5a45e19d.txt").normalize();

    static Path site;

    @BeforeAll
    static void build(SharedBuilds.Sites sites) {
        SiteBuilder.Report report = sites.realInPlace().report();
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
        site = sites.realInPlace().output();
    }

    static Document page(String path) throws IOException {
        Path file = site.resolve(path).resolve("index.html");
        assertTrue(Files.exists(file), "missing page " + path);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void everyPartHasAPageInBothLanguagesLinkedFromTheOverview() throws IOException {
        Document fr = page("fr/cop");
        Document en = page("en/cop");
        for (String id : PARTS.keySet()) {
            Document frPage = page("fr/cop/contrat/" + id);
            Document enPage = page("en/cop/contract/" + id);
            assertNotNull(fr.selectFirst(".part-list a[href$=/fr/cop/contrat/" + id + "/]"), id + " linked from the French overview");
            assertNotNull(en.selectFirst(".part-list a[href$=/en/cop/contract/" + id + "/]"), id + " linked from the English overview");
            assertNotNull(enPage.selectFirst("h1 .translated"), id + ": the English is marked as our translation");
            assertTrue(frPage.selectFirst("h1 .translated") == null, id + ": the French is the original");
            assertTrue(frPage.select(".prose").text().length() > 1000, id + " has its text");
            assertTrue(enPage.select(".prose").text().length() > 1000, id + " has its English text");
        }
    }

    @Test
    void thePartsAreFoundBySearch() {
        Path index = SiteBuilder.searchIndex(site);
        Map<Lang, Map<String, String>> queries = Map.of(
                Lang.FR, Map.of("droits de scolarité", "contract-growth-scenario", "Odile Gauthier", "contract-follow-up",
                        "raison d’être avenir durable", "contract-presentation", "ValYooTrust", "contract-milestones-review"),
                Lang.EN, Map.of("tuition fees", "contract-growth-scenario", "signatories", "contract-follow-up",
                        "facts and figures", "contract-presentation", "ValYooTrust", "contract-milestones-review"));
        queries.forEach((lang, byQuery) -> {
            Searcher searcher = Searcher.open(index, lang);
            try {
                byQuery.forEach((query, key) -> {
                    List<String> top = searcher.search(query, 3).stream().map(Searcher.Hit::key).toList();
                    assertTrue(top.contains(key), lang + " « " + query + " » finds " + key + ": " + top);
                });
            } finally {
                searcher.close();
            }
        });
    }

    @Test
    void thePartsAreInTheOpenDataWithTheirFigures() throws IOException {
        JsonNode root = new ObjectMapper().readTree(site.resolve("data/contract-parts.json").toFile());
        Set<String> ids = new HashSet<>();
        for (JsonNode r : root.get("records")) {
            ids.add(r.get("id").asText());
            assertFalse(r.get("text").get("fr").asText().isBlank());
            assertEquals("translation", r.get("english").asText());
        }
        assertEquals(PARTS.keySet(), ids);
        String presentation = java.util.stream.StreamSupport.stream(root.get("records").spliterator(), false)
                .filter(r -> r.get("id").asText().equals("presentation")).findFirst().orElseThrow().get("text").get("fr").asText();
        assertTrue(presentation.contains("13 600 étudiants") && presentation.contains("38% du budget global"), "facts and figures kept");
        assertTrue(Files.readString(site.resolve("data/contract-parts.en.csv"), StandardCharsets.UTF_8).contains("€90k"));
    }

    /** Words of three letters or more, without accents' variants of apostrophes, lower case. */
    static Set<String> words(String text) {
        // Footnote marks are written as superscripts on the page: they separate words there.
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).replace('’', '\'').toLowerCase()
                .replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹]", " ");
        return Arrays.stream(normal.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3).collect(Collectors.toSet());
    }

    @Test
    void eachFrenchPageHoldsTheWordsOfItsSourceLines() throws IOException {
        assumeTrue(Files.exists(SEED), "the source documents are not beside the repository");
        List<String> lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        for (Map.Entry<String, int[]> part : PARTS.entrySet()) {
            Set<String> source = words(String.join("\n", lines.subList(part.getValue()[0] - 1, part.getValue()[1])));
            Set<String> shown = words(page("fr/cop/contrat/" + part.getKey()).select("main").text());
            Set<String> missing = new HashSet<>(source);
            missing.removeAll(shown);
            // The extraction glues footnote numbers to words (« IMT33 ») and splits words across a table's
            // narrow cells (« Actualisatio n », « complémen taires »): such pieces are found inside the page's words.
            missing.removeIf(w -> shown.contains(w.replaceFirst("\\d+$", ""))
                    || (w.length() >= 3 && shown.stream().anyMatch(s -> s.length() > w.length() && (s.startsWith(w) || s.endsWith(w)))));
            double share = 1.0 - (double) missing.size() / source.size();
            assertTrue(share > 0.99, part.getKey() + ": " + Math.round(share * 1000) / 10.0 + "% of the source's words; missing "
                    + missing.stream().sorted().limit(60).toList());
        }
    }
}
