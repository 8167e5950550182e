package fr.imt.portal.progress;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every page says when its content last changed: from the content's git history in a git
 * checkout (commits made here at chosen dates), from the files' own dates otherwise, and from
 * the file's date for a file with uncommitted changes.
 */
class LastUpdatedTest {

    @TempDir
    Path tmp;

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    /** The page's "last updated" date: the ISO date and the words shown. */
    private static List<String> updated(Path site, String path) throws IOException {
        Element time = page(site, path).selectFirst("main .last-updated time");
        assertTrue(time != null, "no last-updated date on " + path);
        return List.of(time.attr("datetime"), time.parent().text().replace('\u00a0', ' '));
    }

    private static Path build(Path source, Path out) {
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, out, ProgressSites.TODAY));
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
        return out;
    }

    private static void touch(Path file, String instant) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(instant)));
    }

    private static void git(Path repo, String date, String... args) throws IOException, InterruptedException {
        String[] command = Stream.concat(Stream.of("git", "-c", "user.name=Editor", "-c", "user.email=editor@example.org",
                "-c", "commit.gpgsign=false"), Stream.of(args)).toArray(String[]::new);
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        if (date != null) {
            pb.environment().putAll(Map.of("GIT_COMMITTER_DATE", date, "GIT_AUTHOR_DATE", date));
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + output);
    }

    private static boolean gitAvailable() {
        try {
            return new ProcessBuilder("git", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    @Test
    void datesComeFromTheLatestCommitOfEachFileAndFromTheFileWhenUncommitted() throws Exception {
        assumeTrue(gitAvailable(), "git is not installed");
        Path repo = ProgressSites.fixture(tmp);
        Path content = repo.resolve("content");
        git(repo, null, "init", "-q");
        git(repo, null, "add", ".");
        git(repo, "2025-01-10T10:00:00+01:00", "commit", "-q", "-m", "all the content");
        append(content.resolve("hrs4r/actions/02.yaml"), "# edited\n");
        git(repo, "2025-03-05T12:00:00+01:00", "commit", "-q", "-am", "action 2");
        append(content.resolve("news/2025-06-01-guide.en.md"), "\nA fixed English sentence.\n");
        git(repo, "2025-04-01T09:00:00+02:00", "commit", "-q", "-am", "English news post");
        append(content.resolve("hrs4r/actions/03.yaml"), "# edited late in the evening (UTC), already the next day in Paris\n");
        git(repo, "2025-05-31T23:30:00+00:00", "commit", "-q", "-am", "action 3");
        // Not committed: an edited file and a new one take their files' dates.
        append(content.resolve("hrs4r/actions/01.yaml"), "# being edited\n");
        touch(content.resolve("hrs4r/actions/01.yaml"), "2025-08-15T12:00:00Z");
        Path draft = content.resolve("news/2025-09-01-nouvelle.fr.md");
        TestSites.write(draft, "---\ndate: 2025-09-01\ntitle: \"Nouvelle\"\n---\nTexte.\n");
        touch(draft, "2025-09-02T10:00:00Z");
        // The files' own dates of committed files must not matter.
        touch(content.resolve("hrs4r/actions/02.yaml"), "2030-01-01T00:00:00Z");

        Path site = build(repo, tmp.resolve("out"));
        assertEquals(List.of("2025-03-05", "Last updated: 5 March 2025"), updated(site, "en/actions/2"));
        assertEquals(List.of("2025-06-01", "Dernière mise à jour : 1er juin 2025"), updated(site, "fr/actions/3"));
        assertEquals("2025-08-15", updated(site, "en/actions/1").get(0));
        assertEquals("2025-09-02", updated(site, "fr/actualites/2025-09-01-nouvelle").get(0));
        // A news post in two languages: each page follows its own language's file.
        assertEquals("2025-04-01", updated(site, "en/news/2025-06-01-guide").get(0));
        assertEquals("2025-01-10", updated(site, "fr/actualites/2025-06-01-guide").get(0));
        // A list takes the latest of what it lists; a milestone untouched since the first commit keeps its date.
        assertEquals("2025-08-15", updated(site, "fr/plan-d-action").get(0));
        assertEquals("2025-01-10", updated(site, "en/cop/milestones/J1").get(0));
        assertNull(Jsoup.parse(site.resolve("en/404.html").toFile(), "UTF-8").selectFirst(".last-updated"),
                "a page made of no content claims no date");

        // The same commit builds the same pages, whatever the files' dates after a fresh checkout.
        Files.delete(draft);
        git(repo, null, "checkout", "-q", "--", "content/hrs4r/actions/01.yaml");
        Path first = build(repo, tmp.resolve("first"));
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                touch(f, "2031-01-01T00:00:00Z");
            }
        }
        Path second = build(repo, tmp.resolve("second"));
        for (String path : List.of("en/actions/1/index.html", "fr/plan-d-action/index.html", "en/whats-new/index.html")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(path)), Files.readAllBytes(second.resolve(path)), path);
        }
        assertEquals("2025-01-10", updated(second, "en/actions/1").get(0));
    }

    @Test
    void outsideGitDatesComeFromTheFiles() throws IOException {
        Path source = ProgressSites.fixture(tmp);
        try (Stream<Path> files = Files.walk(source.resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                touch(f, "2024-01-01T08:00:00Z");
            }
        }
        touch(source.resolve("content/hrs4r/actions/02.yaml"), "2024-05-06T10:00:00Z");
        touch(source.resolve("content/hrs4r/principles/recruitment/gaps.en.md"), "2024-07-08T10:00:00Z");
        Path site = build(source, tmp.resolve("out"));
        assertEquals(List.of("2024-05-06", "Last updated: 6 May 2024"), updated(site, "en/actions/2"));
        assertEquals(List.of("2024-01-01", "Dernière mise à jour : 1er janvier 2024"), updated(site, "fr/actions/1"));
        // An English text's change dates the English page only.
        assertEquals("2024-07-08", updated(site, "en/principles/recruitment").get(0));
        assertEquals("2024-05-06", updated(site, "fr/principes/recruitment").get(0));
    }
}
