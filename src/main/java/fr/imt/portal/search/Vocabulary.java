package fr.imt.portal.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The surface forms the search knows in one language (every word of the site once folded, the
 * inflections of those words that lead to the same term, and the stop words), with the shard
 * keys that split them into files. A surface form belongs to the shard of the longest key it
 * starts with. The browser holds the same sets, shard by shard.
 */
final class Vocabulary {

    private final NavigableSet<String> surfaces;
    private final NavigableSet<String> keys;
    /** The keys again, for {@link #shardOf}, which looks up a few prefixes of every form. */
    private final Set<String> keyLookup;
    private final int longestKey;

    Vocabulary(Collection<String> surfaces, Collection<String> keys) {
        this.surfaces = new TreeSet<>(surfaces);
        this.keys = new TreeSet<>(keys);
        this.keyLookup = new HashSet<>(keys);
        this.longestKey = keys.stream().mapToInt(String::length).max().orElse(0);
    }

    boolean contains(String surface) {
        return surfaces.contains(surface);
    }

    NavigableSet<String> surfaces() {
        return surfaces;
    }

    NavigableSet<String> keys() {
        return keys;
    }

    /** The shard a surface form is (or would be) in: the longest key it starts with, or null. */
    String shardOf(String surface) {
        for (int n = Math.min(surface.length(), longestKey); n > 0; n--) {
            String prefix = surface.substring(0, n);
            if (keyLookup.contains(prefix)) {
                return prefix;
            }
        }
        return null;
    }

    List<String> withPrefix(String prefix) {
        List<String> out = new ArrayList<>();
        for (String s : surfaces.tailSet(prefix, true)) {
            if (!s.startsWith(prefix)) {
                break;
            }
            out.add(s);
        }
        return out;
    }

    /** The forms of shard {@code key} (none for null). */
    List<String> ofShard(String key) {
        if (key == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : withPrefix(key)) {
            if (key.equals(shardOf(s))) {
                out.add(s);
            }
        }
        return out;
    }

    /** The forms within one edit (insertion, deletion, substitution or swap of neighbours) in the same shard. */
    List<String> neighbours(String word) {
        List<String> out = new ArrayList<>();
        for (String s : ofShard(shardOf(word))) {
            if (withinOneEdit(word, s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Optimal string alignment distance at most 1, as the browser computes it. */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
