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
 * other add the weight of their pair. Two words that, written as one, are a known form of the
 * first one's shard ("start up", "start-up": "startup") are one word of the query, written two
 * ways: they count as the better of the two words where they are next to each other (their
 * pair, and each word), and that form's term; a part alone ("up", of "follow-up") is not the
 * compound, and the compound counts once, as any other word, not four times. A document's score is
 * the sum of these, each word counting its best term.
 */
final class QueryPlan {

    static final int PREFIX_MIN = 3;
    static final int TYPO_MIN = 5;
    /** Only the first words of a query count: a pasted paragraph costs at most this many shard files. */
    static final int MAX_WORDS = 8;
    /** The shortest stem a related term may share. */
    static final int RELATED_MIN = 3;
    static final float RELATED_BOOST = 0.5f;

    /**
     * One word of the query, the {@code at}-th of its surface forms: its exact term (with the
     * related ones), or the terms it may stand for.
     */
    record Word(int at, String surface, boolean exact, List<String> terms, List<String> related) {}

    /** Two neighbouring surface forms, {@code at} and the next, written as one: the term of that form. */
    record Joined(int at, String term) {
        boolean holds(Word w) {
            return w.at() == at || w.at() == at + 1;
        }
    }

    private final List<Word> words;
    /** Two neighbouring words written as one ("startup"), no word in two of them. */
    private final List<Joined> joined;

    private QueryPlan(List<Word> words, List<Joined> joined) {
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
                    words.add(new Word(i, s, true, List.of(term), List.copyOf(related)));
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
                words.add(new Word(i, s, false, List.copyOf(terms), List.of()));
            }
        }
        List<Joined> joined = new ArrayList<>();
        for (int i = 0; i + 1 < surfaces.size(); i++) {
            String one = surfaces.get(i) + surfaces.get(i + 1);
            String key = vocabulary.shardOf(surfaces.get(i));
            if (key != null && key.equals(vocabulary.shardOf(one)) && vocabulary.contains(one)) {
                String term = analysis.term(one);
                if (term != null && joined.stream().noneMatch(j -> j.term().equals(term))) {
                    joined.add(new Joined(i, term));
                    i++;
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
            if (joined.stream().noneMatch(j -> j.holds(w))) {
                query.add(clause(w), BooleanClause.Occur.SHOULD);
            }
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            Word a = words.get(i);
            Word b = words.get(i + 1);
            if (a.exact() && b.exact() && joined.stream().noneMatch(j -> j.holds(a) && j.holds(b))) {
                query.add(pair(a, b), BooleanClause.Occur.SHOULD);
            }
        }
        for (Joined j : joined) {
            // The compound as two words next to each other (their pair, and each word), or written
            // as one: the better. Either part alone ("up", of "follow-up") is not the compound.
            List<Word> parts = words.stream().filter(j::holds).toList();
            if (parts.size() == 2 && parts.get(0).exact() && parts.get(1).exact()) {
                Query apart = new BooleanQuery.Builder()
                        .add(pair(parts.get(0), parts.get(1)), BooleanClause.Occur.MUST)
                        .add(clause(parts.get(0)), BooleanClause.Occur.SHOULD)
                        .add(clause(parts.get(1)), BooleanClause.Occur.SHOULD).build();
                query.add(new DisjunctionMaxQuery(List.of(apart, Ranking.term(j.term())), 0f), BooleanClause.Occur.SHOULD);
            } else {
                query.add(Ranking.term(j.term()), BooleanClause.Occur.SHOULD);
            }
        }
        return query.build();
    }

    private static Query clause(Word w) {
        if (w.exact() && w.related().isEmpty()) {
            return Ranking.term(w.terms().get(0));
        }
        List<Query> alternatives = new ArrayList<>();
        w.terms().forEach(t -> alternatives.add(Ranking.term(t)));
        w.related().forEach(t -> alternatives.add(new BoostQuery(Ranking.term(t), RELATED_BOOST)));
        return new DisjunctionMaxQuery(alternatives, 0f);
    }

    private static Query pair(Word a, Word b) {
        return Ranking.pair(a.terms().get(0), b.terms().get(0));
    }
}
