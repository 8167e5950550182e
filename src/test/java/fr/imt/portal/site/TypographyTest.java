package fr.imt.portal.site;

import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How each language the generator knows is written, asked of the language, and what the writers make of it. */
class TypographyTest {

    @Test
    void frenchGroupsDigitsWithANarrowSpaceAndWritesADecimalComma() {
        Typography french = Typography.of(Lang.FR);
        assertEquals('\u202F', french.groupSeparator());
        assertEquals(',', french.decimalSeparator());
        assertEquals("13\u202F606,20", Numbers.format(new BigDecimal("13606.20"), Lang.FR));
        assertEquals(new BigDecimal("13606.20"), Numbers.parse("13\u202F606,20", Lang.FR));
    }

    @Test
    void englishGroupsDigitsWithACommaAndWritesADecimalPoint() {
        Typography english = Typography.of(Lang.EN);
        assertEquals(',', english.groupSeparator());
        assertEquals('.', english.decimalSeparator());
        assertEquals("13,606.20", Numbers.format(new BigDecimal("13606.20"), Lang.EN));
        assertEquals(new BigDecimal("13606.20"), Numbers.parse("13,606.20", Lang.EN));
    }

    @Test
    void onlyFrenchSpacesHighPunctuationElidesAndWritesTheFirstOfAMonthAsAnOrdinal() {
        Typography french = Typography.of(Lang.FR);
        Typography english = Typography.of(Lang.EN);
        assertTrue(french.spacedPunctuation());
        assertFalse(english.spacedPunctuation());
        assertEquals("\u202F", french.beforeHighPunctuation());
        assertEquals("", english.beforeHighPunctuation());
        assertTrue(french.elides());
        assertFalse(english.elides());
        assertEquals(Optional.of("1er"), french.firstOfMonth());
        assertEquals(Optional.empty(), english.firstOfMonth());
        assertEquals("1er mars 2026", Dates.label(LocalDate.of(2026, 3, 1), Lang.FR));
        assertEquals("12 mars 2026", Dates.label(LocalDate.of(2026, 3, 12), Lang.FR));
        assertEquals("1 March 2026", Dates.label(LocalDate.of(2026, 3, 1), Lang.EN));
    }

    @Test
    void frenchQuotesAreGuillemetsWithNarrowSpacesAndEnglishKeepsCurlyQuotes() {
        assertEquals(Optional.of(new Typography.Quotes("«&#x202F;", "&#x202F;»")), Typography.of(Lang.FR).quotes());
        assertEquals(Optional.empty(), Typography.of(Lang.EN).quotes());
        Markdown markdown = new Markdown();
        assertEquals("<p>«&#x202F;oui&#x202F;»</p>\n", markdown.toHtml("\"oui\"", Lang.FR));
        assertEquals("<p>&ldquo;yes&rdquo;</p>\n", markdown.toHtml("\"yes\"", Lang.EN));
    }
}
