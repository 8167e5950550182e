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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** The relevance set, src/test/resources/search/relevance.tsv. */
    static final Path RELEVANCE = TestSites.PROJECT.resolve("src/test/resources/search/relevance.tsv");

    /** What each query of the relevance set must be found by. */
    static final Set<String> CATEGORIES = Set.of("accents", "plural", "elision", "typo", "prefix", "derivation",
            "compound", "acronym", "hub", "passage", "school", "indicator", "entity", "long");

    /** One query of the relevance set: the page expected first. */
    record Query(Lang lang, String category, String text, String expected) {}

    /** The queries of the relevance set in {@code lang}. */
    static List<Query> queries(Lang lang) throws IOException {
        List<Query> out = new ArrayList<>();
        for (String line : Files.readAllLines(RELEVANCE)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] f = line.split("\t");
                if (f[0].equals(lang.code())) {
                    out.add(new Query(lang, f[1], f[2], f[3]));
                }
            }
        }
        return out;
    }

    /**
     * How a ranking does on the relevance set: the share of queries whose expected page comes
     * first and in the top 3, with the misses listed.
     */
    record Score(int queries, int first, int topThree, List<String> misses) {
        static Score of(Map<Query, List<String>> ranked) {
            int first = 0;
            int three = 0;
            List<String> misses = new ArrayList<>();
            for (Map.Entry<Query, List<String>> r : ranked.entrySet()) {
                Query q = r.getKey();
                List<String> top = r.getValue().subList(0, Math.min(3, r.getValue().size()));
                first += !top.isEmpty() && top.get(0).equals(q.expected()) ? 1 : 0;
                three += top.contains(q.expected()) ? 1 : 0;
                if (top.isEmpty() || !top.get(0).equals(q.expected())) {
                    misses.add(q.lang().code() + " " + q.category() + " \"" + q.text() + "\": expected " + q.expected() + ", got " + top);
                }
            }
            return new Score(ranked.size(), first, three, misses);
        }

        /** Top 1 at least 85 %, top 3 at least 95 %. */
        void check() {
            String report = first + "/" + queries + " first, " + topThree + "/" + queries + " in the top 3; not first:\n"
                    + String.join("\n", misses);
            System.out.println("relevance set: " + report);
            assertTrue(first >= 0.85 * queries && topThree >= 0.95 * queries, report);
        }
    }

    @Test
    void theRelevanceSetCoversEveryCategoryInBothLanguages() throws IOException {
        for (Lang lang : Lang.values()) {
            Set<String> covered = new TreeSet<>();
            queries(lang).forEach(q -> covered.add(q.category()));
            assertEquals(new TreeSet<>(CATEGORIES), covered, lang.code());
        }
        assertTrue(queries(Lang.FR).size() + queries(Lang.EN).size() >= 60);
    }

    @Test
    void theSearchCommandFindsTheExpectedPagesOfTheRelevanceSet() throws IOException {
        Map<Query, List<String>> ranked = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            for (Query q : queries(lang)) {
                ranked.put(q, searchers.get(lang).search(q.text(), 3).stream().map(Searcher.Hit::key).toList());
            }
        }
        Score.of(ranked).check();
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
    void aCompoundCountsOnceAndAPartOfItAloneDoesNot() {
        Searcher en = searchers.get(Lang.EN);
        // "start-ups" is start, up and startup: counted once, "created" weighs as much.
        assertEquals("indicator-startups-created", keys(en.search("start-ups created", 3)).get(0));
        // The "up" of "start-ups" is not the "up" of "follow-up".
        assertFalse(keys(en.search("start-ups created", 3)).contains("contract-follow-up"));
        assertEquals(keys(en.search("start-up", 5)), keys(en.search("start up", 5)));
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
        assertTrue(none.err().contains("Pas d’index de recherche dans") && none.err().contains("(./portal build)"), none.err());
        assertEquals("Aucun résultat.", CommandRun.of("search", "--out", site.toString(), "xyzzyq").out().strip());
        assertEquals("No result.", CommandRun.of("search", "--out", site.toString(), "--lang", "en", "xyzzyq").out().strip());
    }

    private static float score(List<Searcher.Hit> hits, String key) {
        return hits.stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow(() -> new AssertionError(key + " not in " + hits)).score();
    }

    private static List<String> keys(List<Searcher.Hit> hits) {
        return hits.stream().map(Searcher.Hit::key).toList();
    }
}
