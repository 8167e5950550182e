package fr.imt.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A search entry's text analysed once: its terms per field, its adjacent term pairs and its
 * surface forms. Every later step (the static index, the Lucene index, the weights) reads these
 * lists; an unchanged entry keeps its analysis from one rebuild to the next.
 */
record Analysed(SearchEntry entry, List<String> titleTerms, List<String> bodyTerms, List<String> pairs,
                List<String> surfaces) {

    /**
     * Analyses {@code e}. Every token goes through {@code words}, which hands back one shared
     * instance per distinct word: a large site repeats the same words millions of times, and
     * keeping each occurrence as its own string would cost hundreds of megabytes.
     */
    static Analysed of(SearchEntry e, SearchAnalysis analysis, Map<String, String> words) {
        List<String> title = shared(analysis.terms(e.title()), words);
        List<String> body = shared(analysis.terms(e.text()), words);
        List<String> pairs = new ArrayList<>();
        for (List<String> terms : List.of(title, body)) {
            for (int i = 0; i + 1 < terms.size(); i++) {
                pairs.add(Ranking.pairKey(terms.get(i), terms.get(i + 1)));
            }
        }
        return new Analysed(e, title, body, shared(pairs, words),
                shared(analysis.surfaces(e.title() + " " + e.text()), words));
    }

    private static List<String> shared(List<String> tokens, Map<String, String> words) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            String t = tokens.get(i);
            String known = words.putIfAbsent(t, t);
            out[i] = known == null ? t : known;
        }
        return List.of(out);
    }
}
