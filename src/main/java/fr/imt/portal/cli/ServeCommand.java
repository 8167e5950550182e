package fr.imt.portal.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.imt.portal.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Builds, serves the site on localhost, and rebuilds when a source changes, for editors who
 * preview before they push. A rebuild with content errors prints them and keeps serving the
 * last good site.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://localhost:PORT/ and rebuilds when a source changes.")
final class ServeCommand implements Callable<Integer> {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8",
            "png", "image/png", "ico", "image/x-icon");

    @Mixin
    SiteOptions site = new SiteOptions();

    @Option(names = "--port", description = "Port on localhost (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Override
    public Integer call() throws Exception {
        Path out = site.output().toAbsolutePath().normalize();
        rebuild();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> serveFile(exchange, out));
        server.start();
        System.out.println("Serving " + out + " at http://localhost:" + server.getAddress().getPort() + "/ (Ctrl+C to stop)");
        watch();
        return 0;
    }

    private void rebuild() {
        long start = System.nanoTime();
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(site.source, site.output(), site.buildDate()));
        ProblemReport.print(report.problems(), site.source, System.err, true);
        if (!report.renderingErrors().isEmpty()) {
            report.renderingErrors().forEach(e -> System.err.println("  " + e));
        }
        if (report.published()) {
            System.out.printf("Rebuilt %d pages in %d ms%n", report.pages(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void watch() throws IOException, InterruptedException {
        Path source = site.source.toAbsolutePath().normalize();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            for (String folder : new String[]{"content", "templates", "assets"}) {
                register(watcher, source.resolve(folder));
            }
            source.register(watcher, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            while (true) {
                WatchKey key = watcher.take();
                // Editors save several files at once: wait for the burst to end.
                TimeUnit.MILLISECONDS.sleep(50);
                boolean relevant = !key.pollEvents().isEmpty();
                key.reset();
                WatchKey more;
                while ((more = watcher.poll()) != null) {
                    more.pollEvents();
                    more.reset();
                }
                if (relevant) {
                    register(watcher, source.resolve("content"));
                    rebuild();
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
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
