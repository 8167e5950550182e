package fr.imt.portal.site;

import fr.imt.portal.model.Lang;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as readers read them: "1er mars 2026", "12 mars 2026", "12 March 2026". */
public final class Dates {

    /** A date in both forms a page needs: ISO for {@code <time datetime>}, and words for readers. */
    public record DateView(String iso, String label) {}

    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.FR.locale());
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Lang.EN.locale());

    private Dates() {}

    public static String label(LocalDate date, Lang lang) {
        if (lang == Lang.FR) {
            // French writes the first day of a month as an ordinal.
            return date.getDayOfMonth() == 1 ? "1er " + FR.format(date).substring(2) : FR.format(date);
        }
        return EN.format(date);
    }

    public static DateView view(LocalDate date, Lang lang) {
        return new DateView(date.toString(), label(date, lang));
    }
}
