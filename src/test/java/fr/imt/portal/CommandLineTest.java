package fr.imt.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as editors use it: help, build, validate and the live preview. */
class CommandLineTest {

    @TempDir
    Path tmp;

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[]{"build", "validate", "serve"}) {
            CommandRun run = CommandRun.of(command, "--help");
            assertEquals(0, run.exitCode());
            assertTrue(run.out().contains("Usage: portal " + command), run.out());
        }
        CommandRun top = CommandRun.of("--help");
        assertTrue(top.out().contains("build") && top.out().contains("validate") && top.out().contains("serve"), top.out());
    }

    @Test
    void buildSaysWhereTheSiteIs() {
        Path source = TestSites.fixture("valid", tmp);
        Path out = tmp.resolve("site");
        CommandRun run = CommandRun.of("build", "--source", source.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(out.resolve("index.html").toString()), run.out());
        assertTrue(Files.isRegularFile(out.resolve("fr/actions/3/index.html")));
    }

    @Test
    void validateWritesNothing() {
        Path source = TestSites.fixture("valid", tmp);
        CommandRun run = CommandRun.of("validate", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.notExists(source.resolve("target")));
    }

    @Test
    void serveRebuildsWhenAContentFileChanges() throws Exception {
        Path source = TestSites.fixture("valid", tmp);
        try (ServeInBackground serve = new ServeInBackground(source, tmp.resolve("preview"))) {
            HttpClient http = HttpClient.newHttpClient();
            URI page = URI.create(serve.url("/en/actions/3/"));
            String before = waitFor(http, page, "Fictional future action");
            assertTrue(before.contains("Fictional future action"));
            Path action = source.resolve("content/hrs4r/actions/03.yaml");
            Files.writeString(action, Files.readString(action).replace("Fictional future action", "Edited future action"));
            String after = waitFor(http, page, "Edited future action");
            assertTrue(after.contains("Edited future action"));
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(serve.url("/en/nope/"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
        }
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
