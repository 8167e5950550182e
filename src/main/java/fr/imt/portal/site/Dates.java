package fr.imt.portal.site;

import fr.imt.portal.model.Lang;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Dates as readers read them: "1er mars 2026", "12 mars 2026", "12 March 2026". */
public final class Dates {

    /** A date in both forms a page needs: ISO for {@code <time datetime>}, and words for readers. */
    public record DateView(String iso, String label) {}

    private static final Map<Lang, DateTimeFormatter> FORMATS = Arrays.stream(Lang.values()).collect(Collectors.toMap(
            lang -> lang, lang -> DateTimeFormatter.ofPattern("d MMMM yyyy", lang.locale()), (a, b) -> a, () -> new EnumMap<>(Lang.class)));

    private Dates() {}

    public static String label(LocalDate date, Lang lang) {
        String words = FORMATS.get(lang).format(date);
        // French writes the first day of a month as an ordinal: « 1er mars ».
        return Typography.of(lang).firstOfMonth().filter(first -> date.getDayOfMonth() == 1)
                .map(first -> first + words.substring(1)).orElse(words);
    }

    public static DateView view(LocalDate date, Lang lang) {
        return new DateView(date.toString(), label(date, lang));
    }
}
