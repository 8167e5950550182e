package fr.imt.portal.cop;

import fr.imt.portal.CommandRun;
import fr.imt.portal.Preview;
import fr.imt.portal.SiteBuilder;
import fr.imt.portal.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The COP's years are the contract's, as contract.yaml gives them: the other files are checked
 * against them (a contract of another period moves every bound), and years that do not follow
 * one another are an error at the contract's line. The interface's words quote them from the
 * contract too: none is written in templates/i18n.
 */
class ContractYearsTest {

    @TempDir
    Path tmp;
    Path source;
    Path contract;

    @BeforeEach
    void theTrackingFixture() {
        source = TestSites.fixture("cop-tracking", tmp);
        contract = source.resolve("content/cop/contract.yaml");
    }

    @Test
    void aStepAfterTheContractsLastYearIsAnErrorAtItsLine() {
        CommandRun before = CommandRun.english("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertEquals(0, before.exitCode(), before.err());

        TestSites.edit(contract, "last_year: 2027", "last_year: 2026");
        CommandRun run = CommandRun.english("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        // J1.yaml's last step is the one of 2027 (line 18), and a school's table goes to 2027: now after the contract.
        assertTrue(run.err().contains("J1.yaml:18:11: steps[5].year: expected a whole number from 2023 to 2026, found the number 2027"),
                run.err());
        assertTrue(run.err().contains("alpha/school.yaml:14:68: objectives[1].values.2027: expected a year from 2021 to 2026"), run.err());
    }

    @Test
    void theInterfacesWordsQuoteTheContractsYearsAndCodes() throws IOException {
        TestSites.edit(contract, "last_year: 2027", "last_year: 2028");
        for (String indicator : new String[] {"falling", "qualitative", "rising"}) {
            // A target is of the contract's last year or later.
            TestSites.edit(source.resolve("content/cop/indicators/" + indicator + ".yaml"), "- year: 2027", "- year: 2028");
        }
        Path out = tmp.resolve("site");
        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(0, run.exitCode(), run.err());

        Document cop = Jsoup.parse(out.resolve("en/cop/index.html").toFile());
        assertEquals("COP 2023-2028 indicators: reference, trajectory, target and latest value", cop.selectFirst("#dashboard-caption").text());
        assertTrue(cop.select("nav.main-nav a").eachText().contains("COP 2023-2028"), cop.select("nav.main-nav a").eachText().toString());
        // The fixture's one milestone is J1: the caption's range is its first and last.
        Document milestones = Jsoup.parse(out.resolve("fr/cop/jalons/index.html").toFile());
        assertEquals("Jalons J1 à J1 : ce qui est attendu chaque année de 2023 à 2028, et son avancement",
                milestones.selectFirst("#timeline-caption").text().replace('\u202F', ' ').replace('\u00A0', ' '));
        String words = java.nio.file.Files.readString(Path.of("templates/i18n/fr.properties"))
                + java.nio.file.Files.readString(Path.of("templates/i18n/en.properties"));
        assertTrue(words.lines().filter(l -> !l.startsWith("#")).noneMatch(l -> l.matches(".*\\b20[0-9]{2}-20[0-9]{2}\\b.*")),
                "no contract's years written in the words");
    }

    @Test
    void aPreviewShowsTheContractsNewYearsInEveryWordThatQuotesThem() throws IOException {
        // Without the COP in the navigation and the footer, the frame of the pages does not change
        // with the contract's years: the words that quote them (every page's footer note) still do.
        Path settings = source.resolve("site.properties");
        java.nio.file.Files.writeString(settings, java.nio.file.Files.readString(settings)
                .replaceAll("(?m)^site\\.navigation=.*$", "site.navigation=home actionPlan")
                .replaceAll("(?m)^site\\.footer=.*$", "site.footer=gapAnalysis"));
        LocalDate today = LocalDate.of(2026, 11, 20);
        Path preview = tmp.resolve("preview");
        try (Preview site = new Preview(() -> new SiteBuilder.Options(source, preview, today))) {
            assertTrue(site.rebuild(false).published());
            TestSites.edit(contract, "last_year: 2027", "last_year: 2028");
            for (String indicator : new String[] {"falling", "qualitative", "rising"}) {
                TestSites.edit(source.resolve("content/cop/indicators/" + indicator + ".yaml"), "- year: 2027", "- year: 2028");
            }
            SiteBuilder.Report report = site.rebuild(true);
            assertTrue(report.published(), report.problems().errors().toString());
            Path full = tmp.resolve("full");
            assertTrue(SiteBuilder.build(new SiteBuilder.Options(source, full, today)).published());
            assertTrue(java.nio.file.Files.readString(full.resolve("en/gap-analysis/index.html")).contains("2023-2028"),
                    "the gap analysis quotes the contract's years in its footer");
            TestSites.assertSameFiles(full, preview);
        }
    }

    @Test
    void yearsThatDoNotFollowOneAnotherAreAnErrorAtTheContract() {
        TestSites.edit(contract, "previous_contract: {first_year: 2018, last_year: 2022,",
                "previous_contract: {first_year: 2018, last_year: 2024,");
        CommandRun run = CommandRun.english("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("contract.yaml:3:13: first_year: the years do not follow one another: expected the previous"
                + " contract's reference year (2017) before its years (2018-2024), these before the contract's (2023-2027)"), run.err());
    }
}
