package fr.imt.portal.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A page's text analysed once: its terms per field, the passage each body term comes from, and its
 * surface forms. Every later step (the static index, the Lucene index, the weights, and the pairs
 * of adjacent terms made from the terms) reads these lists; an unchanged page keeps its analysis
 * from one rebuild to the next.
 *
 * @param passagesOf for each term of the body, the passages it occurs in (at most
 *                   {@link #PASSAGES_PER_TERM}, the first ones), for excerpts and matched sections
 */
record Analysed(IndexedPage page, List<String> titleTerms, List<String> bodyTerms, Map<String, int[]> passagesOf,
                List<String> surfaces) {

    /** A term's passages listed per page: enough to choose an excerpt and list the sections that matched. */
    static final int PASSAGES_PER_TERM = 8;

    SearchEntry entry() {
        return page.entry();
    }

    /**
     * Analyses {@code page}: its surface forms (as the index splits them), each shared through
     * {@code lexicon}, their terms, looked up there (the term half works on each form alone), and
     * the {@code synonyms} of those terms. A section's heading belongs to its first passage.
     */
    static Analysed of(IndexedPage page, Lexicon lexicon, Synonyms synonyms) {
        SearchAnalysis analysis = lexicon.analysis();
        List<String> surfaces = new ArrayList<>();
        List<Synonyms.Term> title = terms(analysis.indexSurfaces(page.entry().title()), -1, lexicon, surfaces);
        List<Synonyms.Term> body = new ArrayList<>();
        int passage = 0;
        for (PageText.Section section : page.sections()) {
            body.addAll(terms(analysis.indexSurfaces(section.heading()), passage, lexicon, surfaces));
            for (String text : section.passages()) {
                body.addAll(terms(analysis.indexSurfaces(text), passage++, lexicon, surfaces));
            }
        }
        title = synonyms.expand(title);
        body = synonyms.expand(body);
        Map<String, TreeSet<Integer>> where = new HashMap<>();
        for (Synonyms.Term t : body) {
            TreeSet<Integer> passages = where.computeIfAbsent(t.term(), k -> new TreeSet<>());
            if (passages.size() < PASSAGES_PER_TERM) {
                passages.add(t.passage());
            }
        }
        Map<String, int[]> passagesOf = new HashMap<>();
        where.forEach((term, passages) -> passagesOf.put(term, passages.stream().mapToInt(Integer::intValue).toArray()));
        return new Analysed(page, names(title, lexicon), names(body, lexicon), passagesOf, List.copyOf(surfaces));
    }

    /** The passages of the body where {@code term} occurs (empty: only in the title); not to be changed. */
    int[] passages(String term) {
        return passagesOf.getOrDefault(term, NO_PASSAGES);
    }

    private static final int[] NO_PASSAGES = {};

    /** The terms of {@code forms}, in order, without the stop words; each form is added to {@code surfaces}. */
    private static List<Synonyms.Term> terms(List<String> forms, int passage, Lexicon lexicon, List<String> surfaces) {
        List<Synonyms.Term> terms = new ArrayList<>(forms.size());
        for (String form : forms) {
            surfaces.add(lexicon.shared(form));
            String term = lexicon.termOf(form);
            if (term != null) {
                terms.add(new Synonyms.Term(term, passage));
            }
        }
        return terms;
    }

    private static List<String> names(List<Synonyms.Term> terms, Lexicon lexicon) {
        return terms.stream().map(t -> lexicon.shared(t.term())).toList();
    }
}
