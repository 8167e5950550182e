package fr.imt.portal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a hostile web page or a misbehaving client can do to {@code serve}, tried with real
 * sockets on localhost against {@code serve} in its own process, whose threads and open sockets
 * are counted from Linux's {@code /proc}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class PreviewServerLimitsTest {

    /** The most handler threads serve may add, whatever the number of connections. */
    private static final int THREAD_ALLOWANCE = 12;
    private static final String SECRET = "a secret beside the site folder";

    private ServeProcess serve;
    private Path out;

    @BeforeAll
    void serve(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "counts threads and sockets from Linux's /proc");
        Path source = TestSites.fixture("valid", tmp);
        out = tmp.resolve("preview");
        // The editor reads French: the preview's own answers are in French too.
        serve = new ServeProcess(source, out, tmp.resolve("serve.log"), "--host-name", "preview.test", "--lang", "fr");
        serve.awaitServing(Duration.ofSeconds(90));
        // Files outside the site folder, which links inside it point to.
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Files.createDirectories(tmp.resolve("secret-folder"));
        Files.writeString(tmp.resolve("secret-folder/index.html"), SECRET);
        Files.createSymbolicLink(out.resolve("fr/leak.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(out.resolve("fr/leak"), tmp.resolve("secret-folder"));
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (serve != null) {
            serve.close();
        }
    }

    private String host() {
        return "localhost:" + serve.port;
    }

    @Test
    void threeHundredSlowClientsShareAFewThreadsAndAreCutOff() throws Exception {
        assertTrue(serve.get("/fr/", host()).startsWith("HTTP/1.1 200"));
        int before = serve.threads();
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = new Socket("127.0.0.1", serve.port);
                // A request that never ends: the blank line after the headers never comes.
                s.getOutputStream().write(("GET /fr/ HTTP/1.1\r\nHost: " + host() + "\r\n").getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            Thread.sleep(1500);
            int during = serve.threads();
            assertTrue(during <= before + THREAD_ALLOWANCE, "threads before " + before + ", with 300 slow clients " + during);
            long start = System.nanoTime();
            for (Socket s : slow) {
                s.setSoTimeout(20_000);
                InputStream in = s.getInputStream();
                try {
                    while (in.read() >= 0) {
                        // whatever the server says before closing
                    }
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a slow client is still connected after 20 s", e);
                } catch (IOException closed) {
                    // reset by the server: cut off too
                }
            }
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertTrue(seconds <= 10, "the slow clients were cut off after " + seconds + " s");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
        assertTrue(serve.get("/fr/", host()).startsWith("HTTP/1.1 200"), "a real request is answered again");
    }

    @Test
    void closedLiveReloadConnectionsLeaveNoSocketOpen() throws Exception {
        long before = serve.sockets();
        List<Socket> pages = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Socket s = new Socket("127.0.0.1", serve.port);
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET /_portal/events HTTP/1.1\r\nHost: " + host() + "\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            StringBuilder seen = new StringBuilder();
            InputStream in = s.getInputStream();
            while (!seen.toString().contains(": connected")) {
                seen.append((char) in.read());
            }
            pages.add(s);
        }
        long open = serve.sockets();
        assertTrue(open >= before + 50, "sockets before " + before + ", with 50 open pages " + open);
        for (Socket s : pages) {
            s.close();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        long after = serve.sockets();
        while (after > before && System.nanoTime() < deadline) {
            Thread.sleep(250);
            after = serve.sockets();
        }
        assertTrue(after <= before, "sockets before " + before + ", with 50 pages " + open + ", 15 s after they closed " + after);
    }

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "LOCALHOST", "preview.test"})
    void thisComputersNamesAndGivenNamesAreAnswered(String name) throws IOException {
        assertTrue(serve.get("/fr/", name + ":" + serve.port).startsWith("HTTP/1.1 200"));
    }

    @ParameterizedTest(name = "Host: {0}")
    @ValueSource(strings = {"attacker.example", "localhost.attacker.example", "127.0.0.1.nip.io", "192.168.1.10", "localhost:1"})
    void otherHostNamesAreRefusedAsDnsRebindingWouldSendThem(String name) throws IOException {
        String host = name.contains(":") ? name : name + ":" + serve.port;
        String answer = serve.get("/fr/", host);
        assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        assertTrue(answer.contains("--host-name"), "the refusal says how to allow a name: " + answer);
        assertTrue(answer.contains("Cet aperçu ne répond qu’à localhost"), "in the editor's language: " + answer);
        assertFalse(answer.contains("<main"), "no page content");
    }

    @Test
    void aRequestWithoutHostIsRefused() throws IOException {
        assertTrue(serve.exchange("GET /fr/ HTTP/1.0\r\n\r\n").startsWith("HTTP/1.1 400"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/%00", "/fr/%00index.html", "/%0d%0aSet-Cookie:%20x", "/fr/%5c..%5c..%5csecret.txt", "/%zz"})
    void malformedPathsAreAnsweredAtOnce(String path) throws IOException {
        long start = System.nanoTime();
        String answer = serve.get(path, host());
        assertTrue(answer.startsWith("HTTP/1.1 400"), path + " -> " + answer);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 3);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../secret.txt", "/fr/../../secret.txt", "/%2e%2e/secret.txt", "/fr/%2E%2E/%2e%2e/secret.txt",
            "/..%2fsecret.txt", "/fr/leak.txt", "/fr/leak/", "/fr/leak/index.html"})
    void nothingOutsideTheSiteFolderIsServed(String path) throws IOException {
        String answer = serve.get(path, host());
        assertTrue(answer.matches("(?s)HTTP/1\\.1 40[034] .*"), path + " -> " + answer);
        assertFalse(answer.contains(SECRET), path + " served the file outside the site");
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws IOException {
        String post = serve.exchange("POST /fr/ HTTP/1.1\r\nHost: " + host() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(post.startsWith("HTTP/1.1 405"), post);
        assertTrue(post.contains("405 Cet aperçu ne répond qu’aux requêtes GET et HEAD."), post);
        String head = serve.exchange("HEAD /fr/ HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertEquals("", head.substring(head.indexOf("\r\n\r\n") + 4), "a HEAD answer has no body");
    }
}
