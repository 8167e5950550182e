package fr.imt.portal.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a typed query becomes terms, the same way in Java and in the browser (see FORMAT.md):
 * each word is folded to its surface form; a known form gives its term (or nothing for a stop
 * word); an unknown form of the last word (3 letters or more) stands for the known forms it
 * begins, and an unknown form of 5 letters or more for the known forms of its shard one edit
 * away. A document's score is the sum over words of its best term's weight, plus a pair weight
 * for two exact words next to each other.
 */
final class QueryPlan {

    static final int PREFIX_MIN = 3;
    static final int TYPO_MIN = 5;

    /** One word of the query: its exact term, or the terms it may stand for. */
    record Word(String surface, boolean exact, List<String> terms) {}

    private final List<Word> words;

    private QueryPlan(List<Word> words) {
        this.words = words;
    }

    static QueryPlan of(String query, SearchAnalysis analysis, Vocabulary vocabulary) {
        List<String> surfaces = analysis.surfaces(query);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < surfaces.size(); i++) {
            String s = surfaces.get(i);
            if (vocabulary.contains(s)) {
                String term = analysis.term(s);
                if (term != null) {
                    words.add(new Word(s, true, List.of(term)));
                }
                continue;
            }
            Set<String> candidates = new LinkedHashSet<>();
            if (i == surfaces.size() - 1 && s.length() >= PREFIX_MIN) {
                candidates.addAll(vocabulary.withPrefix(s));
            }
            if (s.length() >= TYPO_MIN) {
                candidates.addAll(vocabulary.neighbours(s));
            }
            Set<String> terms = new LinkedHashSet<>();
            for (String c : candidates) {
                String term = analysis.term(c);
                if (term != null) {
                    terms.add(term);
                }
            }
            if (!terms.isEmpty()) {
                words.add(new Word(s, false, List.copyOf(terms)));
            }
        }
        return new QueryPlan(words);
    }

    List<Word> words() {
        return words;
    }

    Query toLucene() {
        if (words.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Word w : words) {
            if (w.exact()) {
                query.add(Ranking.term(w.terms().get(0)), BooleanClause.Occur.SHOULD);
            } else {
                query.add(new DisjunctionMaxQuery(w.terms().stream().map(Ranking::term).toList(), 0f),
                        BooleanClause.Occur.SHOULD);
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).exact() && words.get(i + 1).exact()) {
                query.add(Ranking.pair(words.get(i).terms().get(0), words.get(i + 1).terms().get(0)),
                        BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }
}
