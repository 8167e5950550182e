package fr.imt.portal.cli;

import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page {@code serve} answers a wrong address with: its language's 404 page, else the original language's. */
class NotFoundPageTest {

    @Test
    void aWrongAddressInALanguagesFolderGetsThatLanguagesPage() {
        assertEquals("en/404.html", PreviewServer.notFoundPage("/en/no-such-page/", Optional.of(Lang.FR)));
        assertEquals("fr/404.html", PreviewServer.notFoundPage("/fr/nulle-part/", Optional.of(Lang.EN)));
    }

    @Test
    void aWrongAddressInNoLanguagesFolderGetsTheOriginalLanguagesPage() {
        assertEquals("en/404.html", PreviewServer.notFoundPage("/no-such-page", Optional.of(Lang.EN)));
        assertEquals("fr/404.html", PreviewServer.notFoundPage("/english/", Optional.of(Lang.FR)));
        assertEquals("fr/404.html", PreviewServer.notFoundPage("/x", Optional.empty()), "settings that say nothing: the first known language");
    }
}
