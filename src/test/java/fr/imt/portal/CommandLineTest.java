package fr.imt.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command line as editors use it: help, build, validate and the live preview. */
class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[]{"build", "validate", "serve"}) {
            CommandRun run = CommandRun.english(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage: portal " + command), run.out());
        }
        CommandRun top = CommandRun.of("--help", "--lang", "en");
        assertTrue(top.out().contains("build") && top.out().contains("validate") && top.out().contains("serve"), top.out());
    }

    @Test
    void usageMistakesAreSaidInTheEditorsLanguageWithWhereToFindHelp() {
        CommandRun noSlug = CommandRun.french("new", "news", "--source", tmp.toString());
        assertEquals(2, noSlug.exitCode());
        assertEquals(List.of("il manque : --slug", "Aide : portal new news --help"), noSlug.err().lines().toList());
        CommandRun typo = CommandRun.english("validate", "--stict");
        assertEquals(2, typo.exitCode());
        assertEquals(List.of("not understood: --stict (check the spelling; options start with --)",
                "Help: portal validate --help"), typo.err().lines().toList());
        CommandRun date = CommandRun.french("build", "--today", "hier");
        assertEquals(List.of("valeur invalide pour --today : \"hier\" (attendu : YYYY-MM-DD)", "Aide : portal build --help"),
                date.err().lines().toList());
    }

    @Test
    void buildSaysWhereTheSiteIsAndEndsWithAWayToLookAtItThatWorks() {
        Path source = TestSites.fixture("valid", tmp);
        Path out = tmp.resolve("site");
        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(" pages in ") && run.out().contains(" ms into " + out), run.out());
        CommandRun french = CommandRun.french("build", "--source", source.toString(), "--out", out.toString());
        assertTrue(french.out().contains(" pages construites en ") && french.out().contains(" ms dans " + out), french.out());
        assertTrue(french.out().contains("Pour voir le site : lancez ./portal serve, puis ouvrez http://localhost:8080/"), french.out());
        assertTrue(run.out().contains(out.toString()), run.out());
        List<String> lines = run.out().strip().lines().toList();
        String last = lines.get(lines.size() - 1);
        // A file:// address would show the pages without their styles and break their links.
        assertTrue(last.contains("./portal serve") && !last.contains("file:"), last);
        assertTrue(Files.isRegularFile(out.resolve("fr/actions/3/index.html")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"build", "serve"})
    @Timeout(60)
    void anOutputFolderThatCannotBeWrittenIsSaidInPlainWords(String command) throws IOException {
        Path source = TestSites.fixture("valid", tmp);
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "a file where the output's folder should be");
        Path out = file.resolve("site");
        // serve says it and stops, rather than serving nothing (its port is never taken).
        CommandRun run = CommandRun.english(command, "--source", source.toString(), "--out", out.toString());
        assertEquals(4, run.exitCode(), run.err());
        assertTrue(run.err().contains("The site could not be written") && run.err().contains(out.toString()), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception in"), run.err());
    }

    @Test
    void validateWritesNothing() {
        Path source = TestSites.fixture("valid", tmp);
        CommandRun run = CommandRun.of("validate", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.notExists(source.resolve("target")));
    }

    @ParameterizedTest(name = "serve {0}")
    @ValueSource(strings = {"", "--poll"})
    void serveRebuildsWhenAContentFileChanges(String option) throws Exception {
        Path source = TestSites.fixture("valid", tmp);
        String[] options = option.isEmpty() ? new String[0] : new String[]{option};
        try (ServeInBackground serve = new ServeInBackground(source, tmp.resolve("preview"), options)) {
            HttpClient http = HttpClient.newHttpClient();
            URI page = URI.create(serve.url("/en/actions/3/"));
            assertTrue(waitFor(http, page, "Fictional future action").contains("Fictional future action"),
                    () -> "the page was not served within 30 s; " + serve.state());
            editAndSeeTheChange(source, http, page, serve);
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(serve.url("/en/nope/"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
        }
    }

    @Test
    void servingOnAPortInUseSaysSoInPlainWords() throws IOException {
        Path source = TestSites.fixture("valid", tmp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun run = CommandRun.english("serve", "--source", source.toString(), "--out", tmp.resolve("preview").toString(),
                    "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("Port " + taken.getLocalPort() + " is already in use"), run.err());
            CommandRun french = CommandRun.french("serve", "--source", source.toString(), "--out", tmp.resolve("preview").toString(),
                    "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(2, french.exitCode(), french.err());
            assertTrue(french.err().contains("Le port " + taken.getLocalPort() + " est déjà utilisé sur cet ordinateur"), french.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertTrue(Files.notExists(tmp.resolve("preview")), "nothing is built when the port cannot be had");
        }
    }

    /**
     * Linux allows each user 128 file watchers (inotify instances) in all, shared with browsers,
     * editors and IDEs: when none is left, serve still starts and notices edits, by looking at the
     * files. The test takes every watcher left, starts serve, and gives them back once serve is up.
     */
    @Test
    void serveStillNoticesEditsWhenTheSystemHasNoFileWatcherLeft() throws Exception {
        Path source = TestSites.fixture("valid", tmp);
        List<WatchService> taken = new ArrayList<>();
        ServeInBackground serve = null;
        try {
            try {
                while (taken.size() < 4096) {
                    taken.add(FileSystems.getDefault().newWatchService());
                }
            } catch (IOException limitReached) {
                // every watcher is taken
            }
            assumeTrue(taken.size() < 4096, "this system allows more than 4,096 file watchers");
            serve = new ServeInBackground(source, tmp.resolve("preview"));
            HttpClient http = HttpClient.newHttpClient();
            URI page = URI.create(serve.url("/en/actions/3/"));
            String before = waitFor(http, page, "Fictional future action");
            closeAll(taken);
            assertTrue(before.contains("Fictional future action"), "serve did not start without a file watcher; " + serve.state());
            editAndSeeTheChange(source, http, page, serve);
        } finally {
            closeAll(taken);
            if (serve != null) {
                serve.close();
            }
        }
    }

    private static void editAndSeeTheChange(Path source, HttpClient http, URI page, ServeInBackground serve) throws Exception {
        Path action = source.resolve("content/hrs4r/actions/03.yaml");
        Files.writeString(action, Files.readString(action).replace("Fictional future action", "Edited future action"));
        assertTrue(waitFor(http, page, "Edited future action").contains("Edited future action"),
                () -> "no rebuild within 30 s of the edit; " + serve.state());
    }

    private static void closeAll(List<WatchService> watchers) throws IOException {
        for (WatchService watcher : watchers) {
            watcher.close();
        }
        watchers.clear();
    }

    private static String waitFor(HttpClient http, URI uri, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                last = r.body();
                if (r.statusCode() == 200 && last.contains(text)) {
                    return last;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
        return last;
    }
}
