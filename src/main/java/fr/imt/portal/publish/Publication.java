package fr.imt.portal.publish;

import fr.imt.portal.output.SpareFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * A site being written next to the published one: everything is written into a staging folder,
 * which replaces the published folder only once the whole build has succeeded. A failed build
 * leaves the previous site exactly as it was.
 *
 * <p>The site it replaces is not deleted but kept beside it as a spare ({@code .site.spare} for
 * {@code site}), and the next build writes over the spare's files instead of creating new ones:
 * overwriting a file keeps it, whereas deleting a whole site and creating it again makes the file
 * system allocate thousands of files (on this project's ext4 machines, each new file after many
 * deletions costs as much as rendering a page). Files of the spare that the build does not write
 * again are deleted before publishing: they are marked at the start ({@link SpareFiles#STALE}) and every
 * write of the build replaces that mark.
 */
public final class Publication implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean published;

    private Publication(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Opens a staging folder beside {@code target} (same file system, so the swap is a rename):
     * the spare left by the previous publication, its files marked stale, or a new empty folder.
     */
    public static Publication begin(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            Path staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".staging-");
            Path spare = spare(absolute);
            if (Files.isDirectory(spare)) {
                Files.delete(staging);
                move(spare, staging);
                markStale(staging);
            }
            return new Publication(absolute, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder beside " + absolute, e);
        }
    }

    /** Where this build writes. */
    public Path staging() {
        return staging;
    }

    /** Deletes what this build did not write, then replaces the published site with the staged one. */
    public void publish() {
        try {
            sweep(staging);
            Path spare = spare(target);
            deleteTree(spare);
            if (Files.exists(target)) {
                move(target, spare);
            }
            move(staging, target);
            published = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the site to " + target, e);
        }
    }

    /** Keeps the staging folder as the next build's spare if the build did not publish it. */
    @Override
    public void close() {
        if (!published) {
            try {
                Path spare = spare(target);
                if (Files.exists(spare)) {
                    deleteTree(staging);
                } else {
                    move(staging, spare);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The folder kept beside {@code target} for the next build to write over. */
    static Path spare(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".spare");
    }

    private static void markStale(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.setLastModifiedTime(file, SpareFiles.STALE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes the files still marked stale, and the folders that leaves empty. Only a folder that
     * lost an entry is listed again to see whether it is empty (a large site has thousands of
     * folders, almost all unchanged).
     */
    private static void sweep(Path root) throws IOException {
        Set<Path> emptied = new HashSet<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.lastModifiedTime().equals(SpareFiles.STALE)) {
                    Files.delete(file);
                    emptied.add(file.getParent());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (!dir.equals(root) && emptied.remove(dir)) {
                    try (var entries = Files.list(dir)) {
                        if (entries.findAny().isEmpty()) {
                            Files.delete(dir);
                            emptied.add(dir.getParent());
                        }
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
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
