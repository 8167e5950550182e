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
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facts of the institution that are settings, not code (its time zone, the words of its
 * addresses): another institution's values in site.properties are the ones the site uses, and
 * a wrong or missing one is an error at its line of site.properties, through the real command
 * line, with the previous site left as it was.
 */
class InstitutionSettingsTest {

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
    void anotherInstitutionsAddressWordsAreTheSitesAddresses() throws IOException {
        settings.set("site.segment.pillars.fr", "axes");
        settings.set("site.segment.actions.en", "measures");
        settings.set("site.segment.actionPlan.fr", "feuille-de-route");
        build();

        assertTrue(Files.isRegularFile(out.resolve("fr/axes/ethics/index.html")));
        assertFalse(Files.exists(out.resolve("fr/piliers")), "no page is left at the former address");
        assertTrue(Files.isRegularFile(out.resolve("en/measures/1/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("en/pillars/ethics/index.html")), "the other language keeps its own words");
        Document home = page("fr/index.html");
        assertNotNull(home.selectFirst("a[href=/fr/axes/ethics/]"), "the home page links to the pillar's new address");
        assertNotNull(home.selectFirst("nav.main-nav a[href=/fr/feuille-de-route/]"), "the navigation follows the setting");
        assertEquals("/fr/axes/ethics/", page("en/pillars/ethics/index.html").selectFirst("a.lang-switch").attr("href"));
    }

    @Test
    void theNavigationAndFooterListTheSectionsTheSettingsName() throws IOException {
        settings.set("site.navigation", "actionPlan home search");
        settings.set("site.footer", "changes data");
        build();
        Document page = page("en/pillars/ethics/index.html");
        assertEquals(List.of("/en/action-plan/", "/en/", "/en/search/"),
                page.select("nav.main-nav a").eachAttr("href"), "the navigation's links, in the setting's order");
        List<String> footer = page.select("footer a").eachAttr("href");
        assertEquals(List.of("/en/whats-new/", "/en/data/"), footer.subList(0, 2), "the footer starts with the setting's sections");
        assertFalse(footer.contains("/en/gap-analysis/"), "a section the setting leaves out is not in the footer");
    }

    @Test
    void thePageOfAWrongAddressOffersTheSectionsTheSettingNames() throws IOException {
        build();
        assertEquals(List.of("/fr/", "/fr/plan-d-action/", "/fr/analyse-des-ecarts/"),
                page("fr/404.html").select("main ul a").eachAttr("href"), "the project's setting (no OTM-R page in this fixture)");
        settings.set("site.notFound", "search home");
        build();
        assertEquals(List.of("/en/search/", "/en/"), page("en/404.html").select("main ul a").eachAttr("href"));
        assertEquals("Search", page("en/404.html").selectFirst("main ul a").text());
    }

    @Test
    void anUnknownSectionInThePageOfAWrongAddressIsAnErrorAtItsLine() throws IOException {
        int line = settings.set("site.notFound", "home sitemap");
        CommandRun run = CommandRun.french("validate", "--source", source.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:" + line + ":1: site.notFound: attendu : des noms de rubriques"), run.err());
    }

    @Test
    void anUnknownSectionInTheNavigationIsAnErrorAtItsLine() throws IOException {
        int line = settings.set("site.navigation", "home blog search");
        CommandRun run = CommandRun.english("validate", "--source", source.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:" + line + ":1: site.navigation: expected names of sections, each once,"
                + " separated by spaces, among home gapAnalysis actionPlan cop otmr news search data changes; found \"blog\""), run.err());
    }

    @Test
    void contentDatesAreDaysInThePublishersTimeZone() throws IOException {
        // 23:30 UTC on 30 June: already 1 July in Paris, still 30 June in Montréal.
        FileTime lateEvening = FileTime.from(Instant.parse("2026-06-30T23:30:00Z"));
        try (Stream<Path> files = Files.walk(source.resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, lateEvening);
            }
        }
        build();
        assertEquals("2026-07-01", updated("fr/actions/1/index.html"));

        settings.set("site.timeZone", "America/Montreal");
        build();
        assertEquals("2026-06-30", updated("fr/actions/1/index.html"));
    }

    @Test
    void anUnknownTimeZoneIsAnErrorAtItsLine() throws IOException {
        build();
        String before = digest(out);
        int line = settings.set("site.timeZone", "Europe/Pariss");

        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:" + line + ":1: site.timeZone: expected a time zone of the tz database,"
                + " such as Europe/Paris or America/Montreal, found \"Europe/Pariss\""), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        assertEquals(before, digest(out), "the previous site is untouched");

        CommandRun validate = CommandRun.french("validate", "--source", source.toString());
        assertEquals(1, validate.exitCode(), validate.err());
        assertTrue(validate.err().contains("site.properties:" + line + ":1: site.timeZone: attendu : un fuseau horaire"), validate.err());
    }

    @Test
    void aMissingTimeZoneIsAnErrorNamingTheSetting() throws IOException {
        settings.remove("site.timeZone");
        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:1:1: site.timeZone: site.timeZone is not set in site.properties"), run.err());
        assertFalse(Files.exists(out), "nothing is published");
    }

    @Test
    void twoPagesGivenOneAddressWordIsAnErrorNamingBothLines() throws IOException {
        build();
        String before = digest(out);
        int news = settings.set("site.segment.news.fr", "recherche");
        int search = settings.lineOf("site.segment.search.fr");

        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:" + search + ":1: site.segment.search.fr: recherche is already the segment of"
                + " site.segment.news.fr (line " + news + ") in the same folder"), run.err());
        assertEquals(before, digest(out), "the previous site is untouched");
    }

    @Test
    void theSameWordInDifferentFoldersIsNoClash() throws IOException {
        // /fr/cop/ and /fr/actualites/page/ are folders of their own: "actions" may be used below them.
        settings.set("site.segment.cop.parts.fr", "actions");
        settings.set("site.segment.news.page.fr", "actions");
        build();
        assertTrue(Files.isRegularFile(out.resolve("fr/actions/1/index.html")));
    }

    @Test
    void aSegmentSettingNoPageReadsIsIgnored() throws IOException {
        Files.writeString(settings.file(), Files.readString(settings.file()) + "site.segment.pillars=axes\n");
        CommandRun run = CommandRun.english("validate", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void anAddressWordThatIsNotUrlSafeIsAnErrorAtItsLine() throws IOException {
        int line = settings.set("site.segment.gapAnalysis.fr", "analyse des écarts");
        CommandRun run = CommandRun.english("validate", "--source", source.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:" + line + ":1: site.segment.gapAnalysis.fr: expected a word of an address:"
                + " lower-case letters and digits, with hyphens between words (such as plan-d-action), found \"analyse des écarts\""),
                run.err());
    }

    @Test
    void aMissingAddressWordIsAnErrorNamingTheSetting() throws IOException {
        settings.remove("site.segment.cop.schools.en");
        CommandRun run = CommandRun.english("validate", "--source", source.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("site.properties:1:1: site.segment.cop.schools.en: site.segment.cop.schools.en is not set"), run.err());
    }

    @Test
    void aContractWithoutThePreviousContractsPeriodIsAnErrorInItsFile() throws IOException {
        Path cop = TestSites.fixture("cop-tracking", tmp.resolve("cop"));
        Path copOut = tmp.resolve("cop-site");
        CommandRun good = CommandRun.english("build", "--source", cop.toString(), "--out", copOut.toString(), "--today", "2026-11-20");
        assertEquals(0, good.exitCode(), good.err());
        String before = digest(copOut);
        Path contract = cop.resolve("content/cop/contract.yaml");
        String text = Files.readString(contract);
        Files.writeString(contract, text.replaceAll("(?m)^previous_contract:.*\n", ""));

        CommandRun run = CommandRun.english("build", "--source", cop.toString(), "--out", copOut.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("contract.yaml:1:1: previous_contract: this required field is missing; expected the period of"
                + " the previous contract"), run.err());
        assertEquals(before, digest(copOut), "the previous site is untouched");
    }

    private void build() {
        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(0, run.exitCode(), run.err());
    }

    private Document page(String file) throws IOException {
        return Jsoup.parse(out.resolve(file).toFile());
    }

    private String updated(String file) throws IOException {
        return page(file).selectFirst(".last-updated time").attr("datetime");
    }




    /** Every file of the built site with its bytes, as one text to compare. */
    private static String digest(Path site) {
        StringBuilder all = new StringBuilder();
        TestSites.files(site).forEach((path, bytes) -> all.append(path).append(java.util.Arrays.hashCode(bytes)).append('\n'));
        return all.toString();
    }
}
