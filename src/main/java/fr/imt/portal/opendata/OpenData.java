package fr.imt.portal.opendata;

import fr.imt.portal.model.Translation;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Text;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import fr.imt.portal.output.ChangedFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The portal's data published next to its pages: every dataset as one JSON file (texts in both
 * languages) and one CSV file per language, plus a catalogue. Everything is computed in memory
 * from the checked model, then written into the build's staging folder, so a failed build
 * publishes no data either.
 */
public final class OpenData {

    /** A published file: its site path and its bytes. */
    public record File(String path, String format, Lang lang, byte[] bytes) {
        public int size() {
            return bytes.length;
        }
    }

    /** A dataset with its files: JSON first, then the CSV of each language. */
    public record Published(Dataset dataset, List<File> files) {}

    /** The licence the data is published under, from {@code site.data.licence.*}. */
    public record Licence(String name, String url) {}

    static final String DEFAULT_LICENCE_NAME = "Licence Ouverte / Open Licence 2.0 (Etalab)";
    static final String DEFAULT_LICENCE_URL = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";

    private final List<Published> datasets;
    private final File catalog;
    private final Licence licence;

    private OpenData(List<Published> datasets, File catalog, Licence licence) {
        this.datasets = datasets;
        this.catalog = catalog;
        this.licence = licence;
    }

    /** Builds every dataset and its files from the model. */
    public static OpenData of(SiteContext context) {
        return of(context, Map.of());
    }

    /**
     * Builds every dataset from the model, reusing the files of an equal dataset in
     * {@code earlier} (the last export of a preview whose settings, addresses and date have not
     * changed since): writing a large dataset costs far more than building it and comparing.
     */
    static OpenData of(SiteContext context, Map<Dataset, Published> earlier) {
        Licence licence = licence(context);
        List<Dataset> all = new ArrayList<>(Hrs4rData.datasets(context));
        all.addAll(CopData.datasets(context));
        // Each dataset's files on every core: a large site's few big datasets are most of the export.
        List<Published> published = all.parallelStream().map(d -> {
            Published same = earlier.get(d);
            if (same != null) {
                return same;
            }
            List<File> files = new ArrayList<>();
            files.add(new File(Urls.dataJson(d.id()), "json", null, JsonFormat.write(d, context, licence)));
            for (Lang lang : context.languages().all()) {
                files.add(new File(Urls.dataCsv(d.id(), lang), "csv", lang, CsvFormat.write(d, lang)));
            }
            return new Published(d, List.copyOf(files));
        }).toList();
        File catalog = new File(Urls.dataCatalog(), "jsonld", null, Catalog.write(published, context, licence));
        return new OpenData(List.copyOf(published), catalog, licence);
    }

    public List<Published> datasets() {
        return datasets;
    }

    /** The datasets by their content, for the next export to reuse. */
    Map<Dataset, Published> byDataset() {
        Map<Dataset, Published> all = new HashMap<>();
        datasets.forEach(p -> all.put(p.dataset(), p));
        return all;
    }

    public File catalog() {
        return catalog;
    }

    public Licence licence() {
        return licence;
    }

    /** Every file: each dataset's, then the catalogue. */
    public List<File> files() {
        List<File> files = new ArrayList<>();
        datasets.forEach(d -> files.addAll(d.files()));
        files.add(catalog);
        return files;
    }

    /** Writes every file under {@code site} (the staging folder). */
    void writeTo(Path site) {
        try {
            for (File f : files()) {
                ChangedFiles.write(site.resolve(f.path()), f.bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the open data", e);
        }
    }

    static Licence licence(SiteContext context) {
        var s = context.settings();
        String name = s.has("site.data.licence.name") && !s.get("site.data.licence.name").isBlank()
                ? s.get("site.data.licence.name") : DEFAULT_LICENCE_NAME;
        String url = s.has("site.data.licence.url") && !s.get("site.data.licence.url").isBlank()
                ? s.get("site.data.licence.url") : DEFAULT_LICENCE_URL;
        return new Licence(name, url);
    }

    static Dataset.Builder builder(SiteContext context, String id) {
        var m = context.messages();
        String key = "data.set." + id;
        return new Dataset.Builder(id, m, Text.from(lang -> m.get(lang, key)), Text.from(lang -> m.get(lang, key + ".description")));
    }

    static String code(Translation translation) {
        return translation.name().toLowerCase(Locale.ROOT);
    }
}
