package fr.imt.portal;

import fr.imt.portal.content.ContentLoader;
import fr.imt.portal.content.SettingsCheck;
import fr.imt.portal.content.Problems;
import fr.imt.portal.content.KeptSources;
import fr.imt.portal.model.Portal;
import fr.imt.portal.render.Bake;
import fr.imt.portal.search.SearchCorpus;
import fr.imt.portal.search.SearchIndexer;
import fr.imt.portal.site.SiteContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The site {@code serve} keeps up to date while an editor works. The first rebuild is a full
 * build (staged, published only if it succeeds). After a change to content only, the content is
 * loaded and checked again and only what it affects is rendered and written in place: pages
 * whose data changed, the search files whose bytes changed; the Lucene index for the
 * {@code search} command follows in the background. A change to templates, assets or settings,
 * a new day, or a failed rebuild makes the next rebuild a full one.
 */
public final class Preview implements AutoCloseable {

    private final Supplier<SiteBuilder.Options> options;
    private final ExecutorService lucene = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lucene-index");
        t.setDaemon(true);
        return t;
    });
    /** The source files this preview has read, kept from one rebuild to the next. */
    private final KeptSources kept = KeptSources.forPreview();
    private SiteOutput output;
    private SearchIndexer indexer;
    private LocalDate bakedFor;

    /** {@code options} is asked at each rebuild (the build date may change while serving). */
    public Preview(Supplier<SiteBuilder.Options> options) {
        this.options = options;
    }

    /**
     * After the first build, before the site is served: loads and renders the content again
     * (unchanged since, it writes nothing; changed meanwhile, its pages are written, and the
     * change's own rebuild follows with the search stage), so that the code of incremental rebuilds is
     * compiled before the editor's first change; that change then reaches the browser as fast as
     * the next ones (x10: the first edit took 256 ms to the reload event, the next ones 144 to
     * 198 ms). The search stage is left out: at x10 it takes a second, which an edit saved
     * meanwhile would wait for.
     */
    public synchronized void warmUp() {
        try {
            if (output != null) {
                rebuildNow(true, () -> { }, false);
            }
        } catch (RuntimeException e) {
            output = null;
        }
    }

    /** Rebuilds the site; {@code contentOnly} when only files under {@code content/} changed since the last rebuild. */
    public SiteBuilder.Report rebuild(boolean contentOnly) {
        return rebuild(contentOnly, () -> { });
    }

    /**
     * Rebuilds the site and calls {@code pagesReady} as soon as the pages are written, before the
     * search index is brought up to date: a browser showing the edited page can reload while the
     * search files (needed only when a visitor types a query) are being updated. A rebuild that
     * fails for any other reason than the content (a bug, a disk that cannot be written) is
     * reported as a rendering error: the last good site stays served and the next rebuild is full.
     */
    public synchronized SiteBuilder.Report rebuild(boolean contentOnly, Runnable pagesReady) {
        try {
            return rebuildNow(contentOnly, pagesReady, true);
        } catch (RuntimeException e) {
            output = null;
            return new SiteBuilder.Report(new Problems(), List.of(e.toString()), 0, 0, 0, false, new StageClock());
        }
    }

    /** A rebuild; {@code index}: the search index too (else the pages only, which an incremental rebuild always finds up to date). */
    private SiteBuilder.Report rebuildNow(boolean contentOnly, Runnable pagesReady, boolean index) {
        SiteBuilder.Options current = options.get();
        if (!contentOnly || output == null || !current.today().equals(bakedFor)) {
            return full(current);
        }
        StageClock stages = new StageClock();
        ContentLoader.Result loaded = ContentLoader.load(current.source().resolve("content"), current.today(),
                SettingsCheck.timeZone(current.source(), current.settings()),
                SettingsCheck.languagesToCheckWith(current.source(), current.settings()), kept);
        loaded.problems().addAll(SynonymsCheck.check(current.source().resolve("content")));
        stages.lap("load");
        Optional<Portal> portal = loaded.portal();
        if (portal.isEmpty() || loaded.problems().hasErrors()) {
            return new SiteBuilder.Report(loaded.problems(), List.of(), 0, 0, 0, false, stages);
        }
        SiteContext site = output.bake().context(SiteBuilder.shown(portal.get(), current), current.today());
        Bake.Result baked = output.write(site, false);
        stages.lap("render");
        if (!baked.errors().isEmpty()) {
            output = null;
            return new SiteBuilder.Report(loaded.problems(), baked.errors(), baked.pages(), baked.rendered(), baked.built(), false, stages);
        }
        pagesReady.run();
        if (!index) {
            return new SiteBuilder.Report(loaded.problems(), List.of(), baked.pages(), baked.rendered(), baked.built(), true, stages);
        }
        try {
            indexer.update(SearchCorpus.of(site, current.source().resolve("content")), current.output(), SiteBuilder.searchIndex(current.output()), lucene);
        } catch (RuntimeException e) {
            output = null;
            return new SiteBuilder.Report(loaded.problems(), List.of("search index: " + e), baked.pages(), baked.rendered(), baked.built(),
                    false, stages);
        }
        stages.lap("search");
        return new SiteBuilder.Report(loaded.problems(), List.of(), baked.pages(), baked.rendered(), baked.built(), true, stages);
    }

    private SiteBuilder.Report full(SiteBuilder.Options current) {
        indexer = new SearchIndexer(true);
        // The Lucene index is written in the background, one rebuild's after the other's.
        SiteBuilder.Built built = SiteBuilder.build(current, false, indexer, Optional.of(lucene), kept);
        output = built.output().orElse(null);
        bakedFor = current.today();
        return built.report();
    }

    /** Stops, once the Lucene index of the last rebuild is written (a minute at most). */
    @Override
    public void close() {
        lucene.shutdown();
        try {
            lucene.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
