package fr.imt.portal.content;

import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Languages;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.model.Otmr;
import fr.imt.portal.model.Page;
import fr.imt.portal.model.Portal;
import fr.imt.portal.model.Provenance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Entry point of the first pipeline stage: reads and checks everything under {@code content/},
 * and returns the portal's model only when no error was found. Every problem of the run is in
 * the returned {@link Problems}.
 */
public final class ContentLoader {

    /**
     * The outcome of loading: the model when there was no error, every problem found, and the
     * links the prose makes to the site's own paths (which the build checks once it knows every page).
     */
    public record Result(Optional<Portal> portal, Problems problems, List<MarkdownChecks.SiteLink> siteLinks) {
        Result(Optional<Portal> portal, Problems problems) {
            this(portal, problems, List.of());
        }
    }

    private ContentLoader() {}

    /**
     * Loads as of the build date {@code today}, which decides the warnings about late actions and
     * unreported milestone steps, and dates the content's files as days in the publisher's time
     * {@code zone} (see {@link ContentHistory}); the languages are those of the site.properties
     * beside {@code contentRoot}.
     */
    public static Result load(Path contentRoot, LocalDate today, ZoneId zone) {
        return load(contentRoot, today, Optional.of(zone), siteLanguages(contentRoot), KeptSources.none());
    }

    /**
     * Loads as {@link #load(Path, LocalDate, ZoneId)} does, reading again only the files changed
     * since {@code kept} was last loaded with. Without a {@code zone} (site.properties gives no
     * valid one, an error reported with the settings) the files cannot be dated: the content is
     * only checked, and no model is returned. {@code languages} name the field that says where the
     * translated texts come from ({@link Languages#translationField}).
     */
    public static Result load(Path contentRoot, LocalDate today, Optional<ZoneId> zone, Languages languages, KeptSources kept) {
        return read(contentRoot, today, zone.map(z -> ContentHistory.start(contentRoot, z)).orElse(null), languages, kept);
    }

    /** Checks the content as of today without reading its history. */
    public static Problems check(Path contentRoot) {
        return check(contentRoot, LocalDate.now());
    }

    /** Checks the content as of {@code today} without reading its history: what {@code validate} needs. */
    public static Problems check(Path contentRoot, LocalDate today) {
        return read(contentRoot, today, null, siteLanguages(contentRoot), KeptSources.none()).problems();
    }

    /** The languages of the site whose content is {@code contentRoot}, as its site.properties gives them. */
    private static Languages siteLanguages(Path contentRoot) {
        return SettingsCheck.languagesToCheckWith(contentRoot.toAbsolutePath().normalize().getParent(), java.util.Map.of());
    }

    /** {@code history} null: check only, no model is returned. */
    private static Result read(Path contentRoot, LocalDate today, ContentHistory history, Languages languages, KeptSources kept) {
        Problems problems = new Problems();
        // A source from outside the site folder is never read, not even to report its mistakes.
        if (!SourceTree.check(contentRoot.toAbsolutePath().normalize().getParent(), problems)) {
            return new Result(Optional.empty(), problems);
        }
        SourceFiles files = new SourceFiles(kept, languages);
        References references = new References();
        Sources sources = new Sources(contentRoot);
        // The COP and the news are read on other cores meanwhile: the loaders share only what is
        // thread-safe (problems, references, sources), and problems are reported in reading order.
        CompletableFuture<Cop> cop = CompletableFuture.supplyAsync(
                () -> new CopLoader(contentRoot, problems, references, today, sources, files).load());
        CompletableFuture<List<NewsItem>> news = CompletableFuture.supplyAsync(
                () -> new NewsLoader(contentRoot, problems, sources, files).load());
        Hrs4r hrs4r = new Hrs4rLoader(contentRoot, problems, references, today, sources, files).load();
        PagesLoader pagesLoader = new PagesLoader(contentRoot, problems, references, sources, files);
        List<Page> pages = pagesLoader.pages();
        Optional<Otmr> otmr = pagesLoader.otmr();
        Cop loadedCop = joined(cop);
        List<NewsItem> loadedNews = joined(news);
        references.check(problems);
        new Glossary(contentRoot, problems, files, sources).check();
        if (!problems.hasErrors()) {
            // Only once the rest is right: a file with a mistake may not have been taken in yet.
            SourceTree.strays(contentRoot, sources.allFiles(), problems);
        }
        if (problems.hasErrors() || history == null) {
            return new Result(Optional.empty(), problems);
        }
        if (history.shallow()) {
            problems.warning(SourcePosition.startOf(contentRoot), "", "content.shallowClone");
        }
        Provenance provenance = new Provenance(sources.byEntity(), history.dates(sources.allFiles()));
        return new Result(Optional.of(new Portal(hrs4r, pages, loadedCop, otmr, loadedNews, provenance)), problems,
                siteLinks(contentRoot, sources.allFiles(), files, problems));
    }

    /** The links to site paths in the Markdown files among {@code files} (paths relative to {@code contentRoot}). */
    private static List<MarkdownChecks.SiteLink> siteLinks(Path contentRoot, java.util.Set<String> names, SourceFiles files, Problems problems) {
        List<MarkdownChecks.SiteLink> links = new java.util.ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".md")) {
                Path file = contentRoot.resolve(name);
                try {
                    links.addAll(MarkdownChecks.siteLinks(file, files.text(file)));
                } catch (java.io.IOException e) {
                    problems.error(file, "", "file.unreadable", String.valueOf(e.getMessage()));
                }
            }
        }
        return List.copyOf(links);
    }

    /** The loader's result, or its own exception (a bug), as if it had run on this thread. */
    private static <T> T joined(CompletableFuture<T> loading) {
        try {
            return loading.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
