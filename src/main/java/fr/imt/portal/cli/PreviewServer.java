package fr.imt.portal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.imt.portal.content.Catalogue;
import fr.imt.portal.content.Problem;
import fr.imt.portal.model.Lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of {@code serve}: the JDK's server on the loopback address, answering only
 * requests addressed to this computer by name ({@code localhost}, {@code 127.0.0.1},
 * {@code [::1]}, or names given with {@code --host-name}), so that a web page whose name was
 * re-pointed at 127.0.0.1 (DNS rebinding) cannot read the preview. It serves the files of the
 * site folder only (no {@code ..}, no link out of it), adds the live-reload script to the HTML
 * it serves, and tells the open pages over server-sent events when the site was rebuilt or
 * which content errors keep it from being rebuilt (the page shows them over itself).
 *
 * <p>Limits: a few handler threads whatever the number of connections, a request must arrive
 * within {@link #REQUEST_SECONDS} seconds, an idle connection is closed after
 * {@link #IDLE_SECONDS}, and a live-reload connection the browser closed is noticed and closed
 * within two {@link #HEARTBEAT_SECONDS heartbeats}.
 */
final class PreviewServer implements AutoCloseable {

    /** Handler threads: a browser opens six connections per host; more only wait their turn. */
    static final int THREADS = 8;
    static final int REQUEST_SECONDS = 5;
    static final int IDLE_SECONDS = 30;
    static final int HEARTBEAT_SECONDS = 2;
    /** Served under this prefix only by {@code serve}; no site path starts with an underscore. */
    static final String LIVE = "/_portal/";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "csv", "text/csv; charset=utf-8",
            "png", "image/png", "ico", "image/x-icon");
    /** The live-reload script, and the style of its error box (loaded with the page, ready when an error comes). */
    private static final byte[] LIVE_TAG = ("<link rel=\"stylesheet\" href=\"" + LIVE + "overlay.css\">"
            + "<script src=\"" + LIVE + "live-reload.js\" defer></script>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] HEARTBEAT = ": still here\n\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] REBUILT = "event: rebuilt\ndata: \n\n".getBytes(StandardCharsets.UTF_8);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Path root;
    private final Set<String> hostNames;
    /** The editor's language, in which the preview's own answers (a refusal, a page not found) are written. */
    private final Catalogue say;
    private final ThreadPoolExecutor handlers;
    private final ScheduledExecutorService heartbeat;
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    /** The {@code problems} event of the last failed rebuild, sent to each page that connects; null once rebuilt. */
    private volatile byte[] problems;

    private PreviewServer(HttpServer server, Path root, Set<String> hostNames, Catalogue say) {
        this.server = server;
        this.root = root;
        this.hostNames = hostNames;
        this.say = say;
        AtomicInteger count = new AtomicInteger();
        // Fixed threads and a queue: a slow or idle client holds at most one thread, and is cut
        // off by the server's request timeout.
        handlers = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "serve-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "serve-heartbeat");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(handlers);
        guarded(server.createContext("/", this::serveFile));
        guarded(server.createContext(LIVE + "live-reload.js", exchange -> resource(exchange, "live-reload.js")));
        guarded(server.createContext(LIVE + "overlay.css", exchange -> resource(exchange, "overlay.css")));
        guarded(server.createContext(LIVE + "events", this::listen));
        heartbeat.scheduleWithFixedDelay(() -> send(HEARTBEAT), HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Takes {@code port} on the loopback address for the site folder {@code root}; the names in
     * {@code extraHostNames} are accepted besides this computer's own; its own answers speak
     * {@code say}'s language.
     *
     * @throws java.net.BindException when the port is taken
     */
    static PreviewServer bind(int port, Path root, List<String> extraHostNames, Catalogue say) throws IOException {
        // The JDK's server reads its limits from system properties, once, when its first server is
        // made; values given on the command line (-D) are kept.
        setIfAbsent("sun.net.httpserver.maxReqTime", REQUEST_SECONDS);
        setIfAbsent("sun.net.httpserver.idleInterval", IDLE_SECONDS);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
        extraHostNames.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        return new PreviewServer(server, root, Set.copyOf(names), say);
    }

    private static void setIfAbsent(String property, int value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, Integer.toString(value));
        }
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The site was rebuilt: the open pages reload, and no longer show the last errors. */
    void rebuilt() {
        problems = null;
        send(REBUILT);
    }

    /**
     * A rebuild failed: the open pages (and those opened until the next successful rebuild)
     * show {@code errors}, files relative to {@code source}, and {@code bugs} (rendering errors,
     * which have no file).
     */
    void failed(List<Problem> errors, List<String> bugs, Path source, Lang lang) {
        List<Map<String, Object>> list = new ArrayList<>();
        Path base = source.toAbsolutePath().normalize();
        for (Problem p : errors) {
            Path file = p.position().file();
            Path shown = file.isAbsolute() && file.startsWith(base) ? base.relativize(file) : file;
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("file", shown.toString().replace('\\', '/'));
            item.put("line", p.position().line());
            item.put("column", p.position().column());
            item.put("field", p.field());
            item.put("message", p.message(lang));
            list.add(item);
        }
        for (String bug : bugs) {
            list.add(Map.of("file", "", "line", 0, "column", 0, "field", "", "message", bug));
        }
        try {
            // The box speaks the editor's language, as the messages do, whatever the page's language.
            String data = JSON.writeValueAsString(Map.of("lang", lang.code(), "problems", list));
            problems = ("event: problems\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        send(problems);
    }

    /** Adds the checks every request goes through before its handler. */
    private void guarded(HttpContext context) {
        context.getFilters().add(new Filter() {
            @Override
            public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
                Refusal refusal = refusal(exchange);
                if (refusal != null) {
                    plain(exchange, refusal.status(), refusal.key());
                    return;
                }
                try {
                    chain.doFilter(exchange);
                } catch (RuntimeException e) {
                    // A request we did not foresee: answered, never left hanging.
                    plain(exchange, 400, "serve.answer.bad");
                }
            }

            @Override
            public String description() {
                return "Host name, method, and an answer to every request";
            }
        });
    }

    /** A request refused: its status, and the catalogue key of the reason given. */
    private record Refusal(int status, String key) {}

    /** Why the request is refused, or null. */
    private Refusal refusal(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            return new Refusal(405, "serve.answer.method");
        }
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        if (hosts == null || hosts.size() != 1) {
            return new Refusal(400, "serve.answer.noHost");
        }
        if (!allowedHost(hosts.get(0))) {
            return new Refusal(403, "serve.answer.host");
        }
        return null;
    }

    private boolean allowedHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon > h.lastIndexOf(']')) {
            if (!h.substring(colon + 1).equals(Integer.toString(port()))) {
                return false;
            }
            h = h.substring(0, colon);
        } else if (port() != 80) {
            return false;
        }
        return hostNames.contains(h);
    }

    private void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = file(exchange);
            if (file == null) {
                plain(exchange, 400, "serve.answer.notAPath");
                return;
            }
            int status = 200;
            if (!isInside(file)) {
                status = 404;
                String path = exchange.getRequestURI().getRawPath();
                file = root.resolve(path.startsWith("/en/") ? "en/404.html" : "fr/404.html");
                if (!Files.isRegularFile(file)) {
                    plain(exchange, 404, "serve.answer.notFound");
                    return;
                }
            }
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            if (ext.equals("html")) {
                body = withLiveReload(body);
            }
            respond(exchange, status, TYPES.getOrDefault(ext, "application/octet-stream"), body);
        }
    }

    /** The file a request asks for (a folder's index.html), or null when its path cannot be one. */
    private Path file(HttpExchange exchange) {
        String path;
        try {
            path = new URI(exchange.getRequestURI().getRawPath()).getPath();
        } catch (URISyntaxException e) {
            return null;
        }
        if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0 || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        Path file;
        try {
            file = root.resolve(path.substring(1)).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    /** Whether {@code file} is a file of the site folder, links resolved (a link out of it is not). */
    private boolean isInside(Path file) throws IOException {
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return false;
        }
        return file.toRealPath().startsWith(root.toRealPath());
    }

    /** A browser page subscribes to rebuilds (server-sent events); the stream stays open, and holds no thread. */
    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        byte[] state = problems;
        synchronized (exchange) {
            exchange.getResponseBody().write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            if (state != null) {
                exchange.getResponseBody().write(state);
            }
            exchange.getResponseBody().flush();
        }
        listeners.add(exchange);
    }

    /** Sends {@code event} to every open page; a page that was closed has its connection closed. */
    private void send(byte[] event) {
        for (HttpExchange listener : listeners) {
            try {
                synchronized (listener) {
                    listener.getResponseBody().write(event);
                    listener.getResponseBody().flush();
                }
            } catch (IOException e) {
                listeners.remove(listener);
                listener.close();
            }
        }
    }

    private static void resource(HttpExchange exchange, String name) throws IOException {
        try (exchange; InputStream in = PreviewServer.class.getResourceAsStream("/serve/" + name)) {
            respond(exchange, 200, TYPES.get(name.substring(name.lastIndexOf('.') + 1)), in.readAllBytes());
        }
    }

    /** Answers {@code status} with the catalogue's message {@code key}, after the status as a browser shows it. */
    private void plain(HttpExchange exchange, int status, String key) throws IOException {
        try (exchange) {
            respond(exchange, status, "text/plain; charset=utf-8", (status + " " + say.say(key) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
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

    @Override
    public void close() {
        server.stop(0);
        heartbeat.shutdownNow();
        handlers.shutdownNow();
    }
}
