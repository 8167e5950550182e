package fr.imt.portal;

import fr.imt.portal.cli.PortalCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code serve} command running in a thread of the test, on a free port, as an editor starts it. */
final class ServeInBackground implements AutoCloseable {

    private final Thread thread;
    private final int port;

    /** {@code serve} of {@code source} into {@code out}, with the further {@code options} (such as {@code --poll}). */
    ServeInBackground(Path source, Path out, String... options) {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(List.of("serve", "--source", source.toString(), "--out", out.toString(),
                "--port", Integer.toString(port)));
        args.addAll(List.of(options));
        thread = new Thread(() -> new CommandLine(new PortalCommand()).execute(args.toArray(String[]::new)));
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits (at most a minute) until {@code page} of the preview answers 200: the first build is over. */
    void waitUntilServed(String page) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(100);
        }
    }

    /**
     * What the serve thread is doing now, with every other thread of the test's JVM that is
     * ours or the pool's: what a failed wait for a rebuild prints, to tell a lost file event
     * from a rebuild that is stuck or died.
     */
    String state() {
        StringBuilder text = new StringBuilder("serve thread ").append(thread.isAlive() ? "alive" : "ended")
                .append(", ").append(thread.getState()).append('\n');
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t == thread || t.getName().startsWith("lucene") || t.getName().startsWith("ForkJoin")
                    || t.getName().startsWith("serve") || t.getName().startsWith("FileSystemWatch")) {
                text.append(t.getName()).append(" (").append(t.getState()).append(")\n");
                for (StackTraceElement frame : stack) {
                    text.append("    at ").append(frame).append('\n');
                }
            }
        });
        return text.toString();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * Stops serving and waits for it: a page shows before the search files of its rebuild are
     * written, and the test's temporary folder must outlive them.
     */
    @Override
    public void close() throws InterruptedException {
        thread.interrupt();
        thread.join(30_000);
    }
}
