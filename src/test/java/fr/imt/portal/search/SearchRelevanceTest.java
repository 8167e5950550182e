package fr.imt.portal.search;

import fr.imt.portal.CommandRun;
import fr.imt.portal.TestSites;
import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Searches the Lucene index of the real site as editors and the browser would, and checks what comes first. */
class SearchRelevanceTest {

    private static final Map<Lang, Searcher> searchers = new EnumMap<>(Lang.class);
    private static Path site;

    @BeforeAll
    static void build() {
        site = SearchSites.real();
        for (Lang lang : Lang.values()) {
            searchers.put(lang, Searcher.open(SearchSites.index(site), lang));
        }
    }

    @AfterAll
    static void close() {
        searchers.values().forEach(Searcher::close);
    }

    /** The queries of src/test/resources/search/relevance-LANG.tsv: query, then the entity expected in the top 3. */
    static List<String[]> queries(Lang lang) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(TestSites.PROJECT.resolve("src/test/resources/search/relevance-" + lang.code() + ".tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(line.split("\t"));
            }
        }
        return out;
    }

    @Test
    void everyQueryOfTheRelevanceSetFindsItsEntityInTheTopThree() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            List<String[]> set = queries(lang);
            assertTrue(set.size() >= 30, lang + " has only " + set.size() + " queries");
            for (String[] q : set) {
                List<String> top = searchers.get(lang).search(q[0], 3).stream().map(Searcher.Hit::key).toList();
                if (!top.contains(q[1])) {
                    failures.add(lang.code() + " \"" + q[0] + "\": expected " + q[1] + " in " + top);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void accentsCaseAndPluralsLeadToTheSameTerms() {
        SearchAnalysis fr = SearchAnalysis.of(Lang.FR);
        assertEquals(fr.terms("égalité"), fr.terms("egalite"));
        assertEquals(fr.terms("égalité"), fr.terms("Égalités"));
        assertEquals(fr.terms("chercheur"), fr.terms("CHERCHEURS"));
        assertEquals(fr.terms("intégrité"), fr.terms("l'intégrité"));
        assertEquals(fr.terms("intégrité"), fr.terms("d’intégrité"));
        assertEquals(List.of(), fr.terms("les de la et qu'"));
        SearchAnalysis en = SearchAnalysis.of(Lang.EN);
        assertEquals(en.terms("researcher"), en.terms("researchers"));
        assertEquals(en.terms("IMT"), en.terms("IMT's"));
        assertEquals(List.of(), en.terms("the of and"));
        assertNotEquals(fr.terms("égalité"), fr.terms("égal"), "different words keep different terms");
    }

    @Test
    void spellingsOfOneWordFindTheSameResults() {
        Searcher fr = searchers.get(Lang.FR);
        List<String> reference = keys(fr.search("égalité", 10));
        assertTrue(reference.contains("principle-gender-equality"));
        assertEquals(reference, keys(fr.search("egalite", 10)));
        assertEquals(reference, keys(fr.search("Égalités", 10)));
        Searcher en = searchers.get(Lang.EN);
        assertEquals(keys(en.search("researcher", 10)), keys(en.search("researchers", 10)));
    }

    @Test
    void aTitleMatchRanksAboveBodyMatches() {
        List<Searcher.Hit> hits = searchers.get(Lang.FR).search("handicap", 10);
        assertTrue(hits.size() > 1, "handicap appears in more than one entity");
        assertTrue(hits.get(0).title().toLowerCase().contains("handicap"), hits.get(0).title());
        assertTrue(hits.stream().skip(1).anyMatch(h -> !h.title().toLowerCase().contains("handicap")),
                "some results only mention it in their text");
    }

    @Test
    void anExactPhraseRanksAboveTheSameWordsScattered() {
        Searcher fr = searchers.get(Lang.FR);
        float phrase = score(fr.search("qualité de vie au travail", 5), "action-20");
        float scattered = score(fr.search("travail vie qualité", 5), "action-20");
        assertTrue(phrase > scattered, phrase + " should exceed " + scattered);
    }

    @Test
    void oneTypoInALongWordIsTolerated() {
        Searcher fr = searchers.get(Lang.FR);
        assertEquals(keys(fr.search("recrutement", 5)), keys(fr.search("recrutemnt", 5)));
        assertEquals(keys(fr.search("recrutement", 5)), keys(fr.search("recrutmeent", 5)));
        assertTrue(fr.search("hadnicap", 5).stream().anyMatch(h -> h.key().equals("action-9")), "a swap of two letters");
        assertTrue(fr.search("xyzzyq", 5).isEmpty());
    }

    @Test
    void theSearchCommandPrintsRankedResults() {
        CommandRun run = CommandRun.of("search", "--out", site.toString(), "--lang", "en", "--limit", "3", "gender equality");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith(" 1. principle-gender-equality"), lines.get(0));
        assertTrue(lines.get(0).contains("/en/principles/gender-equality/"), lines.get(0));
        CommandRun none = CommandRun.of("search", "--out", site.resolveSibling("nothing-built").resolve("site").toString(), "x");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("build the site first"), none.err());
    }

    private static float score(List<Searcher.Hit> hits, String key) {
        return hits.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " not in " + hits)).score();
    }

    private static List<String> keys(List<Searcher.Hit> hits) {
        return hits.stream().map(Searcher.Hit::key).toList();
    }
}
