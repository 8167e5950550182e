package fr.imt.portal.search;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.TestSites;
import fr.imt.portal.content.ContentLoader;
import fr.imt.portal.render.Bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Sites built once per test run for the search tests: the real content, and the real content ten times over. */
final class SearchSites {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static Path real;
    private static Path tenfold;
    private static SearchCorpus realCorpus;

    private SearchSites() {}

    /** The real content, built into target/search-tests/real/site (its Lucene index beside it). */
    static synchronized Path real() {
        if (real == null) {
            real = build(TestSites.PROJECT, TestSites.PROJECT.resolve("target/search-tests/real/site"));
        }
        return real;
    }

    /**
     * The real content with nine more copies of every principle and action (their names marked
     * with the copy's number): ten times the pages and the text, for the size budget.
     */
    static synchronized Path tenfold() {
        if (tenfold == null) {
            Path source = TestSites.PROJECT.resolve("target/search-tests/tenfold/source");
            TestSites.deleteTree(source);
            TestSites.real(source);
            multiply(source.resolve("content/hrs4r"), 10);
            tenfold = build(source, TestSites.PROJECT.resolve("target/search-tests/tenfold/site"));
        }
        return tenfold;
    }

    /**
     * The search entries of the real content, taken as a build takes them (loaded and baked into a
     * folder of their own): what the index of {@link #real()} was made from, texts included.
     */
    static synchronized SearchCorpus realCorpus() {
        if (realCorpus == null) {
            ContentLoader.Result loaded = ContentLoader.load(TestSites.PROJECT.resolve("content"), TODAY);
            Bake.Result baked = new Bake(TestSites.PROJECT, TestSites.PROJECT.resolve("target/search-tests/real-corpus"),
                    Map.of(), false).bake(loaded.portal().orElseThrow(), TODAY, false);
            if (!baked.errors().isEmpty()) {
                throw new IllegalStateException("the real content did not bake: " + baked.errors());
            }
            realCorpus = SearchCorpus.of(baked.context(), TestSites.PROJECT.resolve("content"));
        }
        return realCorpus;
    }

    static Path index(Path site) {
        return SiteBuilder.searchIndex(site);
    }

    private static Path build(Path source, Path out) {
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, out, TODAY));
        if (!report.published()) {
            throw new IllegalStateException("the site did not build: " + report.problems().errors() + report.renderingErrors());
        }
        return out;
    }

    private static void multiply(Path hrs4r, int times) {
        try (Stream<Path> principles = Files.list(hrs4r.resolve("principles"));
             Stream<Path> actions = Files.list(hrs4r.resolve("actions"))) {
            var principleFolders = principles.filter(Files::isDirectory).toList();
            var actionFiles = actions.toList();
            for (int copy = 1; copy < times; copy++) {
                for (Path folder : principleFolders) {
                    String id = folder.getFileName().toString();
                    Path target = folder.resolveSibling(id + "-copy-" + copy);
                    TestSites.copyTree(folder, target);
                    Path yaml = target.resolve("principle.yaml");
                    String text = Files.readString(yaml).replace("id: " + id, "id: " + id + "-copy-" + copy);
                    text = text.replaceFirst("name: \\{fr: \"([^\"]*)\", en: \"([^\"]*)\"\\}",
                            "name: {fr: \"$1 (copie " + copy + ")\", en: \"$2 (copy " + copy + ")\"}");
                    Files.writeString(yaml, text);
                }
                for (Path file : actionFiles) {
                    String text = Files.readString(file);
                    Matcher m = Pattern.compile("(?m)^number: (\\d+)").matcher(text);
                    if (!m.find()) {
                        throw new IllegalStateException("no number in " + file);
                    }
                    int number = copy * 100 + Integer.parseInt(m.group(1));
                    Files.writeString(file.resolveSibling(number + ".yaml"), m.replaceFirst("number: " + number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
