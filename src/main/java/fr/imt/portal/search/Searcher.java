package fr.imt.portal.search;

import fr.imt.portal.model.Lang;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Searches the Lucene index of the last build, for editors (the {@code search} command) and for
 * tests. It ranks exactly as the browser client does (see {@link QueryPlan}).
 */
public final class Searcher implements AutoCloseable {

    /** One ranked result. */
    public record Hit(int doc, String key, String type, String title, String url, String pillar, float score) {}

    private final Lang lang;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Vocabulary vocabulary;

    private Searcher(Lang lang, Path dir) throws IOException {
        this.lang = lang;
        this.directory = FSDirectory.open(dir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        Document vocab = reader.storedFields().document(reader.maxDoc() - 1);
        this.vocabulary = new Vocabulary(SearchIndexer.termsOf(reader, Ranking.SURFACE),
                Arrays.asList(vocab.get(Ranking.SHARDS).split(" ")));
    }

    /** Opens the index of one language under the folder a build wrote ({@code target/search-index}). */
    public static Searcher open(Path indexRoot, Lang lang) {
        Path dir = indexRoot.resolve(lang.code());
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no search index at " + dir + ": build the site first");
        }
        try {
            return new Searcher(lang, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index at " + dir, e);
        }
    }

    /** The best {@code limit} results, best first; ties go to the entry indexed first. */
    public List<Hit> search(String query, int limit) {
        QueryPlan plan = QueryPlan.of(query, SearchAnalysis.of(lang), vocabulary);
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(plan.toLucene(), limit).scoreDocs) {
                Document d = reader.storedFields().document(sd.doc);
                hits.add(new Hit(sd.doc, d.get(Ranking.KEY), d.get(Ranking.TYPE), d.get(Ranking.TITLE),
                        d.get(Ranking.URL), d.get(Ranking.PILLAR), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
