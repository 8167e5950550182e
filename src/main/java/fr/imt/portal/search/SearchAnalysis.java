package fr.imt.portal.search;

import fr.imt.portal.model.Lang;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.StopFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The text analysis shared by the index, the command line and (through the mappings the indexer
 * writes) the browser. One chain per language, in two halves:
 * <ol>
 *   <li>the <em>surface</em> half, which the browser client reproduces in a few lines of
 *   JavaScript: split on anything that is not a letter, a digit or an apostrophe; trim
 *   apostrophes; strip French elisions (l', d', qu'…) or English possessives ('s); lower-case;
 *   fold accents and ligatures to ASCII;</li>
 *   <li>the <em>term</em> half, which the browser never runs: stop words, then light stemming
 *   (FrenchLightStemFilter, or Porter for English). The indexer writes, for every surface form of
 *   the site, the term it becomes, so the browser looks terms up instead of stemming.</li>
 * </ol>
 */
public final class SearchAnalysis {

    /** French articles and pronouns elided before a vowel: Lucene's list, written for the browser too. */
    public static final List<String> FRENCH_ELISIONS = List.of(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");

    private static final CharArraySet ELISIONS = new CharArraySet(FRENCH_ELISIONS, true);

    private final Lang lang;
    private final CharArraySet stopWords;
    private final Analyzer full;
    private final Analyzer surface;
    private final Analyzer indexSurface;

    private SearchAnalysis(Lang lang) {
        this.lang = lang;
        Set<String> stops = new TreeSet<>();
        Analyzer folding = chain(false, null);
        CharArraySet source = switch (lang) {
            case FR -> FrenchAnalyzer.getDefaultStopSet();
            case EN -> EnglishAnalyzer.getDefaultStopSet();
        };
        for (Object word : source) {
            stops.addAll(run(folding, new String((char[]) word)));
        }
        stops.addAll(elisions(lang));
        this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(stops, false));
        this.full = chain(true, stopWords);
        this.surface = folding;
        this.indexSurface = indexChain();
    }

    private static final SearchAnalysis FR = new SearchAnalysis(Lang.FR);
    private static final SearchAnalysis EN = new SearchAnalysis(Lang.EN);

    public static SearchAnalysis of(Lang lang) {
        return switch (lang) {
            case FR -> FR;
            case EN -> EN;
        };
    }

    /** The articles and pronouns {@code lang} elides before a vowel (« l’ », « d’ »), which search strips: none in English. */
    public static List<String> elisions(Lang lang) {
        return switch (lang) {
            case FR -> FRENCH_ELISIONS;
            case EN -> List.of();
        };
    }

    /** Strips what {@code lang} glues to a word: French elided articles, the English possessive. */
    private static TokenStream clitics(Lang lang, TokenStream stream) {
        return switch (lang) {
            case FR -> new ElisionFilter(stream, ELISIONS);
            case EN -> new EnglishPossessiveFilter(stream);
        };
    }

    public Lang lang() {
        return lang;
    }

    /** The analyzer of the title and body fields: surface half then term half. */
    public Analyzer analyzer() {
        return full;
    }

    /** The analyzer that stops after the surface half (what the browser computes itself). */
    public Analyzer surfaceAnalyzer() {
        return surface;
    }

    /** The stop words, folded as the surface half folds them. */
    public Set<String> stopWords() {
        Set<String> words = new TreeSet<>();
        for (Object w : stopWords) {
            words.add(new String((char[]) w));
        }
        return words;
    }

    /** The terms of a text, in order (stop words removed). */
    public List<String> terms(String text) {
        return run(full, text);
    }

    /** The surface forms of a text, in order (nothing removed), as a query is split. */
    public List<String> surfaces(String text) {
        return run(surface, text);
    }

    /**
     * The surface forms of a text as the index takes them: those of {@link #surfaces}, and after
     * the parts of a hyphenated word the word written solid ("start-up" gives "start", "up" and
     * "startup"; "OTM-R" gives "otm", "r" and "otmr"), so that "startups" finds "start-up".
     */
    public List<String> indexSurfaces(String text) {
        return run(indexSurface, text);
    }

    /** The term a single surface form becomes, or null for a stop word (or a form that yields no term). */
    public String term(String surfaceForm) {
        List<String> terms = run(full, surfaceForm);
        return terms.size() == 1 ? terms.get(0) : null;
    }

    private Analyzer chain(boolean withTerms, CharArraySet stops) {
        Lang l = lang;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(SearchAnalysis::isTokenChar);
                TokenStream stream = new ApostropheTrimFilter(tokenizer);
                stream = clitics(l, stream);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                // Folding turns the typographic apostrophe into a straight one; trim again what it exposed.
                stream = new ApostropheTrimFilter(stream);
                if (withTerms) {
                    stream = new StopFilter(stream, stops);
                    stream = switch (l) {
                        case FR -> new FrenchLightStemFilter(stream);
                        case EN -> new PorterStemFilter(stream);
                    };
                }
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /**
     * The index's surface half: tokens may hold hyphens, which Lucene's word delimiter filter splits
     * on while it adds the parts joined; then as {@link #chain}. Apostrophes stay inside words.
     */
    private Analyzer indexChain() {
        Lang l = lang;
        byte[] types = new byte['\u2019' + 1];
        for (int c = 0; c < types.length; c++) {
            types[c] = WordDelimiterIterator.getType(c);
        }
        types['\''] = (byte) WordDelimiterIterator.ALPHA;
        types['\u2019'] = (byte) WordDelimiterIterator.ALPHA;
        int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.CATENATE_WORDS;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(c -> isTokenChar(c) || HYPHENS.indexOf(c) >= 0);
                // The tokens are only listed, never indexed as a graph: no FlattenGraphFilter.
                TokenStream stream = new WordDelimiterGraphFilter(tokenizer, true, types, flags, null);
                stream = new ApostropheTrimFilter(stream);
                stream = clitics(l, stream);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new ApostropheTrimFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }
        };
    }

    /** Hyphen-minus, hyphen and non-breaking hyphen: what joins the parts of a compound word. */
    private static final String HYPHENS = "-\u2010\u2011";

    static boolean isTokenChar(int c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }

    private static List<String> run(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Removes apostrophes at either end of a token (quotes, not elisions) and drops tokens left empty. */
    private static final class ApostropheTrimFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ApostropheTrimFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                char[] b = term.buffer();
                int start = 0;
                int end = term.length();
                while (start < end && (b[start] == '\'' || b[start] == '\u2019')) {
                    start++;
                }
                while (end > start && (b[end - 1] == '\'' || b[end - 1] == '\u2019')) {
                    end--;
                }
                if (end == start) {
                    continue;
                }
                if (start > 0 || end < term.length()) {
                    System.arraycopy(b, start, b, 0, end - start);
                    term.setLength(end - start);
                }
                return true;
            }
            return false;
        }
    }
}
