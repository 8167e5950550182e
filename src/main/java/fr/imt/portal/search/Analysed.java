package fr.imt.portal.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search entry's text analysed once: its terms per field and its surface forms. Every later
 * step (the static index, the Lucene index, the weights, and the pairs of adjacent terms made from
 * the terms) reads these lists; an unchanged entry keeps its analysis from one rebuild to the next.
 */
record Analysed(SearchEntry entry, List<String> titleTerms, List<String> bodyTerms, List<String> surfaces) {

    /**
     * Analyses {@code e}: its surface forms, each shared through {@code lexicon}, and their terms,
     * looked up there (one pass of the tokenizer per text: the term half works on each form alone).
     */
    static Analysed of(SearchEntry e, Lexicon lexicon) {
        List<String> titleSurfaces = lexicon.analysis().surfaces(e.title());
        List<String> bodySurfaces = lexicon.analysis().surfaces(e.text());
        List<String> title = terms(titleSurfaces, lexicon);
        List<String> body = terms(bodySurfaces, lexicon);
        String[] surfaces = new String[titleSurfaces.size() + bodySurfaces.size()];
        int i = 0;
        for (List<String> of : List.of(titleSurfaces, bodySurfaces)) {
            for (String surface : of) {
                surfaces[i++] = lexicon.shared(surface);
            }
        }
        return new Analysed(e, title, body, List.of(surfaces));
    }

    /** The terms of {@code surfaces}, in order, without the stop words. */
    private static List<String> terms(List<String> surfaces, Lexicon lexicon) {
        List<String> terms = new ArrayList<>(surfaces.size());
        for (String surface : surfaces) {
            String term = lexicon.termOf(surface);
            if (term != null) {
                terms.add(term);
            }
        }
        return List.copyOf(terms);
    }
}
