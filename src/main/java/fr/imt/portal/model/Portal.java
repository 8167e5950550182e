package fr.imt.portal.model;

import java.util.List;

/** Everything the portal publishes, loaded and checked: the input of rendering and indexing. */
public record Portal(Hrs4r hrs4r, List<Page> pages, Cop cop) {

    /** A portal without COP content (sites and fixtures that hold only the HRS4R). */
    public Portal(Hrs4r hrs4r, List<Page> pages) {
        this(hrs4r, pages, Cop.EMPTY);
    }
}
