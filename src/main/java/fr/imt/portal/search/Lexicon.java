package fr.imt.portal.search;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of one language's index: the term each surface form becomes, analysed once per form
 * however often the site repeats it, and one shared instance per distinct word. Thread-safe: the
 * entries are analysed on every core.
 */
final class Lexicon {

    private final SearchAnalysis analysis;
    private final Map<String, Optional<String>> terms = new ConcurrentHashMap<>();
    private final Map<String, String> words = new ConcurrentHashMap<>();

    Lexicon(SearchAnalysis analysis) {
        this.analysis = analysis;
    }

    SearchAnalysis analysis() {
        return analysis;
    }

    /**
     * The term {@code surface} becomes (the term half of the analysis, on the form alone, as the
     * browser looks it up), or null for a stop word.
     */
    String termOf(String surface) {
        Optional<String> term = terms.get(surface);
        if (term == null) {
            term = terms.computeIfAbsent(surface, s -> Optional.ofNullable(analysis.term(s)).map(this::shared));
        }
        return term.orElse(null);
    }

    /**
     * The one instance of {@code word} this lexicon keeps: a large site repeats the same words
     * millions of times, and keeping each occurrence as its own string would cost hundreds of
     * megabytes.
     */
    String shared(String word) {
        // Looked up first: almost every word is already known, and a lookup takes no lock.
        String known = words.get(word);
        if (known == null) {
            known = words.putIfAbsent(word, word);
        }
        return known == null ? word : known;
    }
}
