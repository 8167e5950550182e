package fr.imt.portal.search;


import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One language's analysed entries with their terms numbered: the terms sorted, a term's number
 * being its rank, and each entry's title and body as those numbers. The weights are counted on
 * numbers, and a pair of adjacent terms is one {@code long} (see {@link #pair}), so that the
 * millions of pairs of a large site cost no object each. Numbered in sorted order, the pairs sort
 * as their keys do: "a b" before "a c" before "ab c" (a space sorts before any character of a
 * term).
 */
record NumberedTerms(String[] terms, int[][] titles, int[][] bodies) {

    /** Numbers the terms of {@code docs}; the arrays are in the order of {@code docs}. */
    static NumberedTerms of(List<Analysed> docs) {
        Set<String> distinct = new HashSet<>();
        for (Analysed a : docs) {
            distinct.addAll(a.titleTerms());
            distinct.addAll(a.bodyTerms());
        }
        String[] terms = distinct.toArray(String[]::new);
        Arrays.sort(terms);
        Map<String, Integer> numbers = new HashMap<>((int) Math.ceil(terms.length / 0.75));
        for (int i = 0; i < terms.length; i++) {
            numbers.put(terms[i], i);
        }
        int[][] titles = docs.parallelStream().map(a -> numbered(a.titleTerms(), numbers)).toArray(int[][]::new);
        int[][] bodies = docs.parallelStream().map(a -> numbered(a.bodyTerms(), numbers)).toArray(int[][]::new);
        return new NumberedTerms(terms, titles, bodies);
    }

    private static int[] numbered(List<String> terms, Map<String, Integer> numbers) {
        int[] out = new int[terms.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = numbers.get(terms.get(i));
        }
        return out;
    }

    /** How many entries were numbered. */
    int documents() {
        return titles.length;
    }

    /** The term numbered {@code number}. */
    String term(int number) {
        return terms[number];
    }

    /** The number of {@code term}, or a negative number if no entry has it. */
    int number(String term) {
        return Arrays.binarySearch(terms, term);
    }

    /** Two adjacent terms as one value: the first's number in the high half, the second's in the low one. */
    static long pair(int first, int second) {
        return (long) first << 32 | second;
    }

    /** The number of a pair's first term. */
    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    /** The number of a pair's second term. */
    static int second(long pair) {
        return (int) pair;
    }

    /**
     * The pairs of adjacent terms of entry {@code doc}: those of its title, then those of its body
     * (none across the two), the same pairs {@link LuceneIndex.PairTokenStream} gives Lucene: the
     * weights are the scores of those tokens.
     */
    long[] pairs(int doc) {
        int[] title = titles[doc];
        int[] body = bodies[doc];
        long[] out = new long[Math.max(0, title.length - 1) + Math.max(0, body.length - 1)];
        int n = 0;
        for (int[] field : new int[][]{title, body}) {
            for (int i = 0; i + 1 < field.length; i++) {
                out[n++] = pair(field[i], field[i + 1]);
            }
        }
        return out;
    }
}
