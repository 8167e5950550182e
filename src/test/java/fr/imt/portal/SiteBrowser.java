package fr.imt.portal;

import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.zip.GZIPOutputStream;

/**
 * A built site served on 127.0.0.1 by the JDK's HTTP server, and Debian's headless Chromium
 * driven through its ChromeDriver (nothing is downloaded). The server records every response, so
 * a test can count the bytes a page made the browser download.
 */
public final class SiteBrowser implements AutoCloseable {

    /** One response: the path, its size as served, and its size had the host compressed it with gzip. */
    public record Served(String path, long bytes, long gzipBytes) {}

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8", "svg", "image/svg+xml");

    private final HttpServer server;
    public final ChromeDriver driver;
    private final List<Served> served = new ArrayList<>();
    private final String prefix;

    public SiteBrowser(Path site) {
        this(site, "/");
    }

    /**
     * The site served under {@code prefix} (such as "/hrs4r/"), as a host serving it from a
     * sub-path would: an address outside the prefix does not exist.
     */
    public SiteBrowser(Path site, String prefix) {
        this.prefix = prefix;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path root = site.toAbsolutePath().normalize();
        server.createContext("/", exchange -> {
            try (exchange) {
                String requested = URI.create(exchange.getRequestURI().getRawPath()).getPath();
                if (!requested.startsWith(prefix)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String path = "/" + requested.substring(prefix.length());
                Path file = root.resolve(path.substring(1)).normalize();
                if (Files.isDirectory(file)) {
                    file = file.resolve("index.html");
                }
                int status = 200;
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    // Like a static host: the language's own 404 page, with a 404 status.
                    file = root.resolve(path.startsWith("/en/") ? "en/404.html" : "fr/404.html");
                    status = 404;
                    if (!Files.isRegularFile(file)) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                }
                byte[] body = Files.readAllBytes(file);
                String name = file.getFileName().toString();
                exchange.getResponseHeaders().set("Content-Type",
                        TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(body);
                }
                if (status == 200) {
                    synchronized (served) {
                        served.add(new Served(path, body.length, gzip(body)));
                    }
                }
            }
        });
        server.start();
        driver = chrome();
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Debian's headless Chromium, driven by its chromedriver, recording the console. */
    public static ChromeDriver chrome() {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + path;
    }

    public void open(String path) {
        driver.get(url(path));
    }

    /** The responses since the last call, and forgets them. */
    public List<Served> takeServed() {
        synchronized (served) {
            List<Served> out = List.copyOf(served);
            served.clear();
            return out;
        }
    }

    /** The browser console's warnings and errors since the last call. */
    public List<String> consoleProblems() {
        List<String> out = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                out.add(e.getLevel() + " " + e.getMessage());
            }
        }
        return out;
    }

    private static long gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.size();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.stop(0);
        }
    }
}
