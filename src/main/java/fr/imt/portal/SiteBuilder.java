package fr.imt.portal;

import fr.imt.portal.content.ContentLoader;
import fr.imt.portal.content.Problems;
import fr.imt.portal.model.Portal;
import fr.imt.portal.publish.Publication;
import fr.imt.portal.render.Bake;
import fr.imt.portal.search.SearchIndexer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The portal's pipeline behind one call: load and validate the content, render the pages, and
 * publish the site only when everything succeeded. The command line and the tests both use it.
 */
public final class SiteBuilder {

    /**
     * What to build: a site folder (content, templates, assets, site.properties), where, as of which
     * day, and settings that replace those of site.properties for this build only (a deployment's
     * {@code site.basePath} and {@code site.url}).
     */
    public record Options(Path source, Path output, LocalDate today, Map<String, String> settings) {
        public Options {
            source = source.toAbsolutePath().normalize();
            output = output.toAbsolutePath().normalize();
            settings = Map.copyOf(settings);
        }

        public Options(Path source, Path output, LocalDate today) {
            this(source, output, today, Map.of());
        }
    }

    /** The outcome: the content problems (if any), rendering errors (bugs), and the page count. */
    public record Report(Problems problems, List<String> renderingErrors, int pages, boolean published, StageClock stages) {}

    private SiteBuilder() {}

    /** Checks every source and writes nothing. */
    public static Problems validate(Path source) {
        return ContentLoader.load(source.toAbsolutePath().normalize().resolve("content")).problems();
    }

    /**
     * Where a build into {@code output} keeps the Lucene index for the {@code search} command:
     * beside the site ({@code target/search-index} for {@code target/site}), never published.
     */
    public static Path searchIndex(Path output) {
        return output.toAbsolutePath().normalize().resolveSibling("search-index");
    }

    public static Report build(Options options) {
        StageClock stages = new StageClock();
        ContentLoader.Result loaded = ContentLoader.load(options.source().resolve("content"));
        stages.lap("load");
        Optional<Portal> portal = loaded.portal();
        if (portal.isEmpty()) {
            return new Report(loaded.problems(), List.of(), 0, false, stages);
        }
        try (Publication publication = Publication.begin(options.output());
             Publication searchIndex = Publication.begin(searchIndex(options.output()))) {
            Bake.Result bake = Bake.run(portal.get(), options.source(), publication.staging(), options.today(),
                    options.settings());
            stages.lap("render");
            if (!bake.errors().isEmpty()) {
                return new Report(loaded.problems(), bake.errors(), bake.pages(), false, stages);
            }
            try {
                SearchIndexer.index(bake.context(), publication.staging(), searchIndex.staging());
            } catch (RuntimeException e) {
                return new Report(loaded.problems(), List.of("search index: " + e), bake.pages(), false, stages);
            }
            stages.lap("search");
            publication.publish();
            searchIndex.publish();
            stages.lap("write");
            return new Report(loaded.problems(), List.of(), bake.pages(), true, stages);
        }
    }
}
