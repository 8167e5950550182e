package fr.imt.portal.cop;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.stream.Stream;

/** Sites for the COP tests: a fixture's content with the real templates and assets (the real site is {@link fr.imt.portal.SharedBuilds}'). */
final class TestSites {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private TestSites() {}

    /** A site folder made of fixture content (with optional overlays, later ones winning) and the project's templates. */
    static Path assemble(Path into, String... fixtures) {
        copy(PROJECT.resolve("templates"), into.resolve("templates"));
        copy(PROJECT.resolve("assets"), into.resolve("assets"));
        try {
            Files.copy(PROJECT.resolve("site.properties"), into.resolve("site.properties"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String fixture : fixtures) {
            copy(PROJECT.resolve("src/test/resources/sites").resolve(fixture).resolve("content"), into.resolve("content"));
        }
        return into;
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
