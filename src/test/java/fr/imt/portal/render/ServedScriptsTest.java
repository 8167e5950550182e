package fr.imt.portal.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scripts the site serves ({@code assets/js/}) are the minified form of their readable
 * sources ({@code src/main/js/}), as terser (pinned in package-lock.json) writes them: a change to
 * a source that was not minified again fails here, not on the site.
 */
class ServedScriptsTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void everyServedScriptIsItsSourceMinified() throws IOException, InterruptedException {
        assertTrue(Files.isDirectory(PROJECT.resolve("node_modules/terser")), "node_modules/terser is missing: run npm ci");
        Process check = new ProcessBuilder("node", "src/main/js/minify.mjs", "--check").directory(PROJECT.toFile())
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "terser did not finish");
        assertEquals(0, check.exitValue(), said);
        try (var sources = Files.list(PROJECT.resolve("src/main/js"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".js")).toList()) {
                Path served = PROJECT.resolve("assets/js").resolve(source.getFileName());
                assertTrue(Files.size(served) < Files.size(source), served + " is not smaller than its source");
            }
        }
    }
}
