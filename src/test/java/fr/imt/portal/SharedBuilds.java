package fr.imt.portal;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Builds of the real site that many test classes only read, made once per test run instead of
 * once per class. A class declares {@code @ExtendWith(SharedBuilds.class)} and takes a
 * {@link Sites} parameter in its {@code @BeforeAll} method. Each build is made on first use and
 * kept in the root store of JUnit's run, which deletes its folder when the run ends: its lifetime
 * is the run's, and no class can see another's changes because no class changes it (a test that
 * edits a site builds its own).
 */
public final class SharedBuilds implements ParameterResolver {

    /** The day the shared builds take as today (the tests' usual day). */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBuilds.class);

    /** One built site: its sources, its output (the search index beside it) and the build's report. */
    public record Built(Path source, Path output, SiteBuilder.Report report, Path folder) implements AutoCloseable {
        /** Deletes the temporary folder of the build when the run ends. */
        @Override
        public void close() {
            TestSites.deleteTree(folder);
        }
    }

    /** The shared builds of this run. */
    public static final class Sites {
        private final ExtensionContext.Store store;

        private Sites(ExtensionContext.Store store) {
            this.store = store;
        }

        /**
         * The real content, templates and assets built where they are, as {@code ./portal build} does:
         * the "last updated" dates come from git, as in CI.
         */
        public Built realInPlace() {
            return store.getOrComputeIfAbsent("real-in-place", key -> build(TestSites.PROJECT, temporaryFolder("in-place")), Built.class);
        }

        /**
         * A copy of the real site's sources (content, templates, assets, site.properties) in a
         * temporary folder, built there: the sources are outside git, so dates come from the files.
         */
        public Built realCopy() {
            return store.getOrComputeIfAbsent("real-copy", key -> {
                Path folder = temporaryFolder("copy");
                return build(TestSites.real(folder.resolve("src")), folder);
            }, Built.class);
        }

        private static Built build(Path source, Path folder) {
            Path output = folder.resolve("site");
            return new Built(source, output, SiteBuilder.build(new SiteBuilder.Options(source, output, TODAY)), folder);
        }

        private static Path temporaryFolder(String name) {
            try {
                return Files.createTempDirectory("portal-shared-" + name + "-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sites.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new Sites(context.getRoot().getStore(NAMESPACE));
    }
}
