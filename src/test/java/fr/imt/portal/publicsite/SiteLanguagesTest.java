package fr.imt.portal.publicsite;

import fr.imt.portal.CommandRun;
import fr.imt.portal.SettingsFile;
import fr.imt.portal.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site's languages and which one is the original of its sources are a setting
 * ({@code site.languages}): a fixture whose sources are English, built through the real command
 * line, offers English first, says where its French comes from with {@code french:} (a warning
 * while it is our unreviewed translation, a leftover {@code english:} refused) and marks our
 * translations on its French pages; a setting the generator cannot honour is an error at its line
 * of site.properties, in both languages.
 */
class SiteLanguagesTest {

    @TempDir
    Path tmp;
    Path source;
    Path out;
    SettingsFile settings;

    @BeforeEach
    void aFixtureSite() {
        source = TestSites.fixture("valid", tmp);
        out = tmp.resolve("site");
        settings = new SettingsFile(source.resolve("site.properties"));
    }

    @Test
    void aSiteWhoseSourcesAreEnglishOffersEnglishFirstOnItsRootPage() throws IOException {
        sourcesInEnglish();
        build();
        Document root = page("index.html");
        assertEquals("en", root.selectFirst("html").attr("lang"), "the root page speaks the original language");
        assertEquals(List.of("en", "fr"), root.select(".root-languages section").eachAttr("lang"), "English is offered first");
        assertEquals(List.of("/en/", "/fr/"), root.select(".root-languages a.button").eachAttr("href"));
        assertTrue(root.selectFirst("h1").text().startsWith("IMT commitments"), root.selectFirst("h1").text());
        assertEquals("fr", root.selectFirst("h1 span").attr("lang"), "the other language's name is marked as French");
        assertEquals("https://engagements.imt.fr/en/", root.selectFirst("link[hreflang=x-default]").attr("href"));
    }

    @Test
    void aSiteWhoseSourcesAreEnglishMarksOurTranslationsOnItsFrenchPages() throws IOException {
        // Action 1 says french: translation: here, the French is ours.
        sourcesInEnglish();
        assertTrue(Files.readString(source.resolve("content/hrs4r/actions/01.yaml")).contains("\nfrench: translation\n"));
        build();
        Document french = page("fr/actions/1/index.html");
        Document english = page("en/actions/1/index.html");
        assertNotNull(french.selectFirst("h1 .translated"), "the French page marks the text we translated");
        assertNotNull(french.selectFirst("#translation-note"), "and explains the mark");
        assertNull(english.selectFirst("h1 .translated"), "the original's page marks nothing");
        assertNull(english.selectFirst("#translation-note"));
        assertEquals("fr", french.selectFirst("html").attr("lang"));
        assertEquals("en", english.selectFirst("html").attr("lang"));
        assertEquals("/en/actions/1/", french.selectFirst("a.lang-switch").attr("href"));
        assertEquals("en", french.selectFirst("a.lang-switch").attr("hreflang"));
        assertEquals("/fr/actions/1/", english.selectFirst("a.lang-switch").attr("href"));
        assertEquals("https://engagements.imt.fr/fr/actions/1/", english.selectFirst("link[rel=alternate][hreflang=fr]").attr("href"));
    }

    @Test
    void aSiteWhoseSourcesAreFrenchMarksOurTranslationsOnItsEnglishPages() throws IOException {
        build();
        assertNull(page("fr/actions/1/index.html").selectFirst("h1 .translated"));
        assertNotNull(page("en/actions/1/index.html").selectFirst("h1 .translated"));
        assertEquals("fr", page("index.html").selectFirst("html").attr("lang"));
        assertEquals(List.of("fr", "en"), page("index.html").select(".root-languages section").eachAttr("lang"));
    }

    @Test
    void aSiteWhoseSourcesAreEnglishWarnsOfFrenchTextsStillMarkedAsOurTranslation() throws IOException {
        sourcesInEnglish();
        CommandRun validate = CommandRun.french("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertEquals(0, validate.exitCode(), validate.err());
        String said = validate.out() + validate.err();
        // Actions 1 to 3, the pillars and the departments: five files whose French is ours.
        assertTrue(said.contains("5 textes français encore marqués comme notre traduction non relue"), said);
        assertFalse(said.contains("anglais"), said);
        CommandRun warnings = CommandRun.french("validate", "--source", source.toString(), "--today", "2026-11-20", "--warnings");
        String listed = warnings.out() + warnings.err();
        assertTrue(listed.contains("french: français marqué comme notre traduction non relue (french: translation) ; une fois relu"
                + " par l’équipe communication, écrivez french: reviewed (5 fichiers)"), listed);
        assertTrue(listed.contains("content/hrs4r/actions/ 01.yaml:4:9, 02.yaml:4:9, 03.yaml:4:9"), listed);
        CommandRun english = CommandRun.english("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertTrue((english.out() + english.err()).contains("5 French texts still marked as our unreviewed translation"),
                english.out() + english.err());
    }

    @Test
    void aSiteWhoseSourcesAreEnglishRefusesALeftoverEnglishField() throws IOException {
        sourcesInEnglish();
        Path action = source.resolve("content/hrs4r/actions/02.yaml");
        Files.writeString(action, Files.readString(action).replace("\nfrench: translation\n", "\nenglish: translation\n"));
        CommandRun validate = CommandRun.french("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertEquals(1, validate.exitCode(), validate.err());
        assertTrue(validate.err().contains("content/hrs4r/actions/02.yaml:4:1: english: champ inconnu ; les champs possibles ici sont :"),
                validate.err());
        assertTrue(validate.err().contains("content/hrs4r/actions/02.yaml:1:1: french:"), "the field it needs is named: " + validate.err());
        CommandRun build = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(1, build.exitCode(), build.err());
        assertTrue(build.err().contains("content/hrs4r/actions/02.yaml:4:1: english: unknown field; expected one of"), build.err());
        assertFalse(build.err().contains("Exception") || build.err().contains("\tat "), build.err());
        assertFalse(Files.exists(out), "nothing is published");
    }

    @Test
    void aLanguageTheGeneratorDoesNotKnowIsAnErrorAtItsLineInBothLanguages() throws IOException {
        int line = settings.set("site.languages", "fr, de");
        assertProblem(line, "the generator does not know the language \"de\": it knows fr, en",
                "le générateur ne connaît pas la langue \"de\" : il connaît fr, en");
    }

    @Test
    void aCodeThatIsNoLanguageIsAnErrorAtItsLineInBothLanguages() throws IOException {
        int line = settings.set("site.languages", "fr, english");
        assertProblem(line, "expected the codes of the site's languages, the original of the sources first, such as fr, en;"
                + " found \"english\", which is no language code",
                "attendu : les codes des langues du site, celle des sources d’abord, comme fr, en ; trouvé : \"english\","
                        + " qui n’est pas un code de langue");
    }

    @Test
    void aLanguageListedTwiceIsAnErrorAtItsLineInBothLanguages() throws IOException {
        int line = settings.set("site.languages", "en, fr, en");
        assertProblem(line, "the language \"en\" is listed twice", "la langue \"en\" est citée deux fois");
    }

    @Test
    void aOneLanguageSiteIsRefusedPlainly() throws IOException {
        int line = settings.set("site.languages", "fr");
        assertProblem(line, "expected every language the generator knows (fr, en), each once, the original of the sources first;"
                + " found \"fr\": a one-language site is not supported",
                "attendu : chaque langue que connaît le générateur (fr, en), une fois, celle des sources d’abord ; trouvé : \"fr\" :"
                        + " un site en une seule langue n’est pas pris en charge");
    }

    @Test
    void missingLanguagesAreAnErrorNamingTheSetting() throws IOException {
        settings.remove("site.languages");
        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:1:1: site.languages: site.languages is not set in site.properties"), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(out), "nothing is published");
    }

    /** validate and build both refuse the setting, at its line, in English and in French; nothing is published. */
    private void assertProblem(int line, String english, String french) {
        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:" + line + ":1: site.languages: " + english), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertFalse(Files.exists(out), "nothing is published");
        CommandRun validate = CommandRun.french("validate", "--source", source.toString());
        assertEquals(1, validate.exitCode(), validate.err());
        assertTrue(validate.err().contains("site.properties:" + line + ":1: site.languages: " + french), validate.err());
    }

    /**
     * Makes the fixture a site whose sources are English: English first in site.properties, and
     * each file's translation field french: (where the French comes from) instead of english:.
     */
    private void sourcesInEnglish() throws IOException {
        settings.set("site.languages", "en, fr");
        try (Stream<Path> files = Files.walk(source.resolve("content"))) {
            for (Path yaml : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.writeString(yaml, Files.readString(yaml).replaceAll("(?m)^english:", "french:"));
            }
        }
    }

    private void build() {
        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(0, run.exitCode(), run.err());
    }

    private Document page(String file) throws IOException {
        return Jsoup.parse(out.resolve(file).toFile());
    }



}
