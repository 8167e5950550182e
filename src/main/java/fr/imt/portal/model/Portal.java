package fr.imt.portal.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything the portal publishes, loaded and checked: the input of rendering and indexing.
 * The OTM-R page is absent only from sites without {@code content/pages/otm-r.yaml} (small test
 * sites); news items are sorted newest first. {@code provenance} says which files each entity is
 * made from and when they last changed.
 */
public record Portal(Hrs4r hrs4r, List<Page> pages, Cop cop, Optional<Otmr> otmr, List<NewsItem> news,
                     Provenance provenance) {

    /** A portal whose files' dates are unknown (pages then show no "last updated" date). */
    public Portal(Hrs4r hrs4r, List<Page> pages, Cop cop, Optional<Otmr> otmr, List<NewsItem> news) {
        this(hrs4r, pages, cop, otmr, news, Provenance.NONE);
    }

    /** A portal without COP content, OTM-R grouping or news (sites and fixtures that hold only the HRS4R). */
    public Portal(Hrs4r hrs4r, List<Page> pages) {
        this(hrs4r, pages, Cop.EMPTY);
    }

    /** A portal without OTM-R grouping or news. */
    public Portal(Hrs4r hrs4r, List<Page> pages, Cop cop) {
        this(hrs4r, pages, cop, Optional.empty(), List.of());
    }
}
