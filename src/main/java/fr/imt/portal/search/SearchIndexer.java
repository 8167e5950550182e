package fr.imt.portal.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.imt.portal.model.Lang;
import fr.imt.portal.output.Overwriting;
import fr.imt.portal.site.Urls;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The index stage: analyses every {@link SearchEntry} of each language, writes the static index
 * the browser reads under {@code search/<lang>/} in the site (described in FORMAT.md next to this
 * class) and the Lucene index the {@code search} command queries (kept outside the published
 * site). An indexer kept between rebuilds (as {@code serve} does) re-analyses only the entries
 * that changed and rewrites only the static files whose bytes changed.
 */
public final class SearchIndexer {

    /** A shard is split by the next letter when its file would exceed this size. */
    static final int SHARD_BYTES = 6_000;
    static final int MAX_KEY = 6;
    static final int FORMAT_VERSION = 4;
    /** Small shards are stored a few to a file (see {@link #groupStarts}). */
    static final int GROUP_EVERY = 8;
    static final int GROUP_MAX = 16;
    /**
     * Passages are stored this many to a fragment file, so that the file a result needs is known
     * from the passage its excerpt comes from.
     */
    static final int CHUNK_PASSAGES = 2;
    /** A fragment file lists all its page's sections up to this many, else only those of its passages. */
    static final int LISTED_SECTIONS = 16;

    /** What was written for one language. */
    public record Stats(Lang lang, int documents, int surfaces, int terms, int shards) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the previous update of a language produced, for the next one to start from. */
    private record Previous(Map<IndexedPage, Analysed> analyses, Map<String, byte[]> files, List<IndexedPage> pages,
                            String synonyms) {}

    private final Map<Lang, Previous> previous = new EnumMap<>(Lang.class);
    /** Each language's words and the terms of its surface forms (and inflections): analysed once per indexer. */
    private final Map<Lang, Lexicon> lexicons = new EnumMap<>(Lang.class);

    private final boolean remember;

    /**
     * A fresh indexer: its first update writes everything. One that {@code remember}s keeps each
     * language's analyses and files for the next update (a preview); a build's does not, so its
     * memory goes once the index is written.
     */
    public SearchIndexer(boolean remember) {
        this.remember = remember;
    }

    /** The site-relative folder of a language's static index ("search/fr/"). */
    public static String folder(Lang lang) {
        return Urls.searchIndex(lang);
    }

    /**
     * Brings the indexes of {@code site} and {@code lucene} up to date with {@code corpus}, language
     * by language; in each, only changed entries are analysed again and only static
     * files whose bytes differ from the previous update's are written (or deleted). The Lucene
     * index of a language whose entries changed is rewritten through {@code luceneWriter} while
     * the static files are made; the update returns before it is written. A build must wait for
     * {@link Update#lucene()} before it publishes the folder (the writer still creates and deletes
     * files in it); {@code serve} lets a rebuild's index finish in the background.
     */
    public synchronized Update update(SearchCorpus corpus, Path site, Path lucene, Executor luceneWriter) {
        // A preview keeps both languages' analyses anyway: it does them side by side. A build does
        // one language after the other, each on every core, so that only one language's index is
        // in memory at a time.
        Stream<Lang> languages = Arrays.stream(Lang.values());
        List<Updated> updated = (remember ? languages.parallel() : languages).map(lang -> {
            try {
                return update(lang, corpus.language(lang), site, lucene.resolve(lang.code()), luceneWriter);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the search index for " + lang.code(), e);
            }
        }).toList();
        return new Update(updated.stream().map(Updated::stats).toList(),
                CompletableFuture.allOf(updated.stream().map(Updated::lucene).toArray(CompletableFuture[]::new)));
    }

    /**
     * What an update gave: each language's figures, and its Lucene indexes, done when they are
     * written (completed exceptionally if one could not be).
     */
    public record Update(List<Stats> stats, CompletableFuture<Void> lucene) {}

    /** What updating one language gave: its figures, and its Lucene index being written. */
    private record Updated(Stats stats, CompletableFuture<Void> lucene) {}

    private Updated update(Lang lang, SearchCorpus.Language corpus, Path site, Path luceneDir, Executor luceneWriter)
            throws IOException {
        Path out = site.resolve(folder(lang));
        List<SearchEntry> entries = corpus.entries();
        SearchAnalysis analysis = SearchAnalysis.of(lang);
        Previous before = previous(lang);
        Lexicon lexicon;
        synchronized (lexicons) {
            lexicon = lexicons.computeIfAbsent(lang, l -> new Lexicon(analysis));
        }
        Synonyms synonyms = Synonyms.parse(corpus.synonyms(), analysis);
        Map<IndexedPage, Analysed> known = corpus.synonyms().equals(before.synonyms()) ? before.analyses() : Map.of();
        // Each entry's text is its page as the build rendered it, read back from the site.
        List<IndexedPage> pages = entries.parallelStream().map(e -> new IndexedPage(e, PageText.read(site, e.path()))).toList();
        List<Analysed> analysed = pages.parallelStream().map(page -> {
            Analysed a = known.get(page);
            return a != null ? a : Analysed.of(page, lexicon, synonyms);
        }).toList();
        // The Lucene index starts from the analyses at once; only its last document, the
        // vocabulary, waits for the vocabulary and the shard keys.
        CompletableFuture<LuceneIndex.Vocabulary> luceneVocabulary = new CompletableFuture<>();
        CompletableFuture<Void> lucene = CompletableFuture.completedFuture(null);
        // New synonyms change the terms of unchanged pages.
        boolean rewritesLucene = !pages.equals(before.pages()) || !corpus.synonyms().equals(before.synonyms());
        if (rewritesLucene) {
            lucene = CompletableFuture.runAsync(() -> {
                try {
                    LuceneIndex.write(luceneDir, analysed, analysis, luceneVocabulary);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the Lucene index for " + lang.code(), e);
                }
            }, luceneWriter);
        }
        SortedMap<String, String> vocabulary;
        List<String> keys;
        NumberedTerms numbered;
        Map<String, int[]> postings;
        try {
            vocabulary = vocabulary(analysed, lexicon);
            numbered = NumberedTerms.of(analysed);
            postings = Bm25Weights.terms(numbered);
            // A term's postings hold each of its documents once: their count is its document frequency.
            keys = shardKeys(vocabulary, term -> {
                int[] flat = postings.get(term);
                return flat == null ? 0 : flat.length / 2;
            });
        } catch (RuntimeException | Error e) {
            // The Lucene writer must not wait for a vocabulary that will never come.
            luceneVocabulary.completeExceptionally(e);
            throw e;
        }
        if (rewritesLucene) {
            luceneVocabulary.complete(new LuceneIndex.Vocabulary(new ArrayList<>(vocabulary.keySet()), keys));
        }
        PairWeights pairs = Bm25Weights.pairs(numbered);
        Map<String, byte[]> files;
        if (remember) {
            files = new ConcurrentHashMap<>();
            staticFiles(lang, corpus, analysed, vocabulary, keys, postings, pairs, files::put);
            write(out, files, before.files());
        } else {
            // A build writes each file as soon as it is made: the index is never whole in memory.
            files = Map.of();
            for (String folder : List.of("s", "p", "l", "f")) {
                Files.createDirectories(out.resolve(folder));
            }
            staticFiles(lang, corpus, analysed, vocabulary, keys, postings, pairs, (path, bytes) -> {
                try {
                    Overwriting.write(out.resolve(path), bytes);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        if (remember) {
            Map<IndexedPage, Analysed> analyses = new HashMap<>();
            analysed.forEach(a -> analyses.put(a.page(), a));
            synchronized (previous) {
                previous.put(lang, new Previous(analyses, files, pages, corpus.synonyms()));
            }
        } else {
            synchronized (lexicons) {
                lexicons.remove(lang);
            }
        }
        return new Updated(new Stats(lang, entries.size(), vocabulary.size(), postings.size(), keys.size()), lucene);
    }

    private Previous previous(Lang lang) {
        synchronized (previous) {
            return previous.getOrDefault(lang, new Previous(Map.of(), Map.of(), List.of(), ""));
        }
    }

    /** Writes the files whose bytes changed and deletes those no longer produced. */
    private static void write(Path out, Map<String, byte[]> files, Map<String, byte[]> before) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!Arrays.equals(file.getValue(), before.get(file.getKey()))) {
                Path path = out.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                if (before.isEmpty()) {
                    Overwriting.write(path, file.getValue());
                } else {
                    // A browser reading the live preview never sees half a file.
                    Path temp = path.resolveSibling(path.getFileName() + ".tmp");
                    Files.write(temp, file.getValue());
                    Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        }
        for (String gone : before.keySet()) {
            if (!files.containsKey(gone)) {
                Files.deleteIfExists(out.resolve(gone));
            }
        }
    }

    /** Every surface form of the site, the inflections that reach the same term, and the stop words. */
    static SortedMap<String, String> vocabulary(List<Analysed> entries, Lexicon lexicon) {
        SearchAnalysis analysis = lexicon.analysis();
        Function<String, String> termOf = lexicon::termOf;
        Set<String> surfaces = new HashSet<>();
        for (Analysed e : entries) {
            surfaces.addAll(e.surfaces());
        }
        // Each form is analysed on its own (the analysers are thread-safe): on every core.
        SortedMap<String, String> vocabulary = new TreeMap<>();
        surfaces.parallelStream().map(s -> new String[]{s, termOf.apply(s)}).toList()
                .forEach(pair -> vocabulary.put(pair[0], pair[1]));
        Map<String, String> variants = new TreeMap<>();
        vocabulary.entrySet().parallelStream().filter(e -> e.getValue() != null).flatMap(e ->
                inflections(e.getKey(), analysis).stream()
                        .filter(v -> !vocabulary.containsKey(v) && e.getValue().equals(termOf.apply(v)))
                        .map(v -> new String[]{v, e.getValue()})).toList()
                .forEach(pair -> variants.put(pair[0], pair[1]));
        vocabulary.putAll(variants);
        for (String stop : analysis.stopWords()) {
            vocabulary.put(stop, null);
        }
        return vocabulary;
    }

    /**
     * Candidate forms of the word {@code s}: its base (without one of the language's endings) with
     * each ending. Only those Lucene's stemmer takes to the same term as {@code s} are kept, so
     * that a query may use a form the site does not ("recruter" where it says "recrutement").
     */
    private static List<String> inflections(String s, SearchAnalysis analysis) {
        List<String> out = new ArrayList<>();
        if (s.chars().anyMatch(Character::isDigit)) {
            return out;
        }
        List<String> endings = switch (analysis.lang()) {
            case FR -> FRENCH_ENDINGS;
            case EN -> ENGLISH_ENDINGS;
        };
        Set<String> bases = new TreeSet<>();
        bases.add(s);
        for (String ending : endings) {
            if (s.endsWith(ending) && s.length() > ending.length() + 2) {
                bases.add(s.substring(0, s.length() - ending.length()));
            }
        }
        for (String base : bases) {
            out.add(base);
            for (String ending : endings) {
                out.add(base + ending);
            }
        }
        return out;
    }

    private static final List<String> FRENCH_ENDINGS = List.of("s", "x", "e", "es", "er", "ee", "ees");
    private static final List<String> ENGLISH_ENDINGS = List.of("s", "es", "ed", "ing", "ly", "er");

    /** Splits the vocabulary into shards by prefix, going one letter deeper while a shard is too big. */
    static List<String> shardKeys(Map<String, String> vocabulary, ToIntFunction<String> df) {
        Map<String, List<String>> byFirst = new TreeMap<>();
        for (String s : vocabulary.keySet()) {
            byFirst.computeIfAbsent(s.substring(0, 1), k -> new ArrayList<>()).add(s);
        }
        // Each first letter is split on its own, on every core; the keys stay in order.
        return byFirst.entrySet().parallelStream().flatMap(letter -> {
            List<String> keys = new ArrayList<>();
            split(letter.getKey(), letter.getValue(), vocabulary, df, keys);
            return keys.stream();
        }).toList();
    }

    private static void split(String key, List<String> surfaces, Map<String, String> vocabulary,
                              ToIntFunction<String> df, List<String> keys) {
        // The file's size, roughly: each surface form, and each of its terms with its postings.
        long size = surfaces.stream().mapToLong(s -> s.length() + 8L).sum()
                + surfaces.stream().map(vocabulary::get).filter(Objects::nonNull).distinct()
                .mapToLong(t -> t.length() + 4L + 9L * df.applyAsInt(t)).sum();
        if (size <= SHARD_BYTES || key.length() >= MAX_KEY) {
            keys.add(key);
            return;
        }
        Map<String, List<String>> children = new TreeMap<>();
        List<String> here = new ArrayList<>();
        for (String s : surfaces) {
            if (s.length() == key.length()) {
                here.add(s);
            } else {
                children.computeIfAbsent(s.substring(0, key.length() + 1), k -> new ArrayList<>()).add(s);
            }
        }
        if (!here.isEmpty()) {
            keys.add(key);
        }
        children.forEach((child, list) -> split(child, list, vocabulary, df, keys));
    }

    static List<String> termsOf(DirectoryReader reader, String field) throws IOException {
        List<String> out = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return out;
        }
        TermsEnum it = terms.iterator();
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            out.add(t.utf8ToString());
        }
        return out;
    }

    /** The static index of one language, file by file (paths relative to its folder). */
    private static void staticFiles(Lang lang, SearchCorpus.Language corpus, List<Analysed> analysed,
                                    SortedMap<String, String> vocabulary, List<String> keys,
                                    Map<String, int[]> postings, PairWeights pairs,
                                    BiConsumer<String, byte[]> files) throws IOException {
        List<SearchEntry> entries = corpus.entries();
        Vocabulary vocab = new Vocabulary(vocabulary.keySet(), keys);
        // The vocabulary is sorted, so each shard's surface forms arrive in order.
        Map<String, Map<String, String>> shards = new HashMap<>();
        vocabulary.forEach((s, term) -> shards.computeIfAbsent(vocab.shardOf(s), k -> new LinkedHashMap<>()).put(s, term));
        // Two terms of a title, in its order: a query naming a page often has two of its words
        // (« recrutement des chercheurs »), whose top page is then rarely either word's own.
        Map<String, Set<String>> titleFollowers = new HashMap<>();
        for (Analysed a : analysed) {
            List<String> title = a.titleTerms();
            for (int i = 0; i < title.size(); i++) {
                for (int j = i + 1; j < title.size(); j++) {
                    if (!title.get(i).equals(title.get(j))) {
                        titleFollowers.computeIfAbsent(title.get(i), k -> new TreeSet<>()).add(title.get(j));
                    }
                }
            }
        }
        // Shards are independent: made on every core, then stored a few to a file (see GROUP_EVERY).
        List<ShardJson> made = keys.parallelStream().map(key -> {
            Map<String, String> shard = shards.getOrDefault(key, Map.of());
            List<String> termList = new ArrayList<>(new TreeSet<>(shard.values().stream().filter(Objects::nonNull).toList()));
            Map<String, Integer> termNumbers = new HashMap<>();
            termList.forEach(t -> termNumbers.put(t, termNumbers.size()));
            Map<String, Object> words = new LinkedHashMap<>();
            shard.forEach((s, term) -> words.put(s, term == null ? null : termNumbers.get(term)));
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("w", words);
            file.put("t", termList);
            file.put("p", termList.stream().map(t -> postings.getOrDefault(t, new int[0])).toList());
            file.put("q", termList.stream().map(t -> passages(t, postings.getOrDefault(t, new int[0]), analysed)).toList());
            // In the order of the pairs' keys: "a b" sorts before "ab c" (a space sorts before any
            // character of a term), so the terms in order, each with its pairs sorted, are in order.
            Map<String, int[]> pairFile = new LinkedHashMap<>();
            for (String term : termList) {
                pairs.forEachStartingWith(term, pairFile::put);
            }
            try {
                Map<String, int[]> leading = new LinkedHashMap<>();
                termList.forEach(t -> leading.put(t, postings.getOrDefault(t, new int[0])));
                for (String first : termList) {
                    for (String second : titleFollowers.getOrDefault(first, Set.of())) {
                        String pair = Ranking.pairKey(first, second);
                        leading.put(pair, together(postings.getOrDefault(first, new int[0]),
                                postings.getOrDefault(second, new int[0]), pairFile.get(pair)));
                    }
                }
                return new ShardJson(JSON.writeValueAsBytes(key), JSON.writeValueAsBytes(file),
                        pairFile.isEmpty() ? null : JSON.writeValueAsBytes(pairFile), leading);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
        List<Shown> shown = analysed.stream().map(Shown::of).toList();
        List<Integer> groupStarts = groupStarts(keys, made.stream().map(m -> m.memberBytes(m.shard())).toList(),
                made.stream().map(m -> m.memberBytes(m.pairs())).toList());
        StringBuilder groups = new StringBuilder();
        StringBuilder pairFiles = new StringBuilder();
        IntStream.range(0, groupStarts.size()).parallel().forEach(g -> {
            int from = groupStarts.get(g);
            int to = g + 1 < groupStarts.size() ? groupStarts.get(g + 1) : keys.size();
            List<ShardJson> group = made.subList(from, to);
            files.accept("s/" + keys.get(from) + ".json", object(group, ShardJson::shard));
            if (group.stream().anyMatch(m -> m.pairs() != null)) {
                files.accept("p/" + keys.get(from) + ".json", object(group, ShardJson::pairs));
            }
            try {
                Map<String, int[]> leading = new LinkedHashMap<>();
                group.forEach(m -> leading.putAll(m.leading()));
                files.accept("l/" + keys.get(from) + ".json", JSON.writeValueAsBytes(lead(leading, analysed, shown)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (int g = 0; g < groupStarts.size(); g++) {
            int to = g + 1 < groupStarts.size() ? groupStarts.get(g + 1) : keys.size();
            groups.append(Character.forDigit(to - groupStarts.get(g), Character.MAX_RADIX));
            pairFiles.append(made.subList(groupStarts.get(g), to).stream().anyMatch(m -> m.pairs() != null) ? '1' : '0');
        }
        List<String> types = entries.stream().map(SearchEntry::type).distinct().toList();
        List<String> pillars = corpus.pillars().stream().map(p -> p.get(0)).toList();
        StringBuilder typeOf = new StringBuilder();
        StringBuilder pillarOf = new StringBuilder();
        for (SearchEntry e : entries) {
            typeOf.append(Character.forDigit(types.indexOf(e.type()), Character.MAX_RADIX));
            pillarOf.append(e.pillar() == null ? '.' : Character.forDigit(pillars.indexOf(e.pillar()), Character.MAX_RADIX));
        }
        IntStream.range(0, entries.size()).parallel().forEach(i -> {
            Shown page = shown.get(i);
            List<String> passages = page.passages();
            try {
                // One file per chunk of passages, each with all a result shows besides its excerpt:
                // a result on screen costs one request, whichever passage it shows.
                for (int chunk = 0; chunk == 0 || chunk * CHUNK_PASSAGES < passages.size(); chunk++) {
                    int from = Math.min(chunk * CHUNK_PASSAGES, passages.size());
                    int to = Math.min((chunk + 1) * CHUNK_PASSAGES, passages.size());
                    files.accept("f/" + i + "-" + chunk + ".json", JSON.writeValueAsBytes(page.fragment(chunk, passages.subList(from, to))));
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("v", FORMAT_VERSION);
        meta.put("lang", lang.code());
        meta.put("n", entries.size());
        meta.put("types", types.stream().map(t -> List.of(t, corpus.typeLabels().get(t))).toList());
        meta.put("pillars", corpus.pillars());
        meta.put("dt", typeOf.toString());
        meta.put("dp", pillarOf.toString());
        meta.put("s", frontCoded(keys));
        meta.put("g", groups.toString());
        meta.put("p", pairFiles.toString());
        meta.put("elisions", SearchAnalysis.elisions(lang));
        meta.put("possessive", switch (lang) {
            case FR -> false;
            case EN -> true;
        });
        meta.put("prefixMin", QueryPlan.PREFIX_MIN);
        meta.put("typoMin", QueryPlan.TYPO_MIN);
        meta.put("maxWords", QueryPlan.MAX_WORDS);
        meta.put("related", QueryPlan.RELATED_MIN);
        meta.put("chunk", CHUNK_PASSAGES);
        // So that the client fetches a word's pair file beside its shard, not after it, except
        // for a stop word, which has no pair.
        meta.put("stop", String.join(" ", SearchAnalysis.of(lang).stopWords()));
        files.accept("meta.json", JSON.writeValueAsBytes(meta));
    }

    /**
     * Where the files of shards start, as indexes into the sorted {@code keys}, given each shard's
     * size and the size of its pairs as members of a file's object: at the first key, at a key whose hash is a multiple of
     * {@link #GROUP_EVERY}, after {@link #GROUP_MAX} keys, and where adding the shard would take
     * the file of shards or of pairs past {@link #SHARD_BYTES}. Only the sizes since the last
     * start by hash matter, so an edit moves at most the starts up to the next one.
     */
    static List<Integer> groupStarts(List<String> keys, List<Integer> shardBytes, List<Integer> pairBytes) {
        List<Integer> starts = new ArrayList<>();
        long shardsInFile = 1;
        long pairsInFile = 1;
        for (int i = 0; i < keys.size(); i++) {
            if (starts.isEmpty() || Math.floorMod(keys.get(i).hashCode(), GROUP_EVERY) == 0
                    || i - starts.get(starts.size() - 1) >= GROUP_MAX
                    || shardsInFile + shardBytes.get(i) > SHARD_BYTES || pairsInFile + pairBytes.get(i) > SHARD_BYTES) {
                starts.add(i);
                shardsInFile = 1;
                pairsInFile = 1;
            }
            shardsInFile += shardBytes.get(i);
            pairsInFile += pairBytes.get(i);
        }
        return starts;
    }

    /**
     * Sorted keys as one string, each written as the number of letters it shares with the key
     * before it (one digit: keys have at most {@link #MAX_KEY} letters) and its other letters,
     * separated by spaces: ["a", "ab", "ac"] is "0a 1b 1c".
     */
    static String frontCoded(List<String> keys) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        for (String key : keys) {
            int shared = 0;
            while (shared < previous.length() && shared < key.length() && previous.charAt(shared) == key.charAt(shared)) {
                shared++;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(shared).append(key, shared, key.length());
            previous = key;
        }
        return out.toString();
    }

    /**
     * What a result shows of a page, besides its type: title, link and badge of its entry, its
     * sections (anchor, heading, number of its first passage, number of passages) and its passages.
     */
    private record Shown(SearchEntry entry, List<List<Object>> sections, List<String> passages) {

        static Shown of(Analysed analysed) {
            List<List<Object>> sections = new ArrayList<>();
            List<String> passages = new ArrayList<>();
            for (PageText.Section section : analysed.page().sections()) {
                sections.add(List.of(section.anchor(), section.heading(), passages.size(), section.passages().size()));
                passages.addAll(section.passages());
            }
            return new Shown(analysed.entry(), sections, passages);
        }

        /** The fragment file of passages {@code chunk} (FORMAT.md), holding the passages {@code x}. */
        Map<String, Object> fragment(int chunk, List<String> x) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("t", entry.title());
            out.put("u", entry.url());
            if (entry.badge() != null) {
                out.put("b", List.of(entry.badge().kind(), entry.badge().key(), entry.badge().label()));
            }
            out.put("s", listed(chunk));
            out.put("x", x);
            return out;
        }

        /**
         * The sections the fragment file of passages {@code chunk} lists, those a result may link
         * to (with an anchor): all of them, or, on a page of many sections, only those of its
         * passages (the whole list in each of its hundreds of files would be most of the index).
         */
        List<List<Object>> listed(int chunk) {
            int from = Math.min(chunk * CHUNK_PASSAGES, passages.size());
            int to = Math.min((chunk + 1) * CHUNK_PASSAGES, passages.size());
            return sections.stream().filter(section -> !((String) section.get(0)).isEmpty()).filter(section -> {
                int first = (Integer) section.get(2);
                return sections.size() <= LISTED_SECTIONS || first < Math.max(to, from + 1) && first + (Integer) section.get(3) > from;
            }).toList();
        }
    }

    /**
     * The lead file of a file of shards, given the postings of its terms and of each of them with
     * a term that follows it in a title, together ({@code leading}, "term" or "first second", see
     * {@link #together}): for each, its top document (the highest weight, ties to the lower
     * number, as the ranking breaks them) with the passage a result shows for those words (the
     * first where the term occurs, or where both do, else where one does; 0 when only in the title),
     * as "doc-passage": the fragment file that holds that passage, with that passage only (its
     * place in the file kept), so that a query whose first result is one of these shows it
     * before any fragment comes, as its fragment would.
     */
    private static Map<String, Map<String, Object>> lead(Map<String, int[]> leading, List<Analysed> analysed,
                                                         List<Shown> shown) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        leading.forEach((terms, flat) -> {
            int top = -1;
            for (int i = 0; i < flat.length; i += 2) {
                if (top < 0 || flat[i + 1] > flat[top + 1]) {
                    top = i;
                }
            }
            if (top < 0) {
                return;
            }
            int doc = flat[top];
            int passage = passageShown(Arrays.stream(terms.split(" ")).map(analysed.get(doc)::passages).toList());
            out.computeIfAbsent(doc + "-" + passage, k -> {
                Shown page = shown.get(doc);
                List<String> x = new ArrayList<>();
                if (passage < page.passages().size()) {
                    x.addAll(Collections.nCopies(passage % CHUNK_PASSAGES, null));
                    x.add(page.passages().get(passage));
                }
                return page.fragment(passage / CHUNK_PASSAGES, x);
            });
        });
        return out;
    }

    /**
     * The weights of two words together, as a query of both ranks the pages that have both: each
     * word's weight, and their pair's where they are next to each other ({@code pair}, or null),
     * in flat (document, weight) postings by document.
     */
    private static int[] together(int[] first, int[] second, int[] pair) {
        Map<Integer, Integer> of = new TreeMap<>();
        Map<Integer, Integer> seconds = new HashMap<>();
        for (int i = 0; i < second.length; i += 2) {
            seconds.put(second[i], second[i + 1]);
        }
        for (int i = 0; i < first.length; i += 2) {
            Integer w = seconds.get(first[i]);
            if (w != null) {
                of.put(first[i], first[i + 1] + w);
            }
        }
        for (int i = 0; pair != null && i < pair.length; i += 2) {
            int bonus = pair[i + 1];
            of.computeIfPresent(pair[i], (doc, w) -> w + bonus);
        }
        return of.entrySet().stream().flatMapToInt(e -> IntStream.of(e.getKey(), e.getValue())).toArray();
    }

    /**
     * The passage a result shows for words found in the passages {@code where} (each word's, in
     * order), as the client chooses it: the first where the most of them are; 0 when none is.
     */
    private static int passageShown(List<int[]> where) {
        Map<Integer, Integer> words = new TreeMap<>();
        where.forEach(passages -> Arrays.stream(passages).distinct().forEach(p -> words.merge(p, 1, Integer::sum)));
        int best = 0;
        int most = 0;
        for (Map.Entry<Integer, Integer> e : words.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * One shard as JSON: its quoted key, its words and postings, its pairs (null: none); and the
     * postings its lead is made from (see {@link #lead}).
     */
    private record ShardJson(byte[] key, byte[] shard, byte[] pairs, Map<String, int[]> leading) {
        /** The size of {@code value} as a member of a file's object: key, colon, value, comma. */
        int memberBytes(byte[] value) {
            return value == null ? 0 : key.length + value.length + 2;
        }
    }

    /** The JSON object of a file: each shard's key with its {@code value}, when it has one. */
    private static byte[] object(List<ShardJson> shards, Function<ShardJson, byte[]> value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('{');
        boolean first = true;
        for (ShardJson shard : shards) {
            if (value.apply(shard) == null) {
                continue;
            }
            if (!first) {
                out.write(',');
            }
            first = false;
            out.writeBytes(shard.key());
            out.write(':');
            out.writeBytes(value.apply(shard));
        }
        out.write('}');
        return out.toByteArray();
    }

    /**
     * For each document of a term's flat postings, the passages of its page the term occurs in: one
     * number, a list of them, or an empty list when the term is only in the title.
     */
    private static List<Object> passages(String term, int[] postings, List<Analysed> analysed) {
        List<Object> out = new ArrayList<>(postings.length / 2);
        for (int i = 0; i < postings.length; i += 2) {
            int[] passages = analysed.get(postings[i]).passages(term);
            out.add(passages.length == 1 ? (Object) passages[0] : passages);
        }
        return out;
    }
}
