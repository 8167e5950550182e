package fr.imt.portal.search;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * The weights of every pair of adjacent terms of one language (see {@link Bm25Weights#pairs}):
 * the pairs sorted ({@code keys}, see {@link NumberedTerms#pair}) and for the pair at {@code k} its
 * flat (document, weight) list, {@code flat[starts[k]]} to {@code flat[starts[k + 1] - 1]}.
 */
record PairWeights(NumberedTerms terms, long[] keys, int[] starts, int[] flat) {

    /**
     * Each pair whose first term is {@code first}, in the order of the second term, with its flat
     * (document, weight) list: its key ("egalit femm") and weights, as the static index writes them.
     */
    void forEachStartingWith(String first, BiConsumer<String, int[]> action) {
        int number = terms.number(first);
        if (number < 0) {
            return;
        }
        for (int k = firstAtLeast(NumberedTerms.pair(number, 0)); k < keys.length && NumberedTerms.first(keys[k]) == number; k++) {
            action.accept(Ranking.pairKey(first, terms.term(NumberedTerms.second(keys[k]))),
                    Arrays.copyOfRange(flat, starts[k], starts[k + 1]));
        }
    }

    /** The index of the first key not below {@code key}. */
    private int firstAtLeast(long key) {
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? at : -at - 1;
    }
}
