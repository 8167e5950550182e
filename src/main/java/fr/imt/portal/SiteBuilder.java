package fr.imt.portal;

import fr.imt.portal.content.ContentLoader;
import fr.imt.portal.content.KeptSources;
import fr.imt.portal.content.MarkdownChecks;
import fr.imt.portal.content.Problems;
import fr.imt.portal.content.QuotedSettings;
import fr.imt.portal.content.SettingsCheck;
import fr.imt.portal.content.SourcePosition;
import fr.imt.portal.model.Portal;
import fr.imt.portal.output.SpareFiles;
import fr.imt.portal.render.Bake;
import fr.imt.portal.render.SiteFiles;
import fr.imt.portal.search.SearchCorpus;
import fr.imt.portal.search.SearchIndexer;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The portal's pipeline behind one call: load and validate the content, write the open data and
 * render the pages ({@link SiteOutput}), index, and publish the site only when everything
 * succeeded ({@link StagedPublications}). The command line and the tests both use it.
 */
public final class SiteBuilder {

    /**
     * What to build: a site folder (content, templates, assets, site.properties), where, as of which
     * day, and settings that replace those of site.properties for this build only (a deployment's
     * {@code site.basePath} and {@code site.url}); {@code preview} for {@code serve}, which also
     * shows what is not published yet (drafts, posts dated after the build date).
     */
    public record Options(Path source, Path output, LocalDate today, Map<String, String> settings, boolean preview) {
        public Options {
            source = source.toAbsolutePath().normalize();
            output = output.toAbsolutePath().normalize();
            settings = Map.copyOf(settings);
        }

        public Options(Path source, Path output, LocalDate today, Map<String, String> settings) {
            this(source, output, today, settings, false);
        }

        public Options(Path source, Path output, LocalDate today) {
            this(source, output, today, Map.of());
        }
    }

    /**
     * What the site shows of {@code portal}: everything in a preview ({@code serve}, drafts and
     * scheduled posts marked), what is released on the build date otherwise.
     */
    public static Portal shown(Portal portal, Options options) {
        return options.preview() ? portal : portal.released(options.today());
    }

    /**
     * The outcome: the content problems (if any), rendering errors (bugs), the page count, how
     * many pages were actually rendered (written: fewer than the pages in an incremental
     * rebuild), how many had their data built (an incremental rebuild builds only the pages
     * showing what changed, see {@code ChangedPagesRenderer}), and the time each stage took.
     */
    public record Report(Problems problems, List<String> renderingErrors, int pages, int rendered, int built,
                         boolean published, StageClock stages) {}

    private SiteBuilder() {}

    /** Writes a build's Lucene index beside the static index, which the build waits for. */
    private static final Executor LUCENE_WRITER = DaemonThreads.named("lucene-index");

    /** Checks every source and writes nothing. */
    public static Problems validate(Path source) {
        return validate(source, LocalDate.now());
    }

    /** Checks every source as of the build date {@code today} (which decides some warnings) and writes nothing. */
    public static Problems validate(Path source, LocalDate today) {
        Path root = source.toAbsolutePath().normalize();
        Problems problems = ContentLoader.check(root.resolve("content"), today);
        problems.addAll(SettingsCheck.check(root, Map.of()));
        problems.addAll(SynonymsCheck.check(root.resolve("content")));
        problems.addAll(QuotedSettings.check(root, Map.of(), false));
        return problems;
    }

    /**
     * What stops a publication before anything is built: every setting the prose pages quote
     * (the legal notice's host, the contact address) must be filled in, {@code settings}
     * replacing those of site.properties as for the build.
     */
    public static Problems publicationCheck(Path source, Map<String, String> settings) {
        return QuotedSettings.check(source.toAbsolutePath().normalize(), settings, true);
    }

    /**
     * Where a build into {@code output} keeps the Lucene index for the {@code search} command:
     * beside the site ({@code target/search-index} for {@code target/site}), never published.
     */
    public static Path searchIndex(Path output) {
        return output.toAbsolutePath().normalize().resolveSibling("search-index");
    }

    public static Report build(Options options) {
        return build(options, false);
    }

    /** Builds; when {@code strict}, a warning stops the build like an error and nothing is published. */
    public static Report build(Options options, boolean strict) {
        return build(options, strict, new SearchIndexer(false), Optional.empty(), KeptSources.none()).report();
    }

    /** A full build, and the output stages a preview keeps to rebuild incrementally after it. */
    record Built(Report report, Optional<SiteOutput> output) {}

    /**
     * A full build: load and validate, render (the open data, then the pages), index, publish. A
     * build's Lucene index is staged with the site and published with it, once written. A
     * preview's ({@code previewLucene} present: the bake and indexer remember, for incremental
     * rebuilds) is written through {@code previewLucene} straight into its folder after the site
     * is published, as its incremental rebuilds do: it is not part of the site, and only the
     * {@code search} command reads it. {@code kept}: what a preview keeps of the source files.
     */
    static Built build(Options options, boolean strict, SearchIndexer indexer, Optional<Executor> previewLucene,
                       KeptSources kept) {
        boolean preview = previewLucene.isPresent();
        StageClock stages = new StageClock();
        StagedPublications staged = StagedPublications.begin(options.output(),
                preview ? Optional.empty() : Optional.of(searchIndex(options.output())));
        Rendered rendered = loadAndRender(options, strict, preview, kept, staged, stages);
        if (rendered.next().isEmpty()) {
            return new Built(rendered.report(), Optional.empty());
        }
        ToIndex next = rendered.next().get();
        try (StagedPublications.Open publications = next.publications()) {
            try {
                if (publications.index().isPresent()) {
                    // The Lucene index is written on another core meanwhile; it is whole before it is published.
                    indexer.update(next.corpus(), publications.site().staging(), publications.index().get().staging(),
                            LUCENE_WRITER).lucene().join();
                } else {
                    indexer.update(next.corpus(), publications.site().staging(), searchIndex(options.output()), previewLucene.get());
                }
            } catch (RuntimeException e) {
                return new Built(rendered.ended(List.of("search index: " + e), false), Optional.empty());
            }
            stages.lap("search");
            publications.publish();
            stages.lap("write");
            next.output().ifPresent(output -> output.bake().destination(options.output()));
            return new Built(rendered.ended(List.of(), true), next.output());
        }
    }

    /** What the index and publish stages take from a build that rendered: nothing in it refers to the model. */
    private record ToIndex(StagedPublications.Open publications, SearchCorpus corpus, Optional<SiteOutput> output) {}

    /** What loading and rendering leave to the rest of a build: their report and, unless they stopped it, what comes next. */
    private record Rendered(Report report, Optional<ToIndex> next) {

        /** The build's report once the rest of it ended with {@code errors}, published or not. */
        Report ended(List<String> errors, boolean published) {
            return new Report(report.problems(), errors, report.pages(), report.rendered(), report.built(), published, report.stages());
        }
    }

    /**
     * Loads the content and renders the pages into the site's staging folder. The model lives in
     * this method's frame only: once it returns, the garbage collector can take the model, the
     * rendering's views and the converted Markdown, which at 100 times the content are about
     * 100 MB that the index stage (the build's largest) would otherwise carry. A preview's bake
     * keeps them anyway, for its incremental rebuilds.
     */
    private static Rendered loadAndRender(Options options, boolean strict, boolean preview, KeptSources kept,
                                          StagedPublications staged, StageClock stages) {
        ContentLoader.Result loaded;
        try {
            loaded = ContentLoader.load(options.source().resolve("content"), options.today(),
                    SettingsCheck.timeZone(options.source(), options.settings()),
                    SettingsCheck.languagesToCheckWith(options.source(), options.settings()), kept);
        } catch (RuntimeException | Error bug) {
            try {
                staged.abandon();
            } catch (RuntimeException e) {
                bug.addSuppressed(e);
            }
            throw bug;
        }
        // The settings that reach the pages as addresses or markup are checked with the content.
        loaded.problems().addAll(SettingsCheck.check(options.source(), options.settings()));
        loaded.problems().addAll(SynonymsCheck.check(options.source().resolve("content")));
        stages.lap("load");
        Optional<Portal> portal = loaded.portal();
        if (portal.isEmpty() || loaded.problems().hasErrors() || (strict && !loaded.problems().warnings().isEmpty())) {
            staged.abandon();
            return new Rendered(new Report(loaded.problems(), List.of(), 0, 0, 0, false, stages), Optional.empty());
        }
        StagedPublications.Open publications = staged.open();
        try {
            SiteOutput output = new SiteOutput(new Bake(options.source(), publications.site().staging(), options.settings(), preview));
            SiteContext site = output.bake().context(shown(portal.get(), options), options.today());
            List<SiteFiles.Clash> clashes = output.bake().clashes(site);
            if (!clashes.isEmpty()) {
                // Two pages claiming one address: each named by its content file, before anything is rendered.
                Path content = options.source().resolve("content");
                clashes.forEach(c -> loaded.problems().error(SourcePosition.startOf(c.file().isEmpty() ? content : content.resolve(c.file())),
                        "", c.key(), c.args().toArray()));
                publications.close();
                return new Rendered(new Report(loaded.problems(), List.of(), 0, 0, 0, false, stages), Optional.empty());
            }
            Bake.Result baked = output.write(site, true);
            stages.lap("render");
            List<String> errors = baked.errors();
            Optional<SearchCorpus> corpus = Optional.empty();
            if (errors.isEmpty()) {
                try {
                    corpus = Optional.of(SearchCorpus.of(site, options.source().resolve("content")));
                } catch (RuntimeException e) {
                    errors = List.of("search index: " + e);
                }
            }
            if (errors.isEmpty() && !linksLead(loaded, options.source(), publications.site().staging())) {
                publications.close();
                return new Rendered(new Report(loaded.problems(), List.of(), baked.pages(), baked.rendered(), baked.built(), false, stages),
                        Optional.empty());
            }
            Report report = new Report(loaded.problems(), errors, baked.pages(), baked.rendered(), baked.built(), false, stages);
            if (corpus.isEmpty()) {
                publications.close();
                return new Rendered(report, Optional.empty());
            }
            return new Rendered(report, Optional.of(new ToIndex(publications, corpus.get(),
                    preview ? Optional.of(output) : Optional.empty())));
        } catch (RuntimeException | Error bug) {
            try {
                publications.close();
            } catch (RuntimeException e) {
                bug.addSuppressed(e);
            }
            throw bug;
        }
    }

    /**
     * Whether every link the prose makes to a site path leads to a page or file of the site just
     * rendered into {@code staging} (or to one of its assets); each that does not is an error at
     * the link, since the site would publish a broken link.
     */
    private static boolean linksLead(ContentLoader.Result loaded, Path source, Path staging) {
        boolean all = true;
        for (MarkdownChecks.SiteLink link : loaded.siteLinks()) {
            if (!leads(link.path(), source.resolve("assets"), staging)) {
                loaded.problems().error(link.at(), "", "markdown.brokenLink", link.path());
                all = false;
            }
        }
        return all;
    }

    private static boolean leads(String link, Path assets, Path staging) {
        String path = link.replaceFirst("[?#].*", "").substring(1);
        try {
            path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (String file : List.of(Urls.file(path), path + "/index.html")) {
            Path staged = staging.resolve(file).normalize();
            Path asset = assets.resolve(file).normalize();
            if ((staged.startsWith(staging) && SpareFiles.belongs(staged)) || (asset.startsWith(assets) && Files.isRegularFile(asset))) {
                return true;
            }
        }
        return false;
    }
}
