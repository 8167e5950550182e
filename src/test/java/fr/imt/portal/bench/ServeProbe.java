package fr.imt.portal.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures how long {@code serve} takes to show a change to one content file: starts
 * {@code ./portal serve} (the launcher, with its JVM options and {@code PORTAL_JAVA_OPTS}) on a copy of a site, then, run after run, rewrites one
 * action's French text with a new word, waits for the reload event that serve sends browsers
 * ({@code /_portal/events}), and loads that action's page once, as the browser then does; the
 * page must hold the word. The figures are "file saved → reload event" and "file saved → page
 * loaded again"; what a browser adds to parse and paint the page is not in them. The site folder
 * is modified (and restored at the end): give it a copy, never the repository.
 *
 * <p>Usage: {@code java -cp target/portal.jar:target/test-classes fr.imt.portal.bench.ServeProbe
 * --site DIR [--runs 5] [--portal ./portal] [--log FILE]}.
 * Prints one line per run and a summary line
 * {@code serve-latency-ms median=N max=N min=N runs=N pages=N first-build-ms=N reload-median=N reload-max=N}
 * (median, max and min: the page loaded again).
 */
public final class ServeProbe {

    private static final Pattern FRENCH_TEXT = Pattern.compile("(?m)^text:\\s*\\{?\\s*(?:\\n\\s+)?fr:\\s*\"");
    private static final Pattern REBUILT = Pattern.compile("(?:Rebuilt|Built) (\\d+) pages");
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(60);

    private ServeProbe() {}

    public static void main(String[] args) throws Exception {
        Path site = null;
        int runs = 5;
        Path portal = Path.of("portal");
        Path log = null;
        long startTimeoutSeconds = 900;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--site" -> site = Path.of(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--portal" -> portal = Path.of(args[i + 1]);
                case "--log" -> log = Path.of(args[i + 1]);
                case "--start-timeout" -> startTimeoutSeconds = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (site == null || runs < 1) {
            System.err.println("usage: ServeProbe --site DIR [--runs N] [--portal LAUNCHER] [--log FILE]");
            System.exit(2);
        }
        site = site.toAbsolutePath().normalize();
        Path logFile = log != null ? log : site.resolveSibling(site.getFileName() + "-serve.log");
        Path actionFile = firstAction(site);
        int number = Integer.parseInt(actionFile.getFileName().toString().replace(".yaml", ""));
        String original = Files.readString(actionFile);
        Matcher french = FRENCH_TEXT.matcher(original);
        if (!french.find()) {
            throw new IllegalStateException(actionFile + ": no `text: {fr: \"…\"` to edit");
        }
        int textStart = french.end();
        int textEnd = closingQuote(original, textStart);

        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(portal.toAbsolutePath().toString());
        command.addAll(List.of("serve", "--source", site.toString(),
                "--out", site.resolveSibling(site.getFileName() + "-out").resolve("site").toString(),
                "--port", Integer.toString(port), "--today", "2026-11-20", "--lang", "en"));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile.toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI page = URI.create("http://localhost:" + port + "/fr/actions/" + number + "/");
        List<Long> latencies = new ArrayList<>();
        List<Long> reloads = new ArrayList<>();
        BlockingQueue<Long> rebuiltEvents = new LinkedBlockingQueue<>();
        long firstBuild;
        try {
            long start = System.nanoTime();
            while (status(http, page) != 200) {
                if (!serve.isAlive()) {
                    throw new IllegalStateException("serve stopped; see " + logFile);
                }
                if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(startTimeoutSeconds)) {
                    throw new IllegalStateException("serve did not answer within " + startTimeoutSeconds + " s; see " + logFile);
                }
                Thread.sleep(50);
            }
            firstBuild = (System.nanoTime() - start) / 1_000_000;
            listen(http, URI.create("http://localhost:" + port + "/_portal/events"), rebuiltEvents);
            for (int run = 1; run <= runs; run++) {
                settle(logFile);
                String word = "banc" + run + "zq" + (System.nanoTime() % 10_000);
                // Alternately the first and the last word of the French text, so the file stays valid.
                String edited = run % 2 == 1
                        ? original.substring(0, textStart) + word + " " + original.substring(textStart)
                        : original.substring(0, textEnd) + " " + word + original.substring(textEnd);
                int before = countRebuilds(logFile);
                rebuiltEvents.clear();
                long saved = System.nanoTime();
                Files.writeString(actionFile, edited);
                // As a browser showing the page: wait for the reload event, then load the page once.
                // (Polling the page meanwhile would take a core from serve on a small machine.)
                Long reload = rebuiltEvents.poll(PAGE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (reload == null) {
                    throw new IllegalStateException("run " + run + ": no reload event; see " + logFile);
                }
                String body = body(http, page);
                long served = System.nanoTime();
                if (body == null || !body.contains(word)) {
                    throw new IllegalStateException("run " + run + ": the page loaded after the reload event does not hold "
                            + "the change; see " + logFile);
                }
                long ms = (served - saved) / 1_000_000;
                latencies.add(ms);
                long reloadMs = (reload - saved) / 1_000_000;
                reloads.add(reloadMs);
                System.out.println("run " + run + ": " + reloadMs + " ms from saving " + site.relativize(actionFile)
                        + " to the browsers' reload event, " + ms + " ms to " + page + " loaded again with the change");
                waitForRebuild(logFile, before);
            }
        } finally {
            Files.writeString(actionFile, original);
            serve.destroy();
            if (!serve.waitFor(10, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
        List<Long> sorted = latencies.stream().sorted().toList();
        List<Long> sortedReloads = reloads.stream().sorted().toList();
        System.out.println("serve-latency-ms median=" + median(sorted) + " max=" + sorted.get(sorted.size() - 1)
                + " min=" + sorted.get(0) + " runs=" + sorted.size() + " pages=" + firstPageCount(logFile)
                + " first-build-ms=" + firstBuild + " reload-median=" + median(sortedReloads)
                + " reload-max=" + sortedReloads.get(sortedReloads.size() - 1));
    }

    private static long median(List<Long> sorted) {
        return sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }

    /**
     * Subscribes to serve's reload events, as the page script does, and puts the time each
     * {@code rebuilt} event arrives in {@code events}: when a browser showing the page reloads.
     */
    private static void listen(HttpClient http, URI events, BlockingQueue<Long> arrivals) {
        http.sendAsync(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    Thread reader = new Thread(() -> {
                        try (Stream<String> lines = response.body()) {
                            lines.forEach(line -> {
                                if (line.equals("event: rebuilt")) {
                                    arrivals.add(System.nanoTime());
                                }
                            });
                        } catch (UncheckedIOException e) {
                            // serve was stopped at the end of the site's runs: its event stream ends there.
                        }
                    }, "reload-events");
                    reader.setDaemon(true);
                    reader.start();
                });
    }

    /** The action with the lowest number: action 1 exists at every scale. */
    private static Path firstAction(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("content/hrs4r/actions"))) {
            return files.filter(f -> f.getFileName().toString().matches("\\d+\\.yaml"))
                    .min((a, b) -> Integer.compare(Integer.parseInt(a.getFileName().toString().replace(".yaml", "")),
                            Integer.parseInt(b.getFileName().toString().replace(".yaml", ""))))
                    .orElseThrow(() -> new IllegalStateException(site + " has no action"));
        }
    }

    /** The index of the quote closing the double-quoted YAML text that starts at {@code from}. */
    private static int closingQuote(String yaml, int from) {
        for (int i = from; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        throw new IllegalStateException("unterminated French text");
    }

    private static int status(HttpClient http, URI page) {
        try {
            return http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String body(HttpClient http, URI page) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until serve has logged one more build than {@code before}, so the next change does not
     * land in the middle of this one's rebuild; at most 10 s, in case serve words its log otherwise.
     */
    private static void waitForRebuild(Path log, int before) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (countRebuilds(log) <= before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Lets the first build be logged and the file watcher settle before the next change. */
    private static void settle(Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (countRebuilds(log) < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
    }

    private static int countRebuilds(Path log) {
        try {
            return (int) REBUILT.matcher(Files.readString(log)).results().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstPageCount(Path log) {
        try {
            Matcher m = REBUILT.matcher(Files.readString(log));
            return m.find() ? m.group(1) : "?";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
