package fr.imt.portal;

import fr.imt.portal.opendata.DataPage;
import fr.imt.portal.opendata.OpenData;
import fr.imt.portal.opendata.OpenDataExport;
import fr.imt.portal.render.Bake;
import fr.imt.portal.site.SiteContext;

import java.util.List;

/**
 * The output stages that write the site's files from its context: the open data, then the pages
 * (the data page lists the files the open data stage wrote). A preview keeps one between
 * rebuilds, so that each stage writes only what changed.
 */
record SiteOutput(Bake bake, OpenDataExport openData) {

    SiteOutput(Bake bake) {
        this(bake, new OpenDataExport());
    }

    /** Writes the open data and renders the pages of {@code site}; assets are copied when {@code copyAssets}. */
    Bake.Result write(SiteContext site, boolean copyAssets) {
        OpenData data;
        try {
            data = openData.export(site, bake.destination());
        } catch (RuntimeException e) {
            return new Bake.Result(0, 0, 0, List.of("open data: " + e.getMessage()));
        }
        Bake.Result pages = bake.bake(site, List.of(DataPage.plan(site, data)), copyAssets);
        // The data files count among the files the build wrote, as the site files do.
        return new Bake.Result(pages.pages() + data.files().size(), pages.rendered(), pages.built(), pages.errors());
    }
}
