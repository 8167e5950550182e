package fr.imt.portal.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The site's languages as site.properties orders them: the first is the sources' original. */
class LanguagesTest {

    @Test
    void theFirstLanguageOfTheSettingIsTheOriginalAndTheOthersAreTranslated() {
        Languages english = Languages.of(" en,fr ");
        assertEquals(List.of(Lang.EN, Lang.FR), english.all());
        assertEquals(Lang.EN, english.original());
        assertFalse(english.translated(Lang.EN));
        assertTrue(english.translated(Lang.FR));
        Languages french = Languages.of("fr en");
        assertEquals(List.of(Lang.FR, Lang.EN), french.all());
        assertEquals(Lang.FR, french.original());
        assertTrue(french.translated(Lang.EN));
    }

    @Test
    void eachLanguagesOtherIsTheSitesOtherLanguage() {
        Languages site = Languages.of("en, fr");
        assertEquals(Lang.FR, site.other(Lang.EN));
        assertEquals(Lang.EN, site.other(Lang.FR));
    }

    @Test
    void theTranslationFieldIsNamedAfterTheLanguageThatIsNotTheOriginal() {
        assertEquals(Lang.EN, Languages.of("fr, en").translatedInto());
        assertEquals("english", Languages.of("fr, en").translationField(), "sources in French: english: says where the English comes from");
        assertEquals(Lang.FR, Languages.of("en, fr").translatedInto());
        assertEquals("french", Languages.of("en, fr").translationField(), "sources in English: french: says where the French comes from");
    }

    @Test
    void aPathIsInTheLanguageOfItsFolderOrTheOriginals() {
        Languages site = Languages.of("en, fr");
        assertEquals(Lang.FR, site.ofPath("fr/ancienne-page/"));
        assertEquals(Lang.EN, site.ofPath("en/old-page/"));
        assertEquals(Lang.EN, site.ofPath("old-page/"), "outside a language's folder: the original");
        assertEquals(Lang.FR, Languages.of("fr, en").ofPath("english/"), "a folder only starting with a code is not its language");
    }

    @Test
    void aSiteWithoutEveryKnownLanguageOnceIsABug() {
        // SettingsCheck reports these to editors: reaching the model with them is a bug.
        assertThrows(IllegalArgumentException.class, () -> Languages.of("fr"));
        assertThrows(IllegalArgumentException.class, () -> Languages.of("fr, fr"));
        assertThrows(IllegalArgumentException.class, () -> Languages.of("fr, en, fr"));
        assertThrows(IllegalArgumentException.class, () -> Languages.of("fr, de"));
    }

    @Test
    void aMarkdownFileOfAnotherLanguageIsNotThisLanguagesText() {
        assertTrue(Lang.FR.markdownOfAnother("hrs4r/principles/x/gaps.en.md"));
        assertFalse(Lang.FR.markdownOfAnother("hrs4r/principles/x/gaps.fr.md"));
        assertFalse(Lang.FR.markdownOfAnother("hrs4r/principles/x/principle.yaml"));
        assertTrue(Lang.EN.markdownOfAnother("pages/legal.fr.md"));
        assertFalse(Lang.EN.markdownOfAnother("pages/legal.en.md"));
    }
}
