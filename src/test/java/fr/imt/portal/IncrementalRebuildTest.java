package fr.imt.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code serve} does after an edit (reload the content, render only the pages whose data
 * changed, rewrite only the search files whose bytes changed) must leave exactly the files a
 * full build writes. Each step edits the real content, rebuilds incrementally, then compares
 * every file of the preview with a fresh full build of the same sources.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalRebuildTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    static Path tmp;
    static Path source;
    static Path preview;
    static Preview site;
    static int pages;

    @BeforeAll
    static void fullBuild() {
        source = TestSites.real(tmp.resolve("site"));
        preview = tmp.resolve("preview");
        site = new Preview(() -> new SiteBuilder.Options(source, preview, TODAY));
        SiteBuilder.Report first = site.rebuild(false);
        assertTrue(first.published(), first.renderingErrors().toString());
        pages = first.pages();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    @Order(1)
    void anUnchangedSiteRendersNothing() {
        SiteBuilder.Report again = site.rebuild(true);
        assertTrue(again.published());
        assertEquals(0, again.rendered(), "every page's data equals the previous rebuild's");
        assertSameAsFullBuild("no-change");
    }

    @Test
    @Order(2)
    void anActionsNewStatusAndTextReachEveryPageThatShowsThem() {
        edit("content/hrs4r/actions/18.yaml", "status: planned", "status: in_progress");
        edit("content/hrs4r/actions/18.yaml", "Créer un guide bilingue", "Rédiger un guide bilingue");
        SiteBuilder.Report report = site.rebuild(true);
        assertTrue(report.published(), report.problems().errors().toString());
        assertTrue(report.rendered() > 0 && report.rendered() < pages / 5,
                "only the pages showing action 18 are rendered: " + report.rendered() + " of " + pages);
        assertSameAsFullBuild("action-18");
    }

    @Test
    @Order(3)
    void aPrinciplesMarkdownChangeIsRenderedAndIndexed() {
        Path gaps = source.resolve("content/hrs4r/principles/recruitment/gaps.en.md");
        write(gaps, read(gaps) + "\n\nA sentence with the word zanzibarisation for the search index.\n");
        SiteBuilder.Report report = site.rebuild(true);
        assertTrue(report.published());
        assertTrue(report.rendered() < pages / 5, report.rendered() + " of " + pages);
        assertSameAsFullBuild("recruitment-gaps");
    }

    @Test
    @Order(4)
    void aNewsPostAddedThenRemovedLeavesNoTrace() {
        Path post = source.resolve("content/news/2026-11-02-preview-test.en.md");
        write(post, "---\ndate: 2026-11-02\ntitle: \"A post written while previewing\"\n---\nIts text.\n");
        assertTrue(site.rebuild(true).published());
        assertSameAsFullBuild("news-added");
        delete(post);
        assertTrue(site.rebuild(true).published());
        assertSameAsFullBuild("news-removed");
    }

    @Test
    @Order(5)
    void aContentErrorKeepsThePreviewAndTheNextFixCatchesUp() {
        Map<String, byte[]> before = TestSites.files(preview);
        edit("content/hrs4r/actions/18.yaml", "status: in_progress", "status: finished");
        SiteBuilder.Report broken = site.rebuild(true);
        assertTrue(broken.problems().hasErrors());
        assertEquals(before.keySet(), TestSites.files(preview).keySet());
        edit("content/hrs4r/actions/18.yaml", "status: finished", "status: done");
        assertTrue(site.rebuild(true).published());
        assertSameAsFullBuild("after-error");
    }

    private static void assertSameAsFullBuild(String name) {
        Path full = tmp.resolve("full-" + name);
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, full, TODAY));
        assertTrue(report.published());
        TestSites.assertSameFiles(full, preview);
    }

    private static void edit(String file, String from, String to) {
        TestSites.edit(source.resolve(file), from, to);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        TestSites.write(file, text);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
