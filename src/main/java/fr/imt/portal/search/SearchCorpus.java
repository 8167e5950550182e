package fr.imt.portal.search;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Pillar;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the index stage takes from the rendered site: each language's entries and the labels of
 * its filters. Nothing in it refers to the model, so a build lets the model, the rendering's views
 * and its converted Markdown go before it indexes (at 100 times the content they are about 100 MB,
 * which the index stage, the build's largest, would otherwise carry).
 */
public record SearchCorpus(Map<Lang, Language> languages) {

    /**
     * One language's part.
     *
     * @param entries    every entry, in the order of the static files
     * @param typeLabels each entry type's label ("action" → "Action"), for every type of the entries
     * @param pillars    the HRS4R pillars in order, each as its id and label ("Pillar 1 – …")
     * @param synonyms   the contents of the language's synonyms file ("" when there is none), see {@link Synonyms}
     */
    public record Language(List<SearchEntry> entries, Map<String, String> typeLabels, List<List<String>> pillars,
                           String synonyms) {
        public Language {
            entries = List.copyOf(entries);
            typeLabels = Map.copyOf(typeLabels);
            pillars = List.copyOf(pillars);
        }
    }

    public SearchCorpus {
        languages = Map.copyOf(languages);
    }

    /**
     * The corpus of {@code context}'s model, both languages, one on each core, with the synonyms
     * files of the {@code content} folder ({@code search/synonyms.<lang>.txt}).
     */
    public static SearchCorpus of(SiteContext context, Path content) {
        List<SearchSource> sources = SearchSource.all();
        return new SearchCorpus(Arrays.stream(Lang.values()).parallel().collect(Collectors.toMap(lang -> lang,
                lang -> take(context, sources, lang, content), (a, b) -> a, () -> new EnumMap<>(Lang.class))));
    }

    /** Where a language's synonyms are kept, under the content folder. */
    public static Path synonymsFile(Path content, Lang lang) {
        return content.resolve("search").resolve("synonyms." + lang.code() + ".txt");
    }

    private static Language take(SiteContext context, List<SearchSource> sources, Lang lang, Path content) {
        List<SearchEntry> entries = new ArrayList<>();
        for (SearchSource source : sources) {
            entries.addAll(source.entries(context, lang));
        }
        entries.addAll(folders(context, lang, entries));
        Map<String, String> typeLabels = entries.stream().map(SearchEntry::type).distinct()
                .collect(Collectors.toMap(type -> type, type -> context.messages().get(lang, "search.type." + type)));
        List<List<String>> pillars = new ArrayList<>();
        for (Pillar p : context.portal().hrs4r().pillars()) {
            pillars.add(List.of(p.id().value(), context.messages().pillar(lang, p)));
        }
        Path synonyms = synonymsFile(content, lang);
        try {
            return new Language(entries, typeLabels, pillars, Files.exists(synonyms) ? Files.readString(synonyms) : "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + synonyms, e);
        }
    }

    /**
     * The page of each folder holding pages of one kind ({@code fr/cop/ecoles/}, "the schools' fact
     * sheets"), a list a visitor may look for by its name: the build renders one where such pages
     * are, and it lists them, so it is indexed where the entries of the sources are inside it.
     */
    private static List<SearchEntry> folders(SiteContext context, Lang lang, List<SearchEntry> entries) {
        List<SearchEntry> folders = new ArrayList<>();
        for (Urls.Section section : context.urls().sections(lang)) {
            String folder = section.folder();
            if (entries.stream().anyMatch(e -> section.holds(e.path()))
                    && entries.stream().noneMatch(e -> e.path().equals(folder))) {
                folders.add(Hrs4rSearchSource.page(context, "section-" + section.name(),
                        context.messages().get(lang, section.titleKey()), folder));
            }
        }
        return folders;
    }

    /** {@code lang}'s part. */
    public Language language(Lang lang) {
        return languages.get(lang);
    }
}
