package fr.imt.portal;

import fr.imt.portal.cli.PortalCommand;
import picocli.CommandLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** The {@code serve} command running in a thread of the test, on a free port, as an editor starts it. */
final class ServeInBackground implements AutoCloseable {

    private final Thread thread;
    private final int port;

    ServeInBackground(Path source, Path out) {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread = new Thread(() -> new CommandLine(new PortalCommand()).execute("serve", "--source", source.toString(),
                "--out", out.toString(), "--port", Integer.toString(port)));
        thread.setDaemon(true);
        thread.start();
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
