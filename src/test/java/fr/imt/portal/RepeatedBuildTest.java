package fr.imt.portal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Building again into the same output, as editors and CI do: each build writes over the files of
 * the site before the last one (kept as a spare beside the output) instead of creating them
 * again, and must still give exactly the files of a build into an empty folder, without any file
 * the content no longer produces. A build stopped by a content error keeps the spare for the next.
 */
class RepeatedBuildTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final String POST = "content/news/2026-11-02-repeated-build.en.md";
    private static final String PAGE = "en/news/2026-11-02-repeated-build/index.html";

    @TempDir
    static Path tmp;
    static Path source;
    static Path out;
    static long inodeBefore;
    static long inodeAfter;

    @BeforeAll
    static void buildFourTimesAndFailOnce() throws IOException {
        source = TestSites.real(tmp.resolve("site"));
        out = tmp.resolve("out").resolve("site");
        build(out);
        // Second build: a news post more (its page, and a line on the news and changes pages).
        TestSites.write(source.resolve(POST), "---\ndate: 2026-11-02\ntitle: \"A post of the second build\"\n---\nIts text.\n");
        build(out);
        assertTrue(Files.exists(out.resolve(PAGE)), PAGE);
        Files.writeString(out.resolve("stray.html"), "written by someone else");
        TestSites.write(out.resolve("stray/deeper/page.html"), "in folders no build makes");
        inodeBefore = inode(out.resolve("fr/index.html"));
        // Third build writes over the first build's files; fourth over the second's (with the post),
        // after a build that a content error stops, which must leave that spare as it found it.
        Files.delete(source.resolve(POST));
        Path action = source.resolve("content/hrs4r/actions/18.yaml");
        TestSites.edit(action, "status: planned", "status: in_progress");
        build(out);
        TestSites.edit(action, "status: in_progress", "status: in_progres");
        SiteBuilder.Report stopped = SiteBuilder.build(new SiteBuilder.Options(source, out, TODAY));
        assertTrue(stopped.problems().hasErrors() && !stopped.published(), "a misspelt status stops the build");
        TestSites.edit(action, "status: in_progres", "status: in_progress");
        build(out);
        inodeAfter = inode(out.resolve("fr/index.html"));
    }

    private static void build(Path output) {
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, output, TODAY));
        assertTrue(report.published(), report.renderingErrors().toString());
    }

    private static long inode(Path file) throws IOException {
        return ((Number) Files.getAttribute(file, "unix:ino")).longValue();
    }

    @Test
    void aBuildOverTheSpareGivesTheFilesOfABuildIntoAnEmptyFolder() {
        Path fresh = tmp.resolve("fresh");
        build(fresh);
        TestSites.assertSameFiles(fresh, out);
        List<String> expected = folders(fresh);
        List<String> actual = folders(out);
        assertEquals(List.of(), actual.stream().filter(f -> !expected.contains(f)).toList(), "folders left behind (empty)");
        assertEquals(List.of(), expected.stream().filter(f -> !actual.contains(f)).toList(), "folders missing");
    }

    private static List<String> folders(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void filesTheContentNoLongerProducesAreGone() {
        assertFalse(Files.exists(out.resolve(PAGE)), PAGE);
        assertFalse(Files.exists(out.resolve("stray.html")), "a file no build wrote does not survive two builds");
        assertFalse(Files.exists(out.resolve(PAGE).getParent()), "the post's folder goes with its page");
        assertFalse(Files.exists(out.resolve("stray")), "folders left empty go, and then the folders they leave empty");
    }

    @Test
    void theFilesOfTheSiteBeforeAreWrittenOverNotCreatedAgain() {
        assertEquals(inodeBefore, inodeAfter, "fr/index.html is the same file two builds later");
    }

    @Test
    void onlyTheSiteAndItsSpareAreLeftBesideIt() {
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of(".site.spare", "search-index", ".search-index.spare", "site").stream().sorted().toList(),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
