package fr.imt.portal.site;

import fr.imt.portal.model.Lang;

import java.util.Optional;

/**
 * How a language the generator knows is written: product knowledge, not a choice of the
 * institution, asked of the language instead of tested against French here and there. A new
 * {@link Lang} does not compile until it says how it writes.
 *
 * @param groupSeparator  between groups of three digits: « 13 606 » (a narrow no-break space), "13,606"
 * @param decimalSeparator « 6,2 », "6.2"
 * @param firstOfMonth    how the first day of a month is written when it is not a plain number (« 1er mars »)
 * @param quotes          the double quotes Markdown's straight quotes become, as HTML, when they
 *                        are not the typographic extension's own (“…”)
 * @param spacedPunctuation whether ; : ! ? take a no-break space after a word (French)
 * @param elides          whether « de » and « que » elide before a vowel (« d’IMT Atlantique »)
 */
public record Typography(char groupSeparator, char decimalSeparator, Optional<String> firstOfMonth,
                         Optional<Quotes> quotes, boolean spacedPunctuation, boolean elides) {

    /** An opening and a closing double quote, as HTML. */
    public record Quotes(String open, String close) {}

    private static final Typography FRENCH = new Typography('\u202F', ',', Optional.of("1er"),
            Optional.of(new Quotes("«&#x202F;", "&#x202F;»")), true, true);
    private static final Typography ENGLISH = new Typography(',', '.', Optional.empty(), Optional.empty(), false, false);

    public static Typography of(Lang lang) {
        return switch (lang) {
            case FR -> FRENCH;
            case EN -> ENGLISH;
        };
    }

    /** The space before ; : ! ? in this language: a narrow no-break space in French, none in English. */
    public String beforeHighPunctuation() {
        return spacedPunctuation ? "\u202F" : "";
    }
}
