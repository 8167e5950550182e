package fr.imt.portal;

import fr.imt.portal.cli.PortalCommand;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code serve} in a process of its own, started as an editor starts it, so that a test can
 * count the threads and the open sockets of the server alone (from Linux's {@code /proc}), and
 * the JDK server's limits apply as they do for editors (they are read once per process).
 */
final class ServeProcess implements AutoCloseable {

    private final Process process;
    final int port;
    private final Path log;

    ServeProcess(Path source, Path out, Path log, String... options) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        this.log = log;
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PortalCommand.class.getName(),
                "serve", "--source", source.toString(), "--out", out.toString(), "--port", Integer.toString(port)));
        command.addAll(List.of(options));
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the site is served (the first build done: a page is answered), at most {@code limit}. */
    void awaitServing(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("serve stopped:\n" + Files.readString(log));
            }
            try {
                if (get("/fr/", "localhost:" + port).startsWith("HTTP/1.1 200")) {
                    return;
                }
            } catch (IOException notYet) {
                // the port is not taken yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("serve did not start within " + limit + ":\n" + Files.readString(log));
    }

    /** The server process's threads now. */
    int threads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring("Threads:".length()).strip());
            }
        }
        throw new IllegalStateException("no thread count in /proc");
    }

    /** The sockets the server process holds open now (its listening socket included). */
    long sockets() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().startsWith("socket:");
                } catch (IOException e) {
                    return false; // closed meanwhile
                }
            }).count();
        }
    }

    /**
     * Sends {@code request} (raw bytes, as a hostile client may) on a new connection and returns
     * the whole answer, or what came before the server closed it; never waits more than 10 s.
     */
    String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A GET of {@code path} with the {@code Host} header {@code host} (none when null), answer closed after. */
    String get(String path, String host) throws IOException {
        return exchange("GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n")
                + "Connection: close\r\n\r\n");
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
