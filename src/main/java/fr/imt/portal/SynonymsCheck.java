package fr.imt.portal;

import fr.imt.portal.content.Problems;
import fr.imt.portal.content.SourcePosition;
import fr.imt.portal.model.Lang;
import fr.imt.portal.search.SearchCorpus;
import fr.imt.portal.search.Synonyms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The search synonyms files ({@code content/search/synonyms.<lang>.txt}) checked with the rest of
 * the content, before anything is rendered: what the search analysis cannot relate (see
 * {@link Synonyms#mistakes}) is an editors' problem at its line and column, reported in the same
 * run as every other one, instead of a failure of the index stage after the pages are built.
 */
final class SynonymsCheck {

    private SynonymsCheck() {}

    static Problems check(Path content) {
        Problems problems = new Problems();
        for (Lang lang : Lang.values()) {
            Path file = SearchCorpus.synonymsFile(content, lang);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.unreadable(file, "", e);
                continue;
            }
            for (Synonyms.Mistake m : Synonyms.mistakes(text, lang)) {
                String key = m.kind() == Synonyms.Mistake.Kind.ALONE ? "search.synonyms.alone"
                        : m.phrase().isEmpty() ? "search.synonyms.empty" : "search.synonyms.noWord";
                problems.error(new SourcePosition(file, m.line(), m.column()), "", key, m.phrase());
            }
        }
        return problems;
    }
}
