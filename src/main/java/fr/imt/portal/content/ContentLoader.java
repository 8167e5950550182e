package fr.imt.portal.content;

import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.model.Otmr;
import fr.imt.portal.model.Page;
import fr.imt.portal.model.Portal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the first pipeline stage: reads and checks everything under {@code content/},
 * and returns the portal's model only when no error was found. Every problem of the run is in
 * the returned {@link Problems}.
 */
public final class ContentLoader {

    /** The outcome of loading: the model when there was no error, and every problem found. */
    public record Result(Optional<Portal> portal, Problems problems) {}

    private ContentLoader() {}

    public static Result load(Path contentRoot) {
        return load(contentRoot, LocalDate.now());
    }

    /**
     * Loads as of the build date {@code today}, which decides the warnings about late actions and
     * unreported milestone steps.
     */
    public static Result load(Path contentRoot, LocalDate today) {
        Problems problems = new Problems();
        References references = new References();
        Hrs4r hrs4r = new Hrs4rLoader(contentRoot, problems, references, today).load();
        Cop cop = new CopLoader(contentRoot, problems, references, today).load();
        PagesLoader pagesLoader = new PagesLoader(contentRoot, problems, references);
        List<Page> pages = pagesLoader.pages();
        Optional<Otmr> otmr = pagesLoader.otmr();
        List<NewsItem> news = new NewsLoader(contentRoot, problems).load();
        references.check(problems);
        if (problems.hasErrors()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new Portal(hrs4r, pages, cop, otmr, news)), problems);
    }
}
