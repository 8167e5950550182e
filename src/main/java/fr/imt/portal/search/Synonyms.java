package fr.imt.portal.search;

import fr.imt.portal.model.Lang;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The institution's acronyms and their expansions ({@code content/search/synonyms.<lang>.txt}: one
 * group of equivalent words or phrases per line, comma separated, as Lucene's Solr format writes them),
 * applied to the terms of the index: a text that says "COP" is also indexed under the terms of
 * "contrat d'objectifs et de performance", and the other way round, so a query for either finds
 * both. Queries are not expanded: the browser keeps looking up one term per word.
 */
public final class Synonyms {

    private final SynonymMap map;
    /** The first term of every phrase: a text with none of them has no synonym to add. */
    private final Set<String> starts;

    private Synonyms(SynonymMap map, Set<String> starts) {
        this.map = map;
        this.starts = Set.copyOf(starts);
    }

    /** No synonyms. */
    static final Synonyms NONE = new Synonyms(null, Set.of());

    /**
     * A line of the file that cannot say what it means, at its 1-based line and column: a phrase
     * with no word to search for (empty, or only small words such as "de la"), or a line with a
     * single phrase (nothing to relate it to: commas separate the phrases).
     */
    public record Mistake(int line, int column, Kind kind, String phrase) {
        public enum Kind { NO_WORD, ALONE }
    }

    /** One phrase of a line: its text and where it starts (0-based, in the line). */
    private record Phrase(String text, int at) {}

    /** The phrases of each line that is not blank or a {@code #} comment, by line number (from 1). */
    private static Map<Integer, List<Phrase>> groups(String text) {
        Map<Integer, List<Phrase>> out = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            List<Phrase> phrases = new ArrayList<>();
            int from = 0;
            for (String part : line.split(",", -1)) {
                int lead = part.length() - part.stripLeading().length();
                phrases.add(new Phrase(part.strip(), from + (part.isBlank() ? 0 : lead)));
                from += part.length() + 1;
            }
            out.put(n + 1, phrases);
        }
        return out;
    }

    /**
     * What is wrong in {@code text} (a synonyms file's contents) for {@code lang}'s analysis, in
     * reading order; the build checks this with the content, before anything is rendered.
     */
    public static List<Mistake> mistakes(String text, Lang lang) {
        SearchAnalysis analysis = SearchAnalysis.of(lang);
        List<Mistake> out = new ArrayList<>();
        groups(text).forEach((line, phrases) -> {
            for (Phrase phrase : phrases) {
                if (analysis.terms(phrase.text()).isEmpty()) {
                    out.add(new Mistake(line, phrase.at() + 1, Mistake.Kind.NO_WORD, phrase.text()));
                }
            }
            if (phrases.size() == 1 && !analysis.terms(phrases.get(0).text()).isEmpty()) {
                out.add(new Mistake(line, phrases.get(0).at() + 1, Mistake.Kind.ALONE, phrases.get(0).text()));
            }
        });
        return out;
    }

    /**
     * The synonyms of {@code text} (the file's contents): on each line that is not blank or a
     * {@code #} comment, phrases separated by commas, each analysed as a query is (stop words
     * dropped), all equivalent. The build has checked the file ({@link #mistakes}) before: a
     * phrase with no word relates nothing, and is left out.
     */
    static Synonyms parse(String text, SearchAnalysis analysis) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        Set<String> starts = new HashSet<>();
        boolean any = false;
        for (List<Phrase> group : groups(text).values()) {
            List<CharsRef> phrases = new ArrayList<>();
            for (Phrase phrase : group) {
                List<String> terms = analysis.terms(phrase.text());
                if (!terms.isEmpty()) {
                    phrases.add(SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder()));
                    starts.add(terms.get(0));
                }
            }
            for (CharsRef from : phrases) {
                for (CharsRef to : phrases) {
                    if (!from.equals(to)) {
                        builder.add(from, to, true);
                        any = true;
                    }
                }
            }
        }
        try {
            return any ? new Synonyms(builder.build(), starts) : NONE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A term with the passage it came from (-1: the title). */
    record Term(String term, int passage) {}

    /**
     * {@code terms} with the synonyms of every acronym or expansion they contain added after it,
     * each with the passage of the words it stands for.
     */
    List<Term> expand(List<Term> terms) {
        if (map == null || terms.stream().noneMatch(t -> starts.contains(t.term()))) {
            return terms;
        }
        List<Term> out = new ArrayList<>(terms.size());
        // The tokens are only listed, never indexed as a graph: no FlattenGraphFilter.
        try (TokenStream ts = new SynonymGraphFilter(new Terms(terms), map, false)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Term(term.toString(), terms.get(offset.startOffset()).passage()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Terms as a token stream, each one position, its offsets its index in the list. */
    private static final class Terms extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final List<Term> terms;
        private Iterator<Term> it;
        private int at;

        Terms(List<Term> terms) {
            this.terms = terms;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            it = terms.iterator();
            at = 0;
        }

        @Override
        public boolean incrementToken() {
            if (!it.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(it.next().term());
            offset.setOffset(at, at + 1);
            at++;
            return true;
        }
    }
}
