package fr.imt.portal.search;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.TestSites;
import fr.imt.portal.bench.SyntheticSite;
import fr.imt.portal.content.ContentLoader;
import fr.imt.portal.content.SettingsCheck;
import fr.imt.portal.render.Bake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** Sites built once per test run for the search tests: the real content, and the real content ten times over. */
final class SearchSites {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static Path real;
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
     * A synthetic site {@code scale} times the real content ({@link SyntheticSite}, its default seed
     * and news), built once per run.
     */
    static synchronized Path synthetic(int scale) {
        Path source = TestSites.PROJECT.resolve("target/search-tests/x" + scale + "/source");
        SyntheticSite.generate(new SyntheticSite.Options(TestSites.PROJECT, source, scale, 2027, 12));
        return build(source, TestSites.PROJECT.resolve("target/search-tests/x" + scale + "/site"));
    }

    /**
     * The search entries of the real content, taken as a build takes them (loaded, in the site's
     * context): what the index of {@link #real()} was made from (their texts are read from its pages).
     */
    static synchronized SearchCorpus realCorpus() {
        if (realCorpus == null) {
            ContentLoader.Result loaded = ContentLoader.load(TestSites.PROJECT.resolve("content"), TODAY,
                    SettingsCheck.timeZone(TestSites.PROJECT, Map.of()).orElseThrow());
            realCorpus = SearchCorpus.of(new Bake(TestSites.PROJECT, TestSites.PROJECT.resolve("target/search-tests/real-corpus"),
                    Map.of(), false).context(loaded.portal().orElseThrow(), TODAY), TestSites.PROJECT.resolve("content"));
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
}
