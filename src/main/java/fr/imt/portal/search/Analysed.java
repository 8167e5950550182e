package fr.imt.portal.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A search entry's text analysed once: its terms per field, its adjacent term pairs and its
 * surface forms. Every later step (the static index, the Lucene index, the weights) reads these
 * lists; an unchanged entry keeps its analysis from one rebuild to the next.
 */
record Analysed(SearchEntry entry, List<String> titleTerms, List<String> bodyTerms, List<String> pairs,
                List<String> surfaces) {

    static Analysed of(SearchEntry e, SearchAnalysis analysis) {
        List<String> title = analysis.terms(e.title());
        List<String> body = analysis.terms(e.text());
        List<String> pairs = new ArrayList<>();
        for (List<String> terms : List.of(title, body)) {
            for (int i = 0; i + 1 < terms.size(); i++) {
                pairs.add(Ranking.pairKey(terms.get(i), terms.get(i + 1)));
            }
        }
        return new Analysed(e, List.copyOf(title), List.copyOf(body), List.copyOf(pairs),
                List.copyOf(analysis.surfaces(e.title() + " " + e.text())));
    }
}
