package fr.imt.portal.publicsite;

import fr.imt.portal.SharedBuilds;
import fr.imt.portal.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A copy of the real site folder (content, templates, assets, site.properties) in a temporary
 * folder, which a test may change (add fixture posts, edit a content file) before building it
 * through the real pipeline.
 */
final class SiteUnderTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    final Path source;
    final Path output;

    private SiteUnderTest(Path root) {
        this(root.resolve("src"), root.resolve("site"));
    }

    private SiteUnderTest(Path source, Path output) {
        this.source = source;
        this.output = output;
    }

    /**
     * The copy of the real site built once for the whole test run ({@link SharedBuilds.Sites#realCopy}),
     * checked as {@link #build()} checks a build: for tests that only read it.
     */
    static SiteUnderTest sharedCopyOfRealSite(SharedBuilds.Sites sites) {
        SharedBuilds.Built built = sites.realCopy();
        assertEquals(TODAY, SharedBuilds.TODAY);
        assertEquals(List.of(), built.report().problems().errors(), "content problems");
        assertEquals(List.of(), built.report().renderingErrors(), "rendering errors");
        assertTrue(built.report().published());
        return new SiteUnderTest(built.source(), built.output());
    }

    static SiteUnderTest copyOfRealSite(Path root) {
        SiteUnderTest site = new SiteUnderTest(root);
        for (String part : List.of("content", "templates", "assets", "site.properties")) {
            copy(PROJECT.resolve(part), site.source.resolve(part));
        }
        return site;
    }

    /** Copies a fixture file or folder from src/test/resources into the site folder. */
    SiteUnderTest with(String resource, String target) {
        copy(PROJECT.resolve("src/test/resources").resolve(resource), source.resolve(target));
        return this;
    }

    SiteUnderTest replace(String file, String from, String to) {
        Path path = source.resolve(file);
        try {
            String text = Files.readString(path);
            assertTrue(text.contains(from), file + " should contain " + from);
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    SiteUnderTest append(String file, String text) {
        try {
            Files.writeString(source.resolve(file), Files.readString(source.resolve(file)) + text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    SiteBuilder.Report build() {
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, output, TODAY));
        assertEquals(List.of(), report.problems().errors(), "content problems");
        assertEquals(List.of(), report.renderingErrors(), "rendering errors");
        assertTrue(report.published());
        return report;
    }

    Document page(String path) {
        Path file = output.resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path);
        try {
            return Jsoup.parse(file.toFile(), "UTF-8", "https://engagements.imt.fr/" + path);
        } catch (IOException e) {
            throw new UncheckedIOException("no page at " + path, e);
        }
    }

    String text(String path) {
        try {
            return Files.readString(output.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String path) {
        return Files.isRegularFile(output.resolve(path.endsWith("/") ? path + "index.html" : path));
    }

    /** Every HTML file of the built site, as site paths ("fr/otm-r/index.html"). */
    List<String> htmlFiles() {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> output.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
