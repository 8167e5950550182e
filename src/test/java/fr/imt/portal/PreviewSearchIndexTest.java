package fr.imt.portal;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first rebuild of {@code serve} is a full build, whose Lucene index is written on another
 * core while the static search files are made, and goes on after the site is published. Its
 * folder was once staged and published with the site while the writer was still at work in it:
 * publishing failed (the preview stopped) or left an index the {@code search} command could not
 * open. The race depends on timing, so the build is repeated.
 */
class PreviewSearchIndexTest {

    @TempDir
    Path tmp;

    @RepeatedTest(10)
    void theFirstRebuildPublishesAWholeLuceneIndex() {
        Path source = TestSites.fixture("valid", tmp);
        Path out = tmp.resolve("preview");
        try (Preview preview = new Preview(() -> new SiteBuilder.Options(source, out, LocalDate.of(2026, 11, 20)))) {
            SiteBuilder.Report first = preview.rebuild(false);
            assertTrue(first.published(), first.renderingErrors().toString());
        }
        // Closed: the index written in the background is finished.
        CommandRun search = CommandRun.of("search", "--out", out.toString(), "--lang", "en", "fictional future");
        assertEquals(0, search.exitCode(), search.err());
        assertTrue(search.out().contains("Fictional future action"), search.out());
    }
}
