package fr.imt.portal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pre-commit hook (.githooks/pre-commit) run by git itself with sh in a temporary repository
 * holding a fixture site: a commit with an invalid content file is refused with the error listed,
 * a valid one goes through with its warnings counted, and what is checked is what is staged.
 * The hook speaks the editor's language: French by default, English when the locale says so.
 * The portal is started from the test's class path (PORTAL_CMD), so no jar needs to be built.
 */
class PreCommitHookTest {

    @TempDir
    static Path tmp;
    static Path repo;

    record Run(int exitCode, String output) {}

    @BeforeAll
    static void repository() throws IOException, InterruptedException {
        assumeTrue(available("git", "--version") && available("sh", "-c", "true"), "git and sh are needed");
        repo = TestSites.fixture("valid", tmp);
        TestSites.copy(TestSites.PROJECT.resolve(".githooks/pre-commit"), repo.resolve(".githooks/pre-commit"));
        assertEquals(0, git("init", "-q").exitCode());
        git("config", "user.name", "test");
        git("config", "user.email", "test@example.invalid");
        git("config", "commit.gpgsign", "false");
        assertEquals(0, git("config", "core.hooksPath", ".githooks").exitCode());
    }

    private static boolean available(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static Run git(String... args) throws IOException, InterruptedException {
        return gitIn("C.UTF-8", args);
    }

    /** Git run with the locale {@code locale} (C.UTF-8 says no language: the site's, French, is used). */
    static Run gitIn(String locale, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("LC_ALL");
        env.remove("LC_MESSAGES");
        env.put("LANG", locale);
        env.put("PORTAL_CMD", Path.of(System.getProperty("java.home"), "bin", "java") + " -cp "
                + System.getProperty("java.class.path") + " fr.imt.portal.cli.PortalCommand");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), output);
    }

    static int commits() throws IOException, InterruptedException {
        Run count = git("rev-list", "--count", "--all");
        return count.exitCode() == 0 && !count.output().isBlank() ? Integer.parseInt(count.output().strip()) : 0;
    }

    @Test
    void validCommitGoesThroughWithItsWarningsAndAnInvalidOneIsRefused() throws IOException, InterruptedException {
        git("add", "-A");
        Run valid = gitIn("en_US.UTF-8", "commit", "-m", "valid content");
        assertEquals(0, valid.exitCode(), valid.output());
        assertTrue(valid.output().contains("warnings, which do not stop the build: "), "warnings are counted: " + valid.output());
        assertTrue(valid.output().contains("To list them: ./portal validate --warnings"), valid.output());
        assertEquals(1, commits());

        Path action = repo.resolve("content/hrs4r/actions/03.yaml");
        String good = Files.readString(action);
        Files.writeString(action, good.replace("deadline: \"Q4 2031\"", "deadline: \"2031-Q4\""));
        git("add", "content/hrs4r/actions/03.yaml");
        Run invalid = gitIn("en_US.UTF-8", "commit", "-m", "broken deadline");
        assertNotEquals(0, invalid.exitCode(), invalid.output());
        assertTrue(invalid.output().contains("content/hrs4r/actions/03.yaml:"), invalid.output());
        assertTrue(invalid.output().contains("deadline: expected a quarter and a year"), invalid.output());
        assertTrue(invalid.output().contains("commit refused"), invalid.output());
        assertEquals(1, commits());

        // Without a language in the locale, the site's (French by default) is spoken.
        Run enFrançais = git("commit", "-m", "broken deadline");
        assertNotEquals(0, enFrançais.exitCode(), enFrançais.output());
        assertTrue(enFrançais.output().contains("content/hrs4r/actions/03.yaml:"), enFrançais.output());
        assertTrue(enFrançais.output().contains("deadline: attendu : un trimestre et une année, par exemple \"Q2 2029\""),
                enFrançais.output());
        assertTrue(enFrançais.output().contains("1 erreur dans le contenu"), enFrançais.output());
        assertTrue(enFrançais.output().contains("commit refusé"), enFrançais.output());
        assertEquals(1, commits());

        // Fixed in the working folder but not staged: what would be committed is still wrong.
        Files.writeString(action, good);
        Run unstaged = git("commit", "-m", "broken deadline, fixed but not staged");
        assertNotEquals(0, unstaged.exitCode(), unstaged.output());
        assertEquals(1, commits());

        git("add", "content/hrs4r/actions/03.yaml");
        Files.writeString(repo.resolve("content/hrs4r/actions/02.yaml"), Files.readString(repo.resolve(
                "content/hrs4r/actions/02.yaml")) + "completion: 100\n");
        git("add", "content/hrs4r/actions/02.yaml");
        Run fixed = git("commit", "-m", "completion of action 2");
        assertEquals(0, fixed.exitCode(), fixed.output());
        assertTrue(fixed.output().contains("avertissements, qui n’empêchent pas la publication : "), fixed.output());
        assertEquals(2, commits());

        // The settings the content is read with are checked as staged too.
        Path settings = repo.resolve("site.properties");
        String kept = Files.readString(settings);
        Files.writeString(settings, kept.replaceAll("(?m)^site\\.timeZone=.*$", "site.timeZone=Europe/Atlantis"));
        git("add", "site.properties");
        Run badZone = gitIn("en_US.UTF-8", "commit", "-m", "a time zone that does not exist");
        assertNotEquals(0, badZone.exitCode(), badZone.output());
        assertTrue(badZone.output().contains("site.properties:") && badZone.output().contains("Europe/Atlantis"), badZone.output());
        assertEquals(2, commits());
    }
}
