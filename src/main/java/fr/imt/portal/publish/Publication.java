package fr.imt.portal.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A site being written next to the published one: everything is written into a staging folder,
 * which replaces the published folder only once the whole build has succeeded. A failed build
 * is discarded and leaves the previous site exactly as it was.
 */
public final class Publication implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean published;

    private Publication(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Opens a staging folder beside {@code target} (same file system, so the swap is a rename). */
    public static Publication begin(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-");
            return new Publication(absolute, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + absolute, e);
        }
    }

    /** Where this build writes. */
    public Path staging() {
        return staging;
    }

    /** Replaces the published site with the staged one. */
    public void publish() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = target.resolveSibling("." + target.getFileName() + ".previous-" + System.nanoTime());
                move(target, old);
            }
            move(staging, target);
            published = true;
            if (old != null) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the site to " + target, e);
        }
    }

    /** Discards the staging folder if the build did not publish it. */
    @Override
    public void close() {
        if (!published) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
