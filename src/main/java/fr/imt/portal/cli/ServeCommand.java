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
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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

    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Integer call() throws Exception {
        Path out = site.output().toAbsolutePath().normalize();
        Path source = site.source.toAbsolutePath().normalize();
        // The sources are watched before the first build: an edit saved while it runs, or just
        // after the site is first served, still makes a rebuild.
        try (Preview preview = new Preview(() -> new SiteBuilder.Options(site.source, site.output(), site.buildDate()));
             WatchService watcher = watching(source)) {
            rebuild(preview, false);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
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
            watch(watcher, source, preview);
        }
        return 0;
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
            report.renderingErrors().forEach(e -> System.err.println("  " + e));
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
        // Collect the rebuild's garbage now, while the editor reads the page, rather than in the
        // middle of the next rebuild: a full collection of a large site's heap takes 0.2 s.
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

    /** A watch on the site's content, templates and assets (every folder in them) and its settings. */
    private static WatchService watching(Path source) throws IOException {
        WatchService watcher = FileSystems.getDefault().newWatchService();
        for (String folder : new String[]{"content", "templates", "assets"}) {
            register(watcher, source.resolve(folder));
        }
        source.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
        return watcher;
    }

    private void watch(WatchService watcher, Path source, Preview preview) throws InterruptedException, IOException {
        Path content = source.resolve("content");
        try {
            while (true) {
                WatchKey key = watcher.take();
                // Editors save several files at once: wait for the burst to end.
                TimeUnit.MILLISECONDS.sleep(15);
                boolean relevant = false;
                boolean contentOnly = true;
                List<Path> newFolders = new ArrayList<>();
                for (WatchKey k = key; k != null; k = watcher.poll()) {
                    Path folder = (Path) k.watchable();
                    for (WatchEvent<?> event : k.pollEvents()) {
                        Path changed = event.context() instanceof Path p ? folder.resolve(p) : folder;
                        if (source.equals(folder) && !changed.getFileName().toString().equals("site.properties")) {
                            continue;
                        }
                        relevant = true;
                        contentOnly &= changed.startsWith(content);
                        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)
                                || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                            newFolders.add(event.kind() == StandardWatchEventKinds.OVERFLOW ? folder : changed);
                        }
                    }
                    k.reset();
                }
                if (relevant) {
                    // A new folder (a new school, principle…) is watched too, with what it holds.
                    for (Path folder : newFolders) {
                        register(watcher, folder);
                    }
                    rebuild(preview, contentOnly);
                }
            }
        } catch (ClosedWatchServiceException e) {
            // stopped
        }
    }

    private static void register(WatchService watcher, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
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
