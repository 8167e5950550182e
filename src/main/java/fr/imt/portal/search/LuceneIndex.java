package fr.imt.portal.search;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The Lucene index of one language, which the {@code search} command queries. It holds the
 * analysed entries (documents 0…n-1, in the order of the static files) and, last, the
 * vocabulary document. Its statistics are the ones {@link Bm25Weights} scores with. It stores
 * what a result shows (key, type, filters, title, address), not the body text, which no query
 * reads back: storing it was a tenth of the writer's work.
 */
final class LuceneIndex {

    /**
     * Title, body and pairs: term frequencies and norms, which BM25 scores with, but no positions,
     * since no query looks at them (a phrase is scored through {@link Ranking#PAIRS}).
     */
    private static final FieldType SCORED = frozen(IndexOptions.DOCS_AND_FREQS, false);
    /** The vocabulary's surface forms are only ever listed, never scored. */
    private static final FieldType LISTED = frozen(IndexOptions.DOCS, true);

    private LuceneIndex() {}

    private static FieldType frozen(IndexOptions options, boolean omitNorms) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(options);
        type.setOmitNorms(omitNorms);
        type.freeze();
        return type;
    }

    /** The last document's contents: every surface form of the language, and the static index's shard keys. */
    record Vocabulary(List<String> surfaces, List<String> shardKeys) {}

    /**
     * Writes the index of {@code entries} into {@code folder}, replacing what it held. The entries
     * are indexed at once; the vocabulary document, last, waits for {@code vocabulary} (and the
     * index is not written if that fails).
     */
    static void write(Path folder, List<Analysed> entries, SearchAnalysis analysis,
                      Future<Vocabulary> vocabulary) throws IOException {
        Files.createDirectories(folder);
        PerFieldAnalyzerWrapper analyzer = new PerFieldAnalyzerWrapper(analysis.analyzer());
        // Never merged: a large site makes a few segments of up to the buffer's size, in order.
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(48).setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH)
                .setUseCompoundFile(false).setCommitOnClose(true).setMergePolicy(NoMergePolicy.INSTANCE);
        try (Directory dir = FSDirectory.open(folder)) {
            IndexWriter writer = new IndexWriter(dir, config);
            try {
                addEntries(writer, entries);
                // The vocabulary comes last, in a segment of its own: in the entries' segment every
                // document then has the text fields, so Lucene stores their norms densely.
                writer.flush();
                Vocabulary words = awaited(vocabulary);
                Document vocab = new Document();
                vocab.add(new Field(Ranking.SURFACE, new ListTokenStream(words.surfaces()), LISTED));
                vocab.add(new StoredField(Ranking.SHARDS, String.join(" ", words.shardKeys())));
                writer.addDocument(vocab);
            } catch (IOException | RuntimeException | Error e) {
                // Closing would commit an index without its vocabulary: drop what was added instead.
                try {
                    writer.rollback();
                } catch (IOException | RuntimeException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
            writer.close();
        }
    }

    private static void addEntries(IndexWriter writer, List<Analysed> entries) throws IOException {
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
            doc.add(new Field(Ranking.TITLE, new ListTokenStream(a.titleTerms()), SCORED));
            doc.add(new Field(Ranking.BODY, new ListTokenStream(a.bodyTerms()), SCORED));
            doc.add(new StoredField(Ranking.URL, e.url()));
            doc.add(new Field(Ranking.PAIRS, new PairTokenStream(a.titleTerms(), a.bodyTerms()), SCORED));
            writer.addDocument(doc);
        }
    }

    /**
     * The vocabulary once made. If it could not be, the index is not committed (the exception
     * leaves through {@link #write}) and the indexer reports why.
     */
    private static Vocabulary awaited(Future<Vocabulary> vocabulary) throws IOException {
        try {
            return vocabulary.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the vocabulary");
        } catch (ExecutionException e) {
            throw new IOException("the vocabulary could not be made", e.getCause());
        }
    }

    /** A token stream over ready-made tokens (terms, pairs, surface forms), one position each. */
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

    /**
     * A token stream over the pairs of adjacent terms ({@link Ranking#pairKey}) of a title, then
     * of a body (none across the two): made as they are indexed, never kept.
     */
    static final class PairTokenStream extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final List<List<String>> fields;
        private int field;
        private int next;

        PairTokenStream(List<String> title, List<String> body) {
            this.fields = List.of(title, body);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            field = 0;
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            while (field < fields.size() && next + 1 >= fields.get(field).size()) {
                field++;
                next = 0;
            }
            if (field == fields.size()) {
                return false;
            }
            List<String> terms = fields.get(field);
            clearAttributes();
            term.setEmpty().append(Ranking.pairKey(terms.get(next), terms.get(next + 1)));
            next++;
            return true;
        }
    }
}
