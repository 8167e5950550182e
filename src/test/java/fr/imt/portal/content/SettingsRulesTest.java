package fr.imt.portal.content;

import fr.imt.portal.model.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settings of site.properties that reach pages as addresses or markup, checked directly:
 * web addresses, the site's own address, the base path, the contact address and the
 * Content-Security-Policy, each refused with the message that says why, at the setting's line.
 */
class SettingsRulesTest {

    @Test
    void aLinkSettingIsAWebAddressWithAHost() {
        assertEquals(Optional.empty(), SettingsCheck.problem("site.social.url", "https://www.imt.fr/actualites"));
        assertEquals(Optional.empty(), SettingsCheck.problem("site.social.url", "HTTP://imt.fr/"), "the scheme in any case");
        assertEquals(Optional.empty(), SettingsCheck.problem("site.editBaseUrl", "https://git.example/edit/main/"));
        assertEquals(Optional.empty(), SettingsCheck.problem("site.social.url", "  "), "an empty setting leaves the link out");
        assertEquals("setting.address.scheme", key("site.social.url", "javascript:alert(1)"));
        assertEquals("setting.address.scheme", key("site.editBaseUrl", "ftp://imt.fr/"));
        assertEquals("setting.address.noScheme", key("site.social.url", "www.imt.fr"));
        assertEquals("setting.address.noHost", key("site.social.url", "https:///path"));
        assertEquals("setting.address.userInfo", key("site.social.url", "https://user@imt.fr/"));
        assertEquals("setting.address.invalid", key("site.social.url", "https://imt.fr/a|b"), "printable, but not allowed in an address");
        assertEquals("setting.address.characters", key("site.social.url", "https://imt.fr/a b"), "a space");
        for (String hidden : List.of("https://imt.fr/\"onmouseover=x", "https://imt.fr/<script>", "https://imt.fr/a>b", "https://imt.fr\\x",
                "https://imt.fr/\u00e9", "https://imt.fr/\nSet-Cookie: x")) {
            assertEquals("setting.address.characters", key("site.social.url", hidden), hidden);
        }
        assertEquals(Message.of("setting.address.scheme", Message.of("setting.expected.web"), "\"javascript:x\"", "javascript"),
                SettingsCheck.problem("x.url", "javascript:x").orElseThrow());
    }

    @Test
    void theSitesOwnAddressIsAHostAlone() {
        assertEquals(Optional.empty(), SettingsCheck.problem("site.url", "https://engagements.imt.fr"));
        assertEquals(Optional.empty(), SettingsCheck.problem("site.url", "https://engagements.imt.fr/"));
        assertEquals(Optional.empty(), SettingsCheck.problem("site.url", "http://localhost:8080"));
        assertEquals(Optional.empty(), SettingsCheck.problem("site.url", ""));
        assertEquals("setting.origin.path", key("site.url", "https://imt.fr/portail/"));
        assertEquals("setting.origin.path", key("site.url", "https://imt.fr?x=1"));
        assertEquals("setting.origin.path", key("site.url", "https://imt.fr#top"));
        assertEquals(Message.of("setting.expected.host"), SettingsCheck.problem("site.url", "imt.fr").orElseThrow().args().get(0));
    }

    @Test
    void theBasePathIsPlainSegments() {
        for (String fine : List.of("", "/", "/hrs4r/", "hrs4r", "/a/b-c_d.e~f/")) {
            assertEquals(Optional.empty(), SettingsCheck.problem("site.basePath", fine), fine);
        }
        for (String wrong : List.of("/../etc/", "/./", "/a//b/", "/a b/", "/a\"b/", "/é/")) {
            assertEquals("setting.basePath", key("site.basePath", wrong), wrong);
        }
    }

    @Test
    void theContactIsAnEmailAddress() {
        assertEquals(Optional.empty(), SettingsCheck.problem("site.contact.email", "hrs4r@imt.fr"));
        assertEquals(Optional.empty(), SettingsCheck.problem("site.contact.email", ""));
        assertEquals(Optional.empty(), SettingsCheck.problem("site.contact.email", "first.last+tag@mail.imt-atlantique.fr"));
        for (String wrong : List.of("hrs4r", "hrs4r@imt", "hrs4r@imt.f", "<a>@imt.fr", "a@imt.fr\" onclick=\"x")) {
            assertEquals("setting.email", key("site.contact.email", wrong), wrong);
        }
    }

    @Test
    void thePolicyIsDirectivesOnOneLine() {
        assertEquals(Optional.empty(), SettingsCheck.problem("site.csp", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"));
        assertEquals(Optional.empty(), SettingsCheck.problem("site.csp", "default-src 'self';"));
        Message broken = SettingsCheck.problem("site.csp", "default-src 'self'; script-src \"x\"").orElseThrow();
        assertEquals(Message.of("setting.csp", "\"script-src \"x\"\""), broken);
        assertEquals("setting.csp", key("site.csp", "default-src 'self', img-src *"));
        assertEquals(Message.of("setting.csp", "\"default-src\\u000aX-Header: 1\""),
                SettingsCheck.problem("site.csp", "default-src\nX-Header: 1").orElseThrow(), "a line break shown as an escape");
    }

    @Test
    void otherSettingsAreNotCheckedHere() {
        assertEquals(Optional.empty(), SettingsCheck.problem("site.title", "javascript:alert(1)"));
    }

    @Test
    void eachProblemIsAtItsSettingsLastLineOrAtTheStartForTheCommandLine(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("site.properties"), "# settings\nsite.title=Portail\nsite.social.url = https://ok.fr/\n"
                + "site.social.url = javascript:x\nsite.contact.email: nobody\nsite.basePath\n");
        Problems problems = SettingsCheck.check(site, Map.of());
        // Only the settings written here: the site's other required settings are missing from this file.
        List<String> written = List.of("site.social.url", "site.contact.email", "site.basePath", "site.title");
        assertEquals(List.of("site.social.url 4", "site.contact.email 5"), problems.errors().stream().filter(p -> written.contains(p.field()))
                .map(p -> p.field() + " " + p.position().line()).sorted((a, b) -> a.substring(a.indexOf(' ')).compareTo(b.substring(b.indexOf(' ')))).toList());
        Problems overridden = SettingsCheck.check(site, Map.of("site.basePath", "/../", "site.social.url", "https://fine.fr/"));
        List<Problem> errors = overridden.errors().stream().filter(p -> written.contains(p.field())).toList();
        assertEquals(List.of("site.basePath 1 setting.commandLine", "site.contact.email 5 setting.email"), errors.stream()
                .map(p -> p.field() + " " + p.position().line() + " " + p.message().key()).toList());
    }

    @Test
    void anUnreadableFileIsAProblem(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("site.properties"), "site.title=\\u00zz\n");
        assertTrue(SettingsCheck.check(site, Map.of()).errors().stream().anyMatch(p -> p.message().key().equals("setting.unreadable")));
    }

    @Test
    void anEmptySettingAPageQuotesIsAWarningAndStopsAPublication(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("site.properties"), "site.host.name=\nsite.contact.email=hrs4r@imt.fr\nsite.publisher=  \n");
        Files.createDirectories(site.resolve("content/pages"));
        Files.writeString(site.resolve("content/pages/legal.fr.md"), "Hébergeur : {{site.host.name}}.\n\nContact : {{mailto:site.contact.email}}, "
                + "éditeur {{site.publisher}} et {{mailto:site.dpo.email}}.\n");
        Files.writeString(site.resolve("content/pages/legal.yaml"), "{{site.host.name}}\n");
        Problems validating = QuotedSettings.check(site, Map.of(), false);
        assertEquals(List.of(), validating.errors());
        assertEquals(List.of("1:13 [site.host.name]", "3:50 [site.publisher]", "3:72 [site.dpo.email]"), validating.warnings().stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message().args()).toList());
        assertEquals("setting.emptyQuoted", validating.warnings().get(0).message().key());
        Problems publishing = QuotedSettings.check(site, Map.of("site.host.name", "OVH", "site.dpo.email", "dpo@imt.fr"), true);
        assertEquals(List.of("3:50 [site.publisher]"), publishing.errors().stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message().args()).toList(), "given on the command line");
        assertEquals(List.of(), publishing.warnings());
    }

    @Test
    void aSiteWithoutPagesOrSettingsQuotesNothing(@TempDir Path site) throws IOException {
        assertTrue(QuotedSettings.check(site, Map.of(), true).errors().isEmpty());
        Files.createDirectories(site.resolve("content/pages"));
        Files.writeString(site.resolve("content/pages/legal.fr.md"), "{{site.host.name}}\n");
        assertEquals(1, QuotedSettings.check(site, Map.of(), true).errors().size(), "no site.properties: every quoted setting is empty");
    }

    @Test
    void theSitesLanguagesAreEveryKnownLanguageOnceTheOriginalFirst() {
        for (String fine : List.of("fr, en", "en, fr", "en fr", " fr,en ")) {
            assertEquals(Optional.empty(), SettingsCheck.problem("site.languages", fine), fine);
        }
        assertEquals(Message.of("setting.languages.unsupported", "\"de\"", "fr, en"), SettingsCheck.problem("site.languages", "fr, de").orElseThrow());
        assertEquals(Message.of("setting.languages.unknown", "\"xx\"", "fr, en"), SettingsCheck.problem("site.languages", "xx, fr").orElseThrow());
        assertEquals(Message.of("setting.languages.unknown", "\"FR\"", "fr, en"), SettingsCheck.problem("site.languages", "FR, en").orElseThrow(),
                "codes are written in lower case, as in the content's fields");
        assertEquals(Message.of("setting.languages.twice", "\"fr\""), SettingsCheck.problem("site.languages", "fr, fr").orElseThrow());
        assertEquals(Message.of("setting.languages.all", "\"en\"", "fr, en"), SettingsCheck.problem("site.languages", "en").orElseThrow());
        assertEquals(Message.of("setting.languages.all", "\"\"", "fr, en"), SettingsCheck.problem("site.languages", " ").orElseThrow());
    }

    @Test
    void theLanguagesOfASiteFolderAreItsValidSettingOrNone(@TempDir Path site) throws IOException {
        assertEquals(Optional.empty(), SettingsCheck.languages(site, Map.of()), "no site.properties");
        Files.writeString(site.resolve("site.properties"), "site.languages=en, fr\n");
        assertEquals(Optional.of(Languages.of("en, fr")), SettingsCheck.languages(site, Map.of()));
        assertEquals(Optional.of(Languages.of("fr, en")), SettingsCheck.languages(site, Map.of("site.languages", "fr en")), "the command line's");
        Files.writeString(site.resolve("site.properties"), "site.languages=en\n");
        assertEquals(Optional.empty(), SettingsCheck.languages(site, Map.of()), "a setting check reports");
        Files.writeString(site.resolve("site.properties"), "site.timeZone=Europe/Paris\n");
        assertEquals(Optional.empty(), SettingsCheck.languages(site, Map.of()), "not set");
        Files.writeString(site.resolve("site.properties"), "site.languages=\\u00\n");
        assertEquals(Optional.empty(), SettingsCheck.languages(site, Map.of()), "not settings");
    }

    private static String key(String setting, String value) {
        return SettingsCheck.problem(setting, value).orElseThrow(() -> new AssertionError(setting + "=" + value + " accepted")).key();
    }
}
