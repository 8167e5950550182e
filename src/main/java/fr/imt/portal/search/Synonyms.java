package fr.imt.portal.search;

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
import java.util.List;
import java.util.Set;

/**
 * The institution's acronyms and their expansions ({@code content/search/synonyms.<lang>.txt}: one
 * group of equivalent words or phrases per line, comma separated, as Lucene's Solr format writes them),
 * applied to the terms of the index: a text that says "COP" is also indexed under the terms of
 * "contrat d'objectifs et de performance", and the other way round, so a query for either finds
 * both. Queries are not expanded: the browser keeps looking up one term per word.
 */
final class Synonyms {

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
     * The synonyms of {@code text} (the file's contents): on each line that is not blank or a
     * {@code #} comment, phrases separated by commas, each analysed as a query is (stop words
     * dropped), all equivalent. A phrase with no word is reported with its line under {@code name}.
     */
    static Synonyms parse(String name, String text, SearchAnalysis analysis) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        Set<String> starts = new HashSet<>();
        boolean any = false;
        List<String> lines = text.lines().toList();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<CharsRef> phrases = new ArrayList<>();
            for (String phrase : line.split(",")) {
                List<String> terms = analysis.terms(phrase);
                if (terms.isEmpty()) {
                    throw new IllegalArgumentException(name + ", line " + (n + 1) + ": \"" + phrase.strip()
                            + "\" has no word to search for");
                }
                phrases.add(SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder()));
                starts.add(terms.get(0));
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
