package fr.imt.portal.bench;


import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a real text into the text of one synthetic copy: same length, same Markdown structure,
 * its sentences shuffled within each paragraph and about one word in eight replaced by a
 * pseudo-word of the same language. The pseudo-words come from a pool that grows with the square
 * root of the scale (Heaps' law with β = 0.5, usual for natural text), so a site at 100 times the
 * content has a search vocabulary about ten times larger than the real one, not a hundred times
 * the same words. Deterministic: the same copy, key and seed always give the same text.
 */
final class Variation {

    /** Markdown line prefixes kept in place: headings, list bullets and numbers, quotes. */
    private static final Pattern PREFIX = Pattern.compile("^(\\s*(?:(?:#{1,6}|[-*+>]|\\d{1,3}[.)])\\s+)*)");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}«\"(*])");
    private static final Pattern CHUNK = Pattern.compile("\\S+");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private static final double REPLACED = 0.12;

    private static final String[] FR_SYLLABLES = syllables("bcdfglmnprstv", "aeioué");
    private static final String[] EN_SYLLABLES = syllables("bcdfghklmnprstvw", "aeiou");
    private static final String[] FR_ENDINGS = {"", "tion", "ment", "eur", "ique", "ance", "age", "oire", "ité", "al"};
    private static final String[] EN_ENDINGS = {"", "tion", "ment", "ness", "ity", "ing", "er", "al", "ous", "ship"};

    private final int copy;
    private final long seed;
    private final int frPool;
    private final int enPool;

    /**
     * @param copy   the copy number (1 and up: copy 0 is the real content, never varied)
     * @param seed   the generator's seed
     * @param frPool how many French pseudo-words the whole synthetic site may use
     * @param enPool how many English ones
     */
    Variation(int copy, long seed, int frPool, int enPool) {
        this.copy = copy;
        this.seed = seed;
        this.frPool = Math.max(1, frPool);
        this.enPool = Math.max(1, enPool);
    }

    /**
     * The varied text of {@code text} in {@code lang} ("fr" or "en"). {@code key} names the text
     * (entity and field) so each text gets its own random sequence; {@code force} guarantees that
     * a short text such as a title or a name changes in at least one word.
     */
    String vary(String text, String lang, String key, boolean force) {
        SplittableRandom rng = new SplittableRandom(seed * 1_000_003L + copy * 7_919L + key.hashCode() * 31L + lang.hashCode());
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int[] replaced = {0};
        List<String> bodies = new ArrayList<>(lines.length);
        List<String> prefixes = new ArrayList<>(lines.length);
        for (String line : lines) {
            String prefix = "";
            String body = line;
            boolean table = line.stripLeading().startsWith("|");
            if (!table && !line.isBlank()) {
                Matcher m = PREFIX.matcher(line);
                if (m.find()) {
                    prefix = m.group(1);
                    body = line.substring(prefix.length());
                }
                List<String> sentences = new ArrayList<>(List.of(SENTENCE_BREAK.split(body)));
                if (sentences.size() > 1) {
                    shuffle(sentences, rng);
                    body = String.join(" ", sentences);
                }
            }
            prefixes.add(prefix);
            bodies.add(body);
        }
        List<String> varied = new ArrayList<>(bodies.size());
        for (String body : bodies) {
            varied.add(replaceWords(body, lang, rng, REPLACED, replaced));
        }
        if (force && replaced[0] == 0) {
            forceOne(bodies, varied, lang, rng);
        }
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(prefixes.get(i)).append(varied.get(i));
        }
        return out.toString();
    }

    /** Replaces one eligible word chosen at random, when chance replaced none. */
    private void forceOne(List<String> bodies, List<String> varied, String lang, SplittableRandom rng) {
        int eligible = 0;
        for (String body : bodies) {
            eligible += countEligible(body);
        }
        if (eligible <= 2) {
            // A name of one or two words ("Recrutement", "EURECOM") keeps them and gains a word.
            int last = varied.size() - 1;
            String word = pseudoWord("x", lang, rng);
            varied.set(last, varied.get(last).isBlank() ? word : varied.get(last) + " " + word);
            return;
        }
        int target = rng.nextInt(eligible);
        for (int i = 0; i < bodies.size(); i++) {
            int here = countEligible(bodies.get(i));
            if (target < here) {
                varied.set(i, replaceNth(bodies.get(i), target, lang, rng));
                return;
            }
            target -= here;
        }
    }

    private String replaceWords(String body, String lang, SplittableRandom rng, double rate, int[] replaced) {
        return eachWord(body, word -> {
            if (!acronym(word) && rng.nextDouble() < rate) {
                replaced[0]++;
                return pseudoWord(word, lang, rng);
            }
            return word;
        });
    }

    private String replaceNth(String body, int n, String lang, SplittableRandom rng) {
        int[] seen = {0};
        return eachWord(body, word -> {
            if (acronym(word)) {
                return word;
            }
            return seen[0]++ == n ? pseudoWord(word, lang, rng) : word;
        });
    }

    private static int countEligible(String body) {
        int[] count = {0};
        eachWord(body, word -> {
            if (!acronym(word)) {
                count[0]++;
            }
            return word;
        });
        return count[0];
    }

    /**
     * {@code body} with each word outside protected chunks (see {@link #protectedChunk}) replaced
     * by what {@code replace} gives for it, the words visited in order.
     */
    private static String eachWord(String body, UnaryOperator<String> replace) {
        StringBuilder out = new StringBuilder(body.length() + 8);
        Matcher chunks = CHUNK.matcher(body);
        int last = 0;
        while (chunks.find()) {
            out.append(body, last, chunks.start());
            String chunk = chunks.group();
            if (protectedChunk(chunk)) {
                out.append(chunk);
            } else {
                Matcher words = WORD.matcher(chunk);
                int at = 0;
                while (words.find()) {
                    out.append(chunk, at, words.start()).append(replace.apply(words.group()));
                    at = words.end();
                }
                out.append(chunk, at, chunk.length());
            }
            last = chunks.end();
        }
        out.append(body, last, body.length());
        return out.toString();
    }

    /** Links, e-mail addresses, placeholders and markup are left alone so they stay valid. */
    private static boolean protectedChunk(String chunk) {
        return chunk.contains("://") || chunk.contains("{{") || chunk.contains("}}") || chunk.contains("](")
                || chunk.contains("@") || chunk.contains("<") || chunk.contains("{lang=");
    }

    private static boolean acronym(String word) {
        return word.chars().allMatch(Character::isUpperCase);
    }

    /**
     * A pseudo-word from the pool, frequent ones first: the square of a uniform draw gives the
     * few-frequent, many-rare distribution of real vocabularies.
     */
    private String pseudoWord(String original, String lang, SplittableRandom rng) {
        double u = rng.nextDouble();
        int pool = "fr".equals(lang) ? frPool : enPool;
        String word = word(lang, (int) (pool * u * u));
        return Character.isUpperCase(original.charAt(0))
                ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    /** Pseudo-word number {@code index} of a language: two or more syllables and a usual ending. */
    static String word(String lang, int index) {
        boolean fr = "fr".equals(lang);
        String[] syllables = fr ? FR_SYLLABLES : EN_SYLLABLES;
        String[] endings = fr ? FR_ENDINGS : EN_ENDINGS;
        StringBuilder word = new StringBuilder(12);
        long n = (long) index + syllables.length;
        while (n > 0) {
            word.append(syllables[(int) (n % syllables.length)]);
            n /= syllables.length;
        }
        return word.append(endings[index % endings.length]).toString();
    }

    private static String[] syllables(String consonants, String vowels) {
        String[] all = new String[consonants.length() * vowels.length()];
        int i = 0;
        for (char c : consonants.toCharArray()) {
            for (char v : vowels.toCharArray()) {
                all[i++] = "" + c + v;
            }
        }
        return all;
    }

    private static void shuffle(List<String> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.nextInt(i + 1));
        }
    }
}
