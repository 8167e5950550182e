package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.site.Urls;

import java.util.Arrays;
import java.util.List;

/**
 * The "Download this data" box of a page: the open datasets behind what the page shows, each with
 * its JSON file, its CSV file in the page's language, and its column descriptions on the data page.
 */
public record DataDownload(List<Item> items) {

    /** One dataset: its title, its files and where its columns are described. */
    public record Item(String title, String json, String csv, String about) {}

    static DataDownload of(BakeContext context, Lang lang, String... datasets) {
        Urls urls = context.urls();
        return new DataDownload(Arrays.stream(datasets).map(id -> new Item(
                context.messages().get(lang, "data.set." + id), urls.href(Urls.dataJson(id)), urls.href(Urls.dataCsv(id, lang)),
                urls.href(context.urls().data(lang)) + "#" + id)).toList());
    }
}
