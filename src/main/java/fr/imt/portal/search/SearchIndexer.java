package fr.imt.portal.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.imt.portal.model.Lang;
import fr.imt.portal.render.BakeContext;
import fr.imt.portal.render.Urls;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The index stage: indexes every {@link SearchEntry} of each language with Lucene (kept outside
 * the published site, for the {@code search} command), then writes the static index the browser
 * reads under {@code search/<lang>/} in the site. The static files are described in FORMAT.md
 * next to this class.
 */
public final class SearchIndexer {

    /** A shard is split by the next letter when its file would exceed this size. */
    static final int SHARD_BYTES = 6_000;
    static final int MAX_KEY = 6;
    static final int FORMAT_VERSION = 1;
    /** The longest text a fragment file holds for snippets. */
    static final int FRAGMENT_CHARS = 1_500;

    /** What was written for one language. */
    public record Stats(Lang lang, int documents, int surfaces, int terms, int shards) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndexer() {}

    /** The site-relative folder of a language's static index ("search/fr/"). */
    public static String folder(Lang lang) {
        return Urls.searchIndex(lang);
    }

    public static List<Stats> index(BakeContext context, Path site, Path lucene) {
        List<SearchSource> sources = SearchSource.all();
        // The two languages are independent: index them side by side.
        return java.util.Arrays.stream(Lang.values()).parallel().map(lang -> {
            List<SearchEntry> entries = new ArrayList<>();
            for (SearchSource source : sources) {
                entries.addAll(source.entries(context, lang));
            }
            try {
                return index(lang, entries, context, site.resolve(folder(lang)), lucene.resolve(lang.code()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the search index for " + lang.code(), e);
            }
        }).toList();
    }

    /** An entry's text analysed once: everything later stages need from it. */
    record Analysed(SearchEntry entry, List<String> titleTerms, List<String> bodyTerms, List<String> surfaces) {
        static Analysed of(SearchEntry e, SearchAnalysis analysis) {
            return new Analysed(e, analysis.terms(e.title()), analysis.terms(e.text()),
                    analysis.surfaces(e.title() + " " + e.text()));
        }
    }

    private static Stats index(Lang lang, List<SearchEntry> entries, BakeContext context, Path out, Path luceneDir)
            throws IOException {
        SearchAnalysis analysis = SearchAnalysis.of(lang);
        Files.createDirectories(luceneDir);
        List<Analysed> analysed = entries.stream().map(e -> Analysed.of(e, analysis)).toList();
        Map<String, String> vocabulary = vocabulary(analysed, analysis);
        Map<String, Integer> df = new java.util.HashMap<>();
        for (Analysed a : analysed) {
            Set<String> terms = new java.util.HashSet<>(a.titleTerms());
            terms.addAll(a.bodyTerms());
            terms.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        List<String> keys = shardKeys(vocabulary, df);
        try (Directory dir = FSDirectory.open(luceneDir)) {
            writeLucene(dir, analysed, analysis, vocabulary.keySet(), keys);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                LeafReader segment = reader.leaves().get(0).reader();
                Map<String, int[]> postings = postings(searcher, segment);
                Map<String, int[]> pairs = pairPostings(searcher, segment);
                writeStatic(lang, entries, context, out, vocabulary, keys, postings, pairs);
                return new Stats(lang, entries.size(), vocabulary.size(), postings.size(), keys.size());
            }
        }
    }

    /** Every surface form of the site, the inflections that reach the same term, and the stop words. */
    static Map<String, String> vocabulary(List<Analysed> entries, SearchAnalysis analysis) {
        Map<String, String> terms = new java.util.HashMap<>();
        Map<String, String> vocabulary = new TreeMap<>();
        for (Analysed e : entries) {
            for (String s : e.surfaces()) {
                vocabulary.computeIfAbsent(s, x -> terms.computeIfAbsent(x, analysis::term));
            }
        }
        Map<String, String> variants = new TreeMap<>();
        vocabulary.forEach((surface, term) -> {
            if (term == null) {
                return;
            }
            for (String v : inflections(surface, analysis)) {
                if (!vocabulary.containsKey(v) && term.equals(terms.computeIfAbsent(v, analysis::term))) {
                    variants.put(v, term);
                }
            }
        });
        vocabulary.putAll(variants);
        for (String stop : analysis.stopWords()) {
            vocabulary.put(stop, null);
        }
        return vocabulary;
    }

    private static List<String> inflections(String s, SearchAnalysis analysis) {
        List<String> out = new ArrayList<>();
        if (s.chars().anyMatch(Character::isDigit)) {
            return out;
        }
        String[] suffixes = analysis.lang() == Lang.FR
                ? new String[]{"s", "x", "e", "es"} : new String[]{"s", "es", "ed", "ing", "ly"};
        for (String suffix : suffixes) {
            out.add(s + suffix);
            if (s.endsWith(suffix) && s.length() > suffix.length() + 2) {
                out.add(s.substring(0, s.length() - suffix.length()));
            }
        }
        return out;
    }

    /** Splits the vocabulary into shards by prefix, going one letter deeper while a shard is too big. */
    static List<String> shardKeys(Map<String, String> vocabulary, Map<String, Integer> df) {
        List<String> keys = new ArrayList<>();
        Map<String, List<String>> byFirst = new TreeMap<>();
        for (String s : vocabulary.keySet()) {
            byFirst.computeIfAbsent(s.substring(0, 1), k -> new ArrayList<>()).add(s);
        }
        byFirst.forEach((key, surfaces) -> split(key, surfaces, vocabulary, df, keys));
        return keys;
    }

    private static void split(String key, List<String> surfaces, Map<String, String> vocabulary,
                              Map<String, Integer> df, List<String> keys) {
        // The file's size, roughly: each surface form, and each of its terms with its postings.
        long size = surfaces.stream().mapToLong(s -> s.length() + 8L).sum()
                + surfaces.stream().map(vocabulary::get).filter(java.util.Objects::nonNull).distinct()
                .mapToLong(t -> t.length() + 4L + 9L * df.getOrDefault(t, 0)).sum();
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

    private static void writeLucene(Directory dir, List<Analysed> entries, SearchAnalysis analysis,
                                    Set<String> surfaces, List<String> keys) throws IOException {
        PerFieldAnalyzerWrapper analyzer = new PerFieldAnalyzerWrapper(analysis.analyzer());
        // Written in one go: the whole index fits in the buffer, and nothing is ever merged.
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(256).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setUseCompoundFile(false).setCommitOnClose(true).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            List<Document> docs = new ArrayList<>();
            for (Analysed a : entries) {
                SearchEntry e = a.entry();
                Document doc = new Document();
                doc.add(new StringField(Ranking.KEY, e.key(), Field.Store.YES));
                doc.add(new StringField(Ranking.TYPE, e.type(), Field.Store.YES));
                if (e.pillar() != null) {
                    doc.add(new StringField(Ranking.PILLAR, e.pillar(), Field.Store.YES));
                }
                if (e.school() != null) {
                    doc.add(new StringField(Ranking.SCHOOL, e.school(), Field.Store.YES));
                }
                // The terms were computed once with the fields' analyzer: index them as they are.
                doc.add(new StoredField(Ranking.TITLE, e.title()));
                doc.add(new Field(Ranking.TITLE, new ListTokenStream(a.titleTerms()), TextField.TYPE_NOT_STORED));
                doc.add(new StoredField(Ranking.BODY, e.text()));
                doc.add(new Field(Ranking.BODY, new ListTokenStream(a.bodyTerms()), TextField.TYPE_NOT_STORED));
                doc.add(new StoredField(Ranking.URL, e.url()));
                List<String> pairs = new ArrayList<>();
                for (List<String> terms : List.of(a.titleTerms(), a.bodyTerms())) {
                    for (int i = 0; i + 1 < terms.size(); i++) {
                        pairs.add(Ranking.pairKey(terms.get(i), terms.get(i + 1)));
                    }
                }
                doc.add(new Field(Ranking.PAIRS, new ListTokenStream(pairs), TextField.TYPE_NOT_STORED));
                docs.add(doc);
            }
            writer.addDocuments(docs);
            // The vocabulary comes last, so entries keep the numbers 0…n-1 that the static files use,
            // and in a segment of its own: in the entries' segment every document then has the
            // fields, so Lucene stores their norms densely (sparse norms make flushing quadratic).
            writer.flush();
            Document vocab = new Document();
            vocab.add(new Field(Ranking.SURFACE, new ListTokenStream(new ArrayList<>(surfaces)), TextField.TYPE_NOT_STORED));
            vocab.add(new StoredField(Ranking.SHARDS, String.join(" ", keys)));
            writer.addDocument(vocab);
        }
    }

    /**
     * For each term of the title and body, the documents it scores in and their weights: the
     * scores of {@link Ranking#term}, title and body summed as Lucene's disjunction sums them.
     */
    private static Map<String, int[]> postings(IndexSearcher searcher, LeafReader reader) throws IOException {
        Map<String, FieldScores> title = fieldScores(searcher, reader, Ranking.TITLE, Ranking.TITLE_BOOST);
        Map<String, FieldScores> body = fieldScores(searcher, reader, Ranking.BODY, 1f);
        Set<String> terms = new TreeSet<>(title.keySet());
        terms.addAll(body.keySet());
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String term : terms) {
            out.put(term, FieldScores.sum(title.get(term), body.get(term)));
        }
        return out;
    }

    /** For each pair of adjacent terms, the documents it scores in (the scores of {@link Ranking#pair}). */
    private static Map<String, int[]> pairPostings(IndexSearcher searcher, LeafReader reader) throws IOException {
        Map<String, int[]> out = new TreeMap<>();
        fieldScores(searcher, reader, Ranking.PAIRS, Ranking.PAIR_BOOST)
                .forEach((pair, scores) -> out.put(pair, FieldScores.sum(scores, null)));
        return out;
    }

    /** The documents of one term in one field, in document order, with their scores. */
    private record FieldScores(int[] docs, float[] scores) {

        private static final FieldScores NONE = new FieldScores(new int[0], new float[0]);

        /**
         * Two fields' scores merged by document as flat (document, weight) pairs: summed in
         * double and rounded to float once, as Lucene's disjunction sums its clauses.
         */
        static int[] sum(FieldScores a, FieldScores b) {
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
            return java.util.Arrays.copyOf(flat, n);
        }
    }

    /**
     * The BM25 scores of every term of a field, read in one pass over its terms and postings
     * with the searcher's own similarity: what a TermQuery with this boost scores, without
     * running one query per term (which costs the whole index for every term).
     */
    private static Map<String, FieldScores> fieldScores(IndexSearcher searcher, LeafReader reader, String field, float boost)
            throws IOException {
        Map<String, FieldScores> out = new java.util.HashMap<>();
        Terms terms = reader.terms(field);
        if (terms == null) {
            return out;
        }
        long[] norms = new long[reader.maxDoc()];
        java.util.Arrays.fill(norms, 1L);
        NumericDocValues normValues = reader.getNormValues(field);
        if (normValues != null) {
            for (int doc = normValues.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = normValues.nextDoc()) {
                norms[doc] = normValues.longValue();
            }
        }
        CollectionStatistics collection = searcher.collectionStatistics(field);
        Similarity similarity = searcher.getSimilarity();
        TermsEnum it = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = it.next(); term != null; term = it.next()) {
            TermStatistics stats = searcher.termStatistics(new org.apache.lucene.index.Term(field, term),
                    it.docFreq(), it.totalTermFreq());
            Similarity.SimScorer scorer = similarity.scorer(boost, collection, stats);
            postings = it.postings(postings, PostingsEnum.FREQS);
            int[] docs = new int[it.docFreq()];
            float[] scores = new float[docs.length];
            int n = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[n] = doc;
                scores[n++] = scorer.score(postings.freq(), norms[doc]);
            }
            out.put(term.utf8ToString(), new FieldScores(docs, scores));
        }
        return out;
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

    private static void writeStatic(Lang lang, List<SearchEntry> entries, BakeContext context, Path out,
                                    Map<String, String> vocabulary, List<String> keys,
                                    Map<String, int[]> postings, Map<String, int[]> pairs) throws IOException {
        Files.createDirectories(out.resolve("s"));
        Files.createDirectories(out.resolve("p"));
        Files.createDirectories(out.resolve("f"));
        Vocabulary vocab = new Vocabulary(vocabulary.keySet(), keys);
        Map<String, Map<String, String>> shards = new TreeMap<>();
        vocabulary.forEach((s, term) -> shards.computeIfAbsent(vocab.shardOf(s), k -> new TreeMap<>()).put(s, term));
        Map<String, List<String>> pairsByFirst = new TreeMap<>();
        pairs.keySet().forEach(p -> pairsByFirst.computeIfAbsent(p.substring(0, p.indexOf(' ')), k -> new ArrayList<>()).add(p));
        List<String> pairKeys = new ArrayList<>();
        for (var shard : shards.entrySet()) {
            List<String> termList = new ArrayList<>(new TreeSet<>(shard.getValue().values().stream()
                    .filter(java.util.Objects::nonNull).toList()));
            Map<String, Integer> termNumbers = new java.util.HashMap<>();
            termList.forEach(t -> termNumbers.put(t, termNumbers.size()));
            Map<String, Object> words = new LinkedHashMap<>();
            shard.getValue().forEach((s, term) -> words.put(s, term == null ? null : termNumbers.get(term)));
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("w", words);
            file.put("t", termList);
            file.put("p", termList.stream().map(t -> postings.getOrDefault(t, new int[0])).toList());
            JSON.writeValue(out.resolve("s").resolve(shard.getKey() + ".json").toFile(), file);
            Map<String, int[]> pairFile = new TreeMap<>();
            for (String term : termList) {
                for (String pair : pairsByFirst.getOrDefault(term, List.of())) {
                    pairFile.put(pair, pairs.get(pair));
                }
            }
            if (!pairFile.isEmpty()) {
                JSON.writeValue(out.resolve("p").resolve(shard.getKey() + ".json").toFile(), pairFile);
                pairKeys.add(shard.getKey());
            }
        }
        List<String> types = entries.stream().map(SearchEntry::type).distinct().toList();
        var pillarsInOrder = context.portal().hrs4r().pillars();
        List<String> pillars = pillarsInOrder.stream().map(p -> p.id().value()).toList();
        List<Integer> table = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            SearchEntry e = entries.get(i);
            table.add(types.indexOf(e.type()));
            table.add(e.pillar() == null ? -1 : pillars.indexOf(e.pillar()));
            Map<String, Object> fragment = new LinkedHashMap<>();
            fragment.put("k", e.key());
            fragment.put("t", e.title());
            fragment.put("u", e.url());
            fragment.put("b", e.badge() == null ? null : List.of(e.badge().kind(), e.badge().key(), e.badge().label()));
            fragment.put("x", excerpt(e.text()));
            JSON.writeValue(out.resolve("f").resolve(i + ".json").toFile(), fragment);
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("v", FORMAT_VERSION);
        meta.put("lang", lang.code());
        meta.put("n", entries.size());
        meta.put("types", types.stream().map(t -> List.of(t, context.messages().get(lang, "search.type." + t))).toList());
        meta.put("pillars", pillarsInOrder.stream().map(p -> List.of(p.id().value(),
                context.messages().get(lang, "pillar") + " " + p.number() + " – " + p.title().in(lang))).toList());
        meta.put("d", table);
        meta.put("s", keys);
        meta.put("p", pairKeys);
        meta.put("elisions", lang == Lang.FR ? SearchAnalysis.FRENCH_ELISIONS : List.of());
        meta.put("possessive", lang == Lang.EN);
        meta.put("prefixMin", QueryPlan.PREFIX_MIN);
        meta.put("typoMin", QueryPlan.TYPO_MIN);
        JSON.writeValue(out.resolve("meta.json").toFile(), meta);
    }

    /**
     * The text a result's snippet is cut from: the whole text when short, else its beginning up
     * to a word boundary, so that showing ten results never downloads whole long pages.
     */
    static String excerpt(String text) {
        if (text.length() <= FRAGMENT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FRAGMENT_CHARS);
        return text.substring(0, cut > 0 ? cut : FRAGMENT_CHARS) + " …";
    }

    /** A token stream over ready-made tokens (pairs, surface forms), one position each. */
    static final class ListTokenStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<String> tokens;
        private Iterator<String> it;

        ListTokenStream(List<String> tokens) {
            this.tokens = tokens;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            it = tokens.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!it.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(it.next());
            return true;
        }
    }
}
