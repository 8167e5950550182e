package fr.imt.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
}
