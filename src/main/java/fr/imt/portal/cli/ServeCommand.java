package fr.imt.portal.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.imt.portal.Preview;
import fr.imt.portal.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Builds, serves the site on localhost, and rebuilds when a source changes, for editors who
 * preview before they push. After a content change only what it affects is rebuilt, and the
 * pages open in a browser reload themselves: the server adds a small script to the HTML it
 * serves (never to the built files), which listens for "rebuilt" events. A rebuild with content
 * errors prints them and keeps serving the last good site.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://localhost:PORT/, rebuilds what a change affects and reloads the browser.")
final class ServeCommand implements Callable<Integer> {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8",
            "png", "image/png", "ico", "image/x-icon");

    /** Served under this prefix only by {@code serve}; no site path starts with an underscore. */
    static final String LIVE = "/_portal/";
    private static final byte[] LIVE_SCRIPT = ("""
            // Added by `portal serve` (never published): reloads the page when the site was rebuilt.
            new EventSource('%sevents').addEventListener('rebuilt', function () { location.reload(); });
            """.formatted(LIVE)).getBytes(StandardCharsets.UTF_8);
    private static final byte[] LIVE_TAG = ("<script src=\"" + LIVE + "live-reload.js\" defer></script>")
            .getBytes(StandardCharsets.UTF_8);

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", description = "Port on localhost (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--poll", description = "Look at the files for changes every " + SourceWatch.POLL_MILLIS
            + " ms instead of listening to the system's file events (for shared or network folders, which send none).")
    boolean poll;

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path out = site.output().toAbsolutePath().normalize();
        Path source = site.source.toAbsolutePath().normalize();
        try {
            OutputFolder.checkWritable(out);
        } catch (UncheckedIOException e) {
            return OutputFolder.unwritable(e, System.err);
        }
        // The sources are watched before the first build: an edit saved while it runs, or just
        // after the site is first served, still makes a rebuild.
        try (Preview preview = new Preview(() -> new SiteBuilder.Options(site.source, site.output(), site.buildDate(), java.util.Map.of(), true));
             SourceWatch sources = SourceWatch.start(source, poll, System.err)) {
            // The port is taken before the first build (a port in use is said at once), and
            // answered after it.
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            } catch (BindException e) {
                System.err.println("Port " + port + " is already in use on this computer (another serve?): stop that "
                        + "program, or choose another port with --port, for example --port " + (port + 1) + ".");
                return 2;
            }
            rebuild(preview, false);
            preview.warmUp();
            collectGarbage();
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "serve");
                t.setDaemon(true);
                return t;
            }));
            server.createContext("/", exchange -> serveFile(exchange, out));
            server.createContext(LIVE + "live-reload.js", exchange -> {
                try (exchange) {
                    exchange.getResponseHeaders().set("Content-Type", "text/javascript; charset=utf-8");
                    exchange.getResponseHeaders().set("Cache-Control", "no-store");
                    exchange.sendResponseHeaders(200, LIVE_SCRIPT.length);
                    exchange.getResponseBody().write(LIVE_SCRIPT);
                }
            });
            server.createContext(LIVE + "events", this::listen);
            server.start();
            System.out.println("Serving " + out + " at http://localhost:" + server.getAddress().getPort() + "/ (Ctrl+C to stop)");
            try {
                while (true) {
                    rebuild(preview, sources.next().contentOnly());
                    collectGarbage();
                }
            } finally {
                server.stop(0);
            }
        } catch (InterruptedException stopped) {
            // Stopped by the program that started it (a test, an IDE); Ctrl+C ends the whole process.
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void rebuild(Preview preview, boolean contentOnly) {
        long start = System.nanoTime();
        boolean[] notified = {false};
        SiteBuilder.Report report = preview.rebuild(contentOnly, () -> {
            notified[0] = true;
            notifyBrowsers();
        });
        ProblemReport.print(report.problems(), site.source, System.err, true);
        if (!report.renderingErrors().isEmpty()) {
            System.err.println("The site could not be rebuilt (a bug in the templates or the generator, not in the content):");
            report.renderingErrors().forEach(e -> System.err.println("  " + e));
            System.err.println("The last good site is still served; the next change rebuilds everything.");
        }
        if (report.published()) {
            System.out.printf("Rebuilt %d pages (%d built, %d rendered) in %d ms (%s)%n", report.pages(), report.built(),
                    report.rendered(),
                    (System.nanoTime() - start) / 1_000_000, report.stages().millis().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(java.util.stream.Collectors.joining(", ")));
            if (!notified[0]) {
                notifyBrowsers();
            }
        }
    }

    /**
     * Collects a rebuild's garbage while the editor reads the page, rather than in the middle of
     * the next rebuild: a full collection of a large site's heap takes 0.2 s.
     */
    private static void collectGarbage() {
        System.gc();
    }

    /** A browser page subscribes to rebuilds (server-sent events); the stream stays open. */
    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        stream.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        stream.flush();
        listeners.add(stream);
    }

    private void notifyBrowsers() {
        byte[] event = "event: rebuilt\ndata: \n\n".getBytes(StandardCharsets.UTF_8);
        for (OutputStream stream : listeners) {
            try {
                stream.write(event);
                stream.flush();
            } catch (IOException e) {
                // The page was closed or reloaded.
                listeners.remove(stream);
            }
        }
    }

    private static void serveFile(HttpExchange exchange, Path root) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (!Files.isRegularFile(file)) {
                status = 404;
                file = root.resolve(path.startsWith("/en/") ? "en/404.html" : "fr/404.html");
                if (!Files.isRegularFile(file)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            if (ext.equals("html")) {
                body = withLiveReload(body);
            }
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    /** The page with the live-reload script added at the end of its head (same origin: the site's CSP allows it). */
    static byte[] withLiveReload(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int head = page.indexOf("</head>");
        if (head < 0) {
            return html;
        }
        return (page.substring(0, head) + new String(LIVE_TAG, StandardCharsets.UTF_8) + page.substring(head))
                .getBytes(StandardCharsets.UTF_8);
    }
}
