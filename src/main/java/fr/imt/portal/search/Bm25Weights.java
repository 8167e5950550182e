package fr.imt.portal.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The weights the browser sums: for every term (and every pair of adjacent terms) the documents
 * it occurs in with the score Lucene gives them for {@link Ranking#term} (or {@link Ranking#pair}).
 * They are computed from the analysed entries with Lucene's own similarity and the statistics a
 * Lucene index of those entries has (document counts, field lengths, norms), so the browser's
 * sums equal the {@code search} command's scores without reading the index back, and a rebuild
 * can recompute them from the analyses it kept.
 */
final class Bm25Weights {

    private static final Similarity SIMILARITY = IndexSearcher.getDefaultSimilarity();

    private Bm25Weights() {}

    /** Per term, flat (document, weight) pairs in document order: title (boosted) and body summed. */
    static Map<String, int[]> terms(List<Analysed> docs) {
        Map<String, Scores> title = field(Ranking.TITLE, docs, Analysed::titleTerms, Ranking.TITLE_BOOST);
        Map<String, Scores> body = field(Ranking.BODY, docs, Analysed::bodyTerms, 1f);
        TreeSet<String> terms = new TreeSet<>(title.keySet());
        terms.addAll(body.keySet());
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String term : terms) {
            // Each term's scores go as soon as they are summed: a large site never holds both whole.
            out.put(term, Scores.sum(title.remove(term), body.remove(term)));
        }
        return out;
    }

    /**
     * Per pair of adjacent terms ("egalit femm"), flat (document, weight) pairs in document order.
     * In no order: a large site has millions of pairs; the static files sort each term's few.
     */
    static Map<String, int[]> pairs(List<Analysed> docs) {
        Map<String, Scores> scores = field(Ranking.PAIRS, docs, Analysed::pairs, Ranking.PAIR_BOOST);
        Map<String, int[]> out = new HashMap<>(capacity(scores.size()));
        for (Iterator<Map.Entry<String, Scores>> it = scores.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Scores> pair = it.next();
            out.put(pair.getKey(), Scores.sum(pair.getValue(), null));
            it.remove();
        }
        return out;
    }

    /** The documents of one term in one field, in document order, with their scores. */
    private record Scores(int[] docs, float[] scores) {

        private static final Scores NONE = new Scores(new int[0], new float[0]);

        /** Two fields' scores merged by document, summed in double and rounded to float once, as Lucene's disjunction does. */
        static int[] sum(Scores a, Scores b) {
            a = a == null ? NONE : a;
            b = b == null ? NONE : b;
            int[] flat = new int[2 * (a.docs.length + b.docs.length)];
            int i = 0;
            int j = 0;
            int n = 0;
            while (i < a.docs.length || j < b.docs.length) {
                boolean fromA = j >= b.docs.length || (i < a.docs.length && a.docs[i] <= b.docs[j]);
                boolean fromB = i >= a.docs.length || (j < b.docs.length && b.docs[j] <= a.docs[i]);
                int doc = fromA ? a.docs[i] : b.docs[j];
                double score = 0;
                if (fromA) {
                    score += a.scores[i++];
                }
                if (fromB) {
                    score += b.scores[j++];
                }
                flat[n++] = doc;
                flat[n++] = Ranking.weight((float) score);
            }
            return Arrays.copyOf(flat, n);
        }
    }

    /** A term's postings while they are counted: documents and frequencies, in document order. */
    private static final class Postings {
        int[] docs = new int[4];
        int[] freqs = new int[4];
        int size;
        long totalFreq;

        void add(int doc) {
            if (size > 0 && docs[size - 1] == doc) {
                freqs[size - 1]++;
            } else {
                if (size == docs.length) {
                    docs = Arrays.copyOf(docs, size * 2);
                    freqs = Arrays.copyOf(freqs, size * 2);
                }
                docs[size] = doc;
                freqs[size++] = 1;
            }
            totalFreq++;
        }
    }

    /**
     * BM25 scores of every term of one field. The statistics are those of the Lucene index the
     * indexer writes: one more document than the entries (the vocabulary document, which has
     * none of these fields), a document counts for a field when it has at least one token there,
     * and a document's norm is its token count encoded as Lucene encodes it.
     */
    private static Map<String, Scores> field(String field, List<Analysed> docs, Function<Analysed, List<String>> tokens,
                                             float boost) {
        Map<String, Postings> postings = new HashMap<>();
        long[] norms = new long[docs.size()];
        long docCount = 0;
        long sumTotalTermFreq = 0;
        for (int doc = 0; doc < docs.size(); doc++) {
            List<String> t = tokens.apply(docs.get(doc));
            if (t.isEmpty()) {
                continue;
            }
            docCount++;
            sumTotalTermFreq += t.size();
            norms[doc] = SmallFloat.intToByte4(t.size());
            for (String term : t) {
                postings.computeIfAbsent(term, k -> new Postings()).add(doc);
            }
        }
        Map<String, Scores> out = new HashMap<>(capacity(postings.size()));
        if (docCount == 0) {
            return out;
        }
        long sumDocFreq = 0;
        for (Postings p : postings.values()) {
            sumDocFreq += p.size;
        }
        CollectionStatistics collection = new CollectionStatistics(field, docs.size() + 1L, docCount, sumTotalTermFreq, sumDocFreq);
        // BM25 weighs a term by its document frequency only: terms that share it share a scorer.
        Map<Integer, Similarity.SimScorer> scorers = new HashMap<>();
        // Each term's postings go once scored: the counts and the scores are never both whole in memory.
        for (Iterator<Map.Entry<String, Postings>> it = postings.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Postings> entry = it.next();
            Postings p = entry.getValue();
            Similarity.SimScorer scorer = scorers.computeIfAbsent(p.size, df -> SIMILARITY.scorer(boost, collection,
                    new TermStatistics(new BytesRef(entry.getKey()), df, p.totalFreq)));
            float[] scores = new float[p.size];
            for (int i = 0; i < p.size; i++) {
                scores[i] = scorer.score(p.freqs[i], norms[p.docs[i]]);
            }
            out.put(entry.getKey(), new Scores(Arrays.copyOf(p.docs, p.size), scores));
            it.remove();
        }
        return out;
    }

    /** A hash map's initial capacity for {@code size} entries without growing. */
    private static int capacity(int size) {
        return (int) Math.ceil(size / 0.75);
    }
}
