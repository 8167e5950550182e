package fr.imt.portal.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a typed query becomes terms, the same way in Java and in the browser (see FORMAT.md):
 * each of the first {@link #MAX_WORDS} words is folded to its surface form; a known form gives its
 * term (or nothing for a stop word) and, at half weight, the terms of its shard related to it (one
 * begins the other: "cre", of "créées", and "crer", of "créer", or "creation"); an unknown
 * form of the last word (3 letters or more) stands for the known forms it begins, and an unknown
 * form of 5 letters or more for the known forms of its shard one edit away. Two words next to each
 * other add the weight of their pair and, when the two written as one word are a known form of the
 * first one's shard ("start up": "startup"), that form's term. A document's score is the sum of
 * these, each word counting its best term.
 */
final class QueryPlan {

    static final int PREFIX_MIN = 3;
    static final int TYPO_MIN = 5;
    /** Only the first words of a query count: a pasted paragraph costs at most this many shard files. */
    static final int MAX_WORDS = 8;
    /** The shortest stem a related term may share. */
    static final int RELATED_MIN = 3;
    static final float RELATED_BOOST = 0.5f;

    /** One word of the query: its exact term (with the related ones), or the terms it may stand for. */
    record Word(String surface, boolean exact, List<String> terms, List<String> related) {}

    private final List<Word> words;
    /** The terms of two neighbouring words written as one ("startup"). */
    private final List<String> joined;

    private QueryPlan(List<Word> words, List<String> joined) {
        this.words = words;
        this.joined = joined;
    }

    /** The first {@link #MAX_WORDS} surface forms of {@code query}, and whether they are all of it. */
    static List<String> words(String query, SearchAnalysis analysis) {
        List<String> surfaces = analysis.surfaces(query);
        return surfaces.size() <= MAX_WORDS ? surfaces : surfaces.subList(0, MAX_WORDS);
    }

    static QueryPlan of(String query, SearchAnalysis analysis, Vocabulary vocabulary) {
        List<String> all = analysis.surfaces(query);
        List<String> surfaces = words(query, analysis);
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < surfaces.size(); i++) {
            String s = surfaces.get(i);
            if (vocabulary.contains(s)) {
                String term = analysis.term(s);
                if (term != null) {
                    Set<String> related = new LinkedHashSet<>();
                    for (String other : vocabulary.ofShard(vocabulary.shardOf(s))) {
                        String t = analysis.term(other);
                        if (t != null && related(term, t)) {
                            related.add(t);
                        }
                    }
                    words.add(new Word(s, true, List.of(term), List.copyOf(related)));
                }
                continue;
            }
            Set<String> candidates = new LinkedHashSet<>();
            if (i == all.size() - 1 && s.length() >= PREFIX_MIN) {
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
                words.add(new Word(s, false, List.copyOf(terms), List.of()));
            }
        }
        List<String> joined = new ArrayList<>();
        for (int i = 0; i + 1 < surfaces.size(); i++) {
            String one = surfaces.get(i) + surfaces.get(i + 1);
            String key = vocabulary.shardOf(surfaces.get(i));
            if (key != null && key.equals(vocabulary.shardOf(one)) && vocabulary.contains(one)) {
                String term = analysis.term(one);
                if (term != null && !joined.contains(term)) {
                    joined.add(term);
                }
            }
        }
        return new QueryPlan(words, List.copyOf(joined));
    }

    /**
     * Whether two different terms are forms of one word: the shorter, at least {@link #RELATED_MIN}
     * letters long, begins the longer (a stem and a derived word's stem: "cre", "creation").
     */
    static boolean related(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return !a.equals(b) && shorter.length() >= RELATED_MIN && longer.startsWith(shorter);
    }

    List<Word> words() {
        return words;
    }

    Query toLucene() {
        if (words.isEmpty() && joined.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Word w : words) {
            if (w.exact() && w.related().isEmpty()) {
                query.add(Ranking.term(w.terms().get(0)), BooleanClause.Occur.SHOULD);
            } else {
                List<Query> alternatives = new ArrayList<>();
                w.terms().forEach(t -> alternatives.add(Ranking.term(t)));
                w.related().forEach(t -> alternatives.add(new BoostQuery(Ranking.term(t), RELATED_BOOST)));
                query.add(new DisjunctionMaxQuery(alternatives, 0f), BooleanClause.Occur.SHOULD);
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).exact() && words.get(i + 1).exact()) {
                query.add(Ranking.pair(words.get(i).terms().get(0), words.get(i + 1).terms().get(0)),
                        BooleanClause.Occur.SHOULD);
            }
        }
        joined.forEach(t -> query.add(Ranking.term(t), BooleanClause.Occur.SHOULD));
        return query.build();
    }
}
