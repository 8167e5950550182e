package fr.imt.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Site folders for tests: the project's real templates, assets and site.properties with either
 * the real content or a fixture's content from src/test/resources/sites/.
 */
public final class TestSites {

    /** The repository's root (the folder holding pom.xml). */
    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private TestSites() {}

    /** A copy of the site with the fixture {@code name}'s content, in a fresh folder under {@code parent}. */
    public static Path fixture(String name, Path parent) {
        Path site = parent.resolve(name);
        copyTree(PROJECT.resolve("templates"), site.resolve("templates"));
        copyTree(PROJECT.resolve("assets"), site.resolve("assets"));
        copyTree(PROJECT.resolve("src/test/resources/sites").resolve(name).resolve("content"), site.resolve("content"));
        copy(PROJECT.resolve("site.properties"), site.resolve("site.properties"));
        return site;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the real site's sources (content, templates, assets, site.properties) in {@code folder}. */
    public static Path real(Path folder) {
        for (String part : List.of("content", "templates", "assets")) {
            copyTree(PROJECT.resolve(part), folder.resolve(part));
        }
        copy(PROJECT.resolve("site.properties"), folder.resolve("site.properties"));
        return folder;
    }

    /** Deletes {@code root} and everything under it, if it exists. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root}, by its path relative to it, with its bytes. */
    public static Map<String, byte[]> files(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(root.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Fails unless the two folders hold the same files with the same bytes. */
    public static void assertSameFiles(Path expectedRoot, Path actualRoot) {
        Set<String> expected = paths(expectedRoot);
        assertEquals(expected, paths(actualRoot), "the same files");
        // File by file, without holding two whole sites in memory (some tests compare dozens of builds).
        List<String> different = new ArrayList<>();
        try {
            for (String path : expected) {
                if (Files.mismatch(expectedRoot.resolve(path), actualRoot.resolve(path)) != -1) {
                    different.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), different, "files whose bytes differ");
    }

    /** Every file under {@code root}, by its path relative to it. */
    private static Set<String> paths(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} by {@code to} in a text file, failing if it is not there. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not hold " + from);
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
