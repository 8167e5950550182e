package fr.imt.portal.cli;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.content.Catalogue;
import fr.imt.portal.model.Lang;
import fr.imt.portal.search.Searcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** Searches the Lucene index of the last build and prints the ranked results. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the index of the last build (written beside the site, in search-index/) and prints ranked results.")
final class SearchCommand implements Callable<Integer> {

    // Not SiteOptions: searching reads a built site and has no build date.
    @Option(names = "--source", paramLabel = "DIR", description = "Site folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Where the site was built (default: target/site under the source folder).")
    Path out;

    @Option(names = "--lang", paramLabel = "fr|en", description = "The language of the index searched, and of the answer (default: ${DEFAULT-VALUE}).")
    String lang = "fr";

    @Option(names = "--limit", paramLabel = "N", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Parameters(arity = "1..*", paramLabel = "WORDS", descriptionKey = "words", description = "The query, as a visitor would type it.")
    List<String> words;

    @Override
    public Integer call() {
        Lang language;
        try {
            language = Lang.valueOf(lang.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println(Catalogue.in(EditorLanguage.choose(null, System.getenv(), source))
                    .say("cli.invalid", "--lang", lang, "fr, en"));
            return 2;
        }
        // --lang is the language searched, and the one the answer is given in.
        Catalogue say = Catalogue.in(language);
        Path index = SiteBuilder.searchIndex(out != null ? out : SiteOptions.defaultOutput(source));
        if (!Files.isDirectory(index.resolve(language.code()))) {
            System.err.println(say.say("search.noIndex", index.resolve(language.code())));
            return 1;
        }
        try (Searcher searcher = Searcher.open(index, language)) {
            List<Searcher.Hit> hits = searcher.search(String.join(" ", words), limit);
            if (hits.isEmpty()) {
                System.out.println(say.say("search.noResult"));
            }
            int rank = 1;
            for (Searcher.Hit h : hits) {
                System.out.printf(Locale.ROOT, "%2d. %-24s %7.3f  [%s] %s  %s%n", rank++, h.key(), h.score(), h.type(),
                        h.title(), h.url());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
