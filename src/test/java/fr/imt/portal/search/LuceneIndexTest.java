package fr.imt.portal.search;

import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The Lucene index is written while the vocabulary is still being made: its entries at once, its
 * vocabulary document once the vocabulary comes, and nothing at all when the vocabulary fails.
 */
class LuceneIndexTest {

    @TempDir
    Path tmp;

    private static final SearchAnalysis ENGLISH = SearchAnalysis.of(Lang.EN);

    private static List<Analysed> entries(String... titles) {
        Lexicon lexicon = new Lexicon(ENGLISH);
        return Arrays.stream(titles).map(title -> Analysed.of(new IndexedPage(new SearchEntry(
                "page-" + title.length(), "page", title, "en/" + title.length() + "/", "/en/" + title.length() + "/",
                null, null, null), List.of(new PageText.Section("", "", List.of(title + " in more words")))),
                lexicon, Synonyms.NONE)).toList();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void theVocabularyMadeLaterIsTheLastDocument() throws Exception {
        CompletableFuture<LuceneIndex.Vocabulary> vocabulary = new CompletableFuture<>();
        CompletableFuture<Void> written = CompletableFuture.runAsync(() -> {
            try {
                LuceneIndex.write(tmp.resolve("en"), entries("Gender equality", "Open recruitment"), ENGLISH, vocabulary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(written.isDone(), "the index was committed before its vocabulary was made");
        vocabulary.complete(new LuceneIndex.Vocabulary(List.of("equality", "gender", "open", "recruitment"),
                List.of("e", "g", "o", "r")));
        written.get();
        try (Searcher searcher = Searcher.open(tmp, Lang.EN)) {
            List<Searcher.Hit> hits = searcher.search("recruitment", 10);
            assertEquals(List.of("Open recruitment"), hits.stream().map(Searcher.Hit::title).toList());
        }
    }

    @Test
    void aVocabularyThatFailsLeavesThePreviousIndex() throws Exception {
        Path folder = tmp.resolve("en");
        LuceneIndex.write(folder, entries("Gender equality"), ENGLISH, CompletableFuture.completedFuture(
                new LuceneIndex.Vocabulary(List.of("equality", "gender"), List.of("e", "g"))));

        IOException failure = assertThrows(IOException.class, () -> LuceneIndex.write(folder,
                entries("Open recruitment", "Career development"), ENGLISH,
                CompletableFuture.failedFuture(new IllegalStateException("no vocabulary"))));
        assertEquals("no vocabulary", failure.getCause().getMessage());

        try (Searcher searcher = Searcher.open(tmp, Lang.EN)) {
            assertEquals(List.of("Gender equality"), searcher.search("equality", 10).stream().map(Searcher.Hit::title).toList());
            assertEquals(List.of(), searcher.search("recruitment", 10));
        }
    }
}
