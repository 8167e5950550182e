package fr.imt.portal.publicsite;

import fr.imt.portal.CommandRun;
import fr.imt.portal.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A setting of site.properties that reaches the pages as an address (links, JSON-LD, feeds,
 * sitemap, data catalogue) or as markup (the Content-Security-Policy) is published only when it
 * is what it claims to be; anything else is an error naming the setting and its line, through
 * the real command line, and the previous site stays as it was.
 */
class UnsafeSettingsTest {

    @TempDir
    Path tmp;
    Path source;
    Path out;
    String before;

    @BeforeEach
    void buildAGoodSiteFirst() throws IOException {
        source = TestSites.fixture("valid", tmp);
        out = tmp.resolve("site");
        CommandRun good = CommandRun.of("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(0, good.exitCode(), good.err());
        before = digest(out);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "site.url|javascript:alert(document.domain)",
            "site.url|https://engagements.imt.fr/\"><script>alert(1)</script>",
            "site.url|//attacker.example",
            "site.url|https://engagements.imt.fr/sub/path",
            "site.url|https://imt.fr@attacker.example",
            "site.publisher.url|javascript:alert(1)",
            "site.publisher.url|JaVaScRiPt:alert(1)",
            "site.publisher.url|data:text/html,<script>alert(1)</script>",
            "site.publisher.url|vbscript:msgbox(1)",
            "site.publisher.url|ftp://files.example/",
            "site.publisher.url|https://www.imt.fr/ onmouseover=alert(1)",
            "site.data.licence.url|file:///etc/passwd",
            "site.data.licence.url|www.etalab.gouv.fr/licence",
            "site.editBaseUrl|javascript:alert(1)//",
            "site.contact.email|x@example.org)[click](javascript:alert(1)",
            "site.basePath|/../../",
            "site.basePath|/a b/",
            "site.csp|default-src 'self'\\u000d\\u000aSet-Cookie: x=1",
            "site.csp|default-src 'self'\"><script>alert(1)</script>",
    })
    void anUnsafeSettingIsAnErrorNamingItAndNothingIsPublished(String key, String value) throws IOException {
        Path settings = source.resolve("site.properties");
        List<String> lines = Files.readAllLines(settings);
        int line = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                line = i + 1;
            }
        }
        assertTrue(line > 0, key + " is set in site.properties");
        // The value as a .properties file holds it (its \\uXXXX escapes give control characters).
        lines.set(line - 1, key + "=" + value);
        Files.write(settings, lines);

        CommandRun run = CommandRun.of("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20",
                "--lang", "en");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:" + line + ":1: " + key + ": expected"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals(before, digest(out), "the previous site is untouched");

        CommandRun validate = CommandRun.of("validate", "--source", source.toString(), "--lang", "fr");
        assertEquals(1, validate.exitCode(), validate.err());
        assertTrue(validate.err().contains("site.properties:" + line + ":1: " + key + ": attendu"), validate.err());
    }

    @ParameterizedTest(name = "--site-url {0}")
    @ValueSource(strings = {"javascript:alert(1)", "http://", "https://example.org/\"onload=", "mailto:a@example.org"})
    void anUnsafeSiteUrlOnTheCommandLineIsAUsageError(String value) throws IOException {
        CommandRun run = CommandRun.of("build", "--source", source.toString(), "--out", out.toString(), "--site-url", value);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("--site-url") && (run.err().contains("expected the address of the site's host")
                || run.err().contains("attendu : l’adresse de l’hôte du site")), run.err());
        assertEquals(before, digest(out));
    }

    @Test
    void aWebAddressIsPublishedAsGiven() throws IOException {
        CommandRun run = CommandRun.of("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20",
                "--site-url", "http://preview.example:8443", "--base-path", "/hrs4r/");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains("<loc>http://preview.example:8443/hrs4r/fr/"));
    }

    /** Every file of the site folder and its bytes, as one digest. */
    private static String digest(Path folder) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(f).toString(), HexFormat.of().formatHex(sha256(Files.readAllBytes(f))));
            }
        }
        return HexFormat.of().formatHex(sha256(files.toString().getBytes()));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
