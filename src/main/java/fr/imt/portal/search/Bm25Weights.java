package fr.imt.portal.search;

import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

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

    /** Per term, in term order, flat (document, weight) pairs in document order: title (boosted) and body summed. */
    static Map<String, int[]> terms(NumberedTerms numbered) {
        LongFunction<String> name = key -> numbered.term((int) key);
        FieldScores title = field(Ranking.TITLE, numbered.documents(), doc -> widened(numbered.titles()[doc]), name,
                Ranking.TITLE_BOOST);
        FieldScores body = field(Ranking.BODY, numbered.documents(), doc -> widened(numbered.bodies()[doc]), name, 1f);
        Map<String, int[]> out = new LinkedHashMap<>();
        int i = 0;
        int j = 0;
        while (i < title.size() || j < body.size()) {
            long key = j >= body.size() || (i < title.size() && title.keys[i] < body.keys[j]) ? title.keys[i] : body.keys[j];
            boolean inTitle = i < title.size() && title.keys[i] == key;
            boolean inBody = j < body.size() && body.keys[j] == key;
            out.put(name.apply(key), summed(title, inTitle ? i++ : -1, body, inBody ? j++ : -1));
        }
        return out;
    }

    /** Per pair of adjacent terms, flat (document, weight) pairs in document order. */
    static PairWeights pairs(NumberedTerms numbered) {
        FieldScores scores = field(Ranking.PAIRS, numbered.documents(), numbered::pairs,
                key -> Ranking.pairKey(numbered.term(NumberedTerms.first(key)), numbered.term(NumberedTerms.second(key))),
                Ranking.PAIR_BOOST);
        int[] flat = new int[2 * scores.docs.length];
        for (int i = 0; i < scores.docs.length; i++) {
            flat[2 * i] = scores.docs[i];
            flat[2 * i + 1] = Ranking.weight(scores.scores[i]);
        }
        int[] starts = Arrays.stream(scores.starts).map(s -> 2 * s).toArray();
        return new PairWeights(numbered, scores.keys, starts, flat);
    }

    private static long[] widened(int[] numbers) {
        long[] out = new long[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            out[i] = numbers[i];
        }
        return out;
    }

    /**
     * The scores of one field: its distinct tokens ({@code keys}, sorted) and for the token at
     * {@code k} the documents {@code docs[starts[k]]} to {@code docs[starts[k + 1] - 1]}, in
     * document order, with their {@code scores}.
     */
    private record FieldScores(long[] keys, int[] starts, int[] docs, float[] scores) {
        int size() {
            return keys.length;
        }
    }

    /**
     * Two fields' scores for one token (an index into each, or -1 where the field lacks it), merged
     * by document, summed in double and rounded to float once, as Lucene's disjunction does.
     */
    private static int[] summed(FieldScores a, int ia, FieldScores b, int ib) {
        int i = ia < 0 ? 0 : a.starts[ia];
        int iEnd = ia < 0 ? 0 : a.starts[ia + 1];
        int j = ib < 0 ? 0 : b.starts[ib];
        int jEnd = ib < 0 ? 0 : b.starts[ib + 1];
        int[] flat = new int[2 * (iEnd - i + jEnd - j)];
        int n = 0;
        while (i < iEnd || j < jEnd) {
            boolean fromA = j >= jEnd || (i < iEnd && a.docs[i] <= b.docs[j]);
            boolean fromB = i >= iEnd || (j < jEnd && b.docs[j] <= a.docs[i]);
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

    /**
     * BM25 scores of every token of one field, given each document's tokens ({@code tokens}, a
     * term's number or a pair) and how a token is written ({@code name}). The statistics are those
     * of the Lucene index the indexer writes: one more document than the entries (the vocabulary
     * document, which has none of these fields), a document counts for a field when it has at
     * least one token there, and a document's norm is its token count encoded as Lucene encodes it.
     * Counted without an object per token: the occurrences are sorted by token, each token's
     * documents staying in document order (a counting sort), and read off run by run.
     */
    private static FieldScores field(String field, int documents, IntFunction<long[]> tokens, LongFunction<String> name,
                                     float boost) {
        long[][] ofDoc = IntStream.range(0, documents).parallel().mapToObj(tokens).toArray(long[][]::new);
        long[] norms = new long[documents];
        long docCount = 0;
        int occurrences = 0;
        for (int doc = 0; doc < documents; doc++) {
            int length = ofDoc[doc].length;
            if (length > 0) {
                docCount++;
                occurrences = Math.addExact(occurrences, length);
                norms[doc] = SmallFloat.intToByte4(length);
            }
        }
        if (docCount == 0) {
            return new FieldScores(new long[0], new int[]{0}, new int[0], new float[0]);
        }
        long[] keys = distinctSorted(ofDoc, occurrences);
        Occurrences grouped = Occurrences.byKey(ofDoc, keys, occurrences);
        int[] firstOccurrence = grouped.starts();
        int[] occurrenceDocs = grouped.docs();
        // Each token's documents (its document frequency), then its postings.
        int[] starts = new int[keys.length + 1];
        IntStream.range(0, keys.length).parallel().forEach(k -> {
            int docs = 0;
            for (int o = firstOccurrence[k]; o < firstOccurrence[k + 1]; o++) {
                if (o == firstOccurrence[k] || occurrenceDocs[o] != occurrenceDocs[o - 1]) {
                    docs++;
                }
            }
            starts[k + 1] = docs;
        });
        Arrays.parallelPrefix(starts, Integer::sum);
        CollectionStatistics collection = new CollectionStatistics(field, documents + 1L, docCount, occurrences,
                starts[keys.length]);
        // BM25 weighs a token by its document frequency only: tokens that share it share a scorer.
        Map<Integer, Similarity.SimScorer> scorers = new HashMap<>();
        for (int k = 0; k < keys.length; k++) {
            int df = starts[k + 1] - starts[k];
            if (!scorers.containsKey(df)) {
                TermStatistics token = new TermStatistics(new BytesRef(name.apply(keys[k])), df,
                        firstOccurrence[k + 1] - firstOccurrence[k]);
                scorers.put(df, SIMILARITY.scorer(boost, collection, token));
            }
        }
        int[] docs = new int[starts[keys.length]];
        float[] scores = new float[docs.length];
        IntStream.range(0, keys.length).parallel().forEach(k -> {
            Similarity.SimScorer scorer = scorers.get(starts[k + 1] - starts[k]);
            int p = starts[k];
            int o = firstOccurrence[k];
            while (o < firstOccurrence[k + 1]) {
                int doc = occurrenceDocs[o];
                int freq = 0;
                while (o < firstOccurrence[k + 1] && occurrenceDocs[o] == doc) {
                    freq++;
                    o++;
                }
                docs[p] = doc;
                scores[p++] = scorer.score(freq, norms[doc]);
            }
        });
        return new FieldScores(keys, starts, docs, scores);
    }

    /** The distinct tokens of all documents, sorted. */
    private static long[] distinctSorted(long[][] ofDoc, int occurrences) {
        long[] all = new long[occurrences];
        int n = 0;
        for (long[] doc : ofDoc) {
            System.arraycopy(doc, 0, all, n, doc.length);
            n += doc.length;
        }
        Arrays.parallelSort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return Arrays.copyOf(all, distinct);
    }

    /**
     * Every occurrence of a token, as the document it is in, grouped by token: the occurrences of
     * the token at {@code k} among the keys are {@code docs[starts[k]]} to {@code docs[starts[k + 1] - 1]},
     * in document order (a counting sort, which keeps the order the documents are read in).
     */
    private record Occurrences(int[] starts, int[] docs) {

        static Occurrences byKey(long[][] ofDoc, long[] keys, int occurrences) {
            int[][] indexesOfDoc = Arrays.stream(ofDoc).parallel().map(doc -> {
                int[] indexes = new int[doc.length];
                for (int i = 0; i < doc.length; i++) {
                    indexes[i] = Arrays.binarySearch(keys, doc[i]);
                }
                return indexes;
            }).toArray(int[][]::new);
            int[] starts = new int[keys.length + 1];
            for (int[] doc : indexesOfDoc) {
                for (int k : doc) {
                    starts[k + 1]++;
                }
            }
            Arrays.parallelPrefix(starts, Integer::sum);
            int[] next = Arrays.copyOf(starts, keys.length);
            int[] docs = new int[occurrences];
            for (int doc = 0; doc < indexesOfDoc.length; doc++) {
                for (int k : indexesOfDoc[doc]) {
                    docs[next[k]++] = doc;
                }
            }
            return new Occurrences(starts, docs);
        }
    }
}
