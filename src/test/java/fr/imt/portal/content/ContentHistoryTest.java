package fr.imt.portal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When each content file last changed, read directly from a small git repository made for the
 * test: a committed file is dated by its latest commit, as a day in Paris; a file with
 * uncommitted changes or unknown to git, and every file outside a git checkout, by its own date.
 */
class ContentHistoryTest {

    @Test
    void aCommittedFileIsDatedByItsLatestCommitInParis(@TempDir Path repo) throws Exception {
        Path content = repo.resolve("site/content");
        write(content, "a.yaml", "a: 1\n");
        write(content, "b.yaml", "b: 1\n");
        git(repo, null, "init", "-q");
        // 23:30 UTC on 1 March is already 2 March in Paris.
        commit(repo, "2024-03-01T23:30:00+00:00", "a.yaml", "b.yaml");
        write(content, "b.yaml", "b: 2\n");
        commit(repo, "2024-05-05T10:00:00+02:00", "b.yaml");
        write(content, "c.yaml", "c: 1\n");
        commit(repo, "2024-06-01T10:00:00+02:00", "c.yaml");
        write(content, "c.yaml", "c: 2\n");
        setModified(content.resolve("c.yaml"), LocalDate.of(2024, 9, 9));
        write(content, "d.yaml", "d: 1\n");
        setModified(content.resolve("d.yaml"), LocalDate.of(2024, 10, 10));

        ContentHistory history = ContentHistory.start(content, ZoneId.of("Europe/Paris"));
        assertTrue(history.fromGit());
        assertFalse(history.shallow());
        assertEquals(Map.of("a.yaml", LocalDate.of(2024, 3, 2), "b.yaml", LocalDate.of(2024, 5, 5),
                        "c.yaml", LocalDate.of(2024, 9, 9), "d.yaml", LocalDate.of(2024, 10, 10)),
                history.dates(List.of("a.yaml", "b.yaml", "c.yaml", "d.yaml", "gone.yaml")),
                "uncommitted changes and untracked files by their own date; a missing file has none");

        Files.createFile(repo.resolve(".git/shallow"));
        assertTrue(ContentHistory.start(content, ZoneId.of("Europe/Paris")).shallow());
    }

    @Test
    void outsideAGitCheckoutEveryFileIsDatedByItself(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        write(content, "a.yaml", "a: 1\n");
        setModified(content.resolve("a.yaml"), LocalDate.of(2023, 7, 14));
        ContentHistory history = ContentHistory.start(content, ZoneId.of("Europe/Paris"));
        assertFalse(history.fromGit());
        assertFalse(history.shallow());
        assertEquals(Map.of("a.yaml", LocalDate.of(2023, 7, 14)), history.dates(List.of("a.yaml")));
        assertFalse(ContentHistory.start(tmp.resolve("absent"), ZoneId.of("Europe/Paris")).fromGit());
    }

    private static void commit(Path repo, String date, String... files) throws Exception {
        for (String f : files) {
            git(repo, date, "add", "site/content/" + f);
        }
        git(repo, date, "commit", "-q", "-m", "edit");
    }

    private static void git(Path repo, String date, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        if (date != null) {
            pb.environment().put("GIT_AUTHOR_DATE", date);
            pb.environment().put("GIT_COMMITTER_DATE", date);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }

    private static void setModified(Path file, LocalDate day) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(day.atTime(12, 0).atZone(ZoneId.of("Europe/Paris")).toInstant()));
    }

    private static void write(Path content, String name, String text) throws IOException {
        Path file = content.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
