package fr.imt.portal.opendata;

import fr.imt.portal.site.SiteContext;

import java.nio.file.Path;
import java.util.Map;

/**
 * The open data stage: every dataset of a build's model made into files, written into the
 * site before its pages are rendered (the data page lists the files and their sizes). A preview
 * keeps its export from one rebuild to the next while only the content changes (other changes
 * start a new export): unchanged datasets keep the files of the previous export, since writing a
 * large dataset costs far more than building it and comparing.
 */
public final class OpenDataExport {

    private SiteContext exportedFor;
    private OpenData export;

    /** The data of {@code context}'s build, written under {@code site}. */
    public OpenData export(SiteContext context, Path site) {
        boolean sameFrame = exportedFor != null && exportedFor.today().equals(context.today())
                && exportedFor.settings().equals(context.settings());
        export = OpenData.of(context, sameFrame ? export.byDataset() : Map.of());
        exportedFor = context;
        export.writeTo(site);
        return export;
    }
}
