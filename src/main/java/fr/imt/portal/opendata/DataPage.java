package fr.imt.portal.opendata;

import fr.imt.portal.model.Lang;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Dates;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.Numbers;
import fr.imt.portal.site.PagePlan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The open data page of each language ({@code /fr/donnees/}, {@code /en/data/}): every dataset
 * with its files and their sizes, its columns (name, label, type, meaning), the licence and the
 * update date. The open data stage ({@link OpenDataExport}) makes the data files; the page is
 * rendered with the other pages.
 */
public final class DataPage {

    /** A dataset as the data page lists it. */
    public record DatasetView(String id, String title, String description, String count, List<FileView> files,
                              List<FieldView> fields) {}

    /** A downloadable file: its label, address, size in words and media type. */
    public record FileView(String label, String url, String size, String type, String hreflang) {}

    /** A column of a dataset, described in the page's language. */
    public record FieldView(String name, String label, String type, String description) {}

    private DataPage() {}

    /** The data page of each language, presenting {@code data}, the export of {@code context}'s build. */
    public static PagePlan plan(SiteContext context, OpenData data) {
        return new PagePlan("data", context.urls()::data, lang -> context.messages().get(lang, "data.title"),
                lang -> page(context, data, lang));
    }

    private static Map<String, Object> page(SiteContext context, OpenData data, Lang lang) {
        Messages m = context.messages();
        List<DatasetView> datasets = data.datasets().stream().map(p -> {
            Dataset d = p.dataset();
            List<FileView> files = p.files().stream().map(f -> file(context, f, lang)).toList();
            List<FieldView> fields = d.fields().stream().map(f -> new FieldView(f.name(), f.label().in(lang),
                    m.get(lang, "data.type." + f.type().key()), f.description().in(lang))).toList();
            String count = m.format(lang, "data.records", d.records().size());
            return new DatasetView(d.id(), d.title().in(lang), d.description().in(lang), count, files, fields);
        }).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("datasets", datasets);
        page.put("licenceName", data.licence().name());
        page.put("licenceUrl", data.licence().url());
        page.put("publisher", context.settings().get("site.publisher.name"));
        page.put("updated", Dates.label(context.today(), lang));
        page.put("updatedIso", context.today().toString());
        page.put("catalog", file(context, data.catalog(), lang));
        return page;
    }

    private static FileView file(SiteContext context, OpenData.File f, Lang lang) {
        Messages m = context.messages();
        String label = switch (f.format()) {
            case "json" -> m.get(lang, "data.format.json");
            case "csv" -> m.get(lang, "data.format.csv." + f.lang().code());
            default -> m.get(lang, "data.format.catalog");
        };
        String type = switch (f.format()) {
            case "json" -> "application/json";
            case "csv" -> "text/csv";
            default -> "application/ld+json";
        };
        return new FileView(label, context.urls().href(f.path()), size(f.size(), m, lang), type,
                f.lang() == null ? "" : f.lang().code());
    }

    static String size(int bytes, Messages m, Lang lang) {
        if (bytes < 1024) {
            return m.format(lang, "data.size.bytes", bytes);
        }
        return m.format(lang, "data.size.kb", Numbers.format(bytes / 1024.0, 1, lang));
    }
}
