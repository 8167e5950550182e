package fr.imt.portal.cop;

import fr.imt.portal.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The on-track verdicts and milestone badges, on a fixture site whose values are made up for the purpose. */
class CopTrackingTest {

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        Path source = TestSites.assemble(work.resolve("src"), "cop-tracking");
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, work.resolve("out"), TestSites.TODAY));
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
        site = work.resolve("out");
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    static Element assessment(Document doc, int year) {
        Element li = doc.selectFirst(".assessments li[data-year=" + year + "]");
        assertTrue(li != null, "no verdict for " + year);
        return li;
    }

    @Test
    void actualMatchingTheTrajectoryWithinOnePercentIsOnTrack() throws IOException {
        // 2023: 11 050 against a trajectory of 11 000 (0.45 % above).
        Element li = assessment(page("en/cop/indicators/rising"), 2023);
        assertTrue(li.selectFirst(".badge").hasClass("badge-on-track"));
        assertTrue(li.text().contains("On track"), li.text());
        assertTrue(li.text().contains("11,050") && li.text().contains("11,000"), li.text());
    }

    @Test
    void actualAboveARisingTrajectoryIsAheadAndBelowIsBehind() throws IOException {
        Document en = page("en/cop/indicators/rising");
        assertTrue(assessment(en, 2024).selectFirst(".badge").hasClass("badge-ahead"), "12,500 for 12,000 expected");
        Element behind = assessment(en, 2025);
        assertTrue(behind.selectFirst(".badge").hasClass("badge-behind"), "12,000 for 13,000 expected");
        assertTrue(behind.text().contains("Behind"), behind.text());
        assertTrue(behind.text().contains("(provisional)"), behind.text());
        Document fr = page("fr/cop/indicateurs/rising");
        assertTrue(assessment(fr, 2025).text().contains("En retard"), assessment(fr, 2025).text());
    }

    @Test
    void withoutTrajectoryTheTargetIsInterpolatedAndLowerIsBetterForAFallingTarget() throws IOException {
        // 145 in 2021 to 114 in 2027: 129.5 expected in 2024; 120 is better than that.
        Element li = assessment(page("en/cop/indicators/falling"), 2024);
        assertTrue(li.selectFirst(".badge").hasClass("badge-ahead"), li.outerHtml());
        assertTrue(li.text().contains("129.5 kWh/m²"), li.text());
    }

    @Test
    void aQualitativeTargetIsNotAssessed() throws IOException {
        Element li = assessment(page("en/cop/indicators/qualitative"), 2024);
        assertTrue(li.selectFirst(".badge").hasClass("badge-not-assessed"), li.outerHtml());
    }

    @Test
    void dashboardShowsTheLatestValueAndItsVerdict() throws IOException {
        Element row = page("en/cop").selectFirst("tr[data-indicator=rising]");
        assertTrue(row.text().contains("12,000 (provisional) (2025)"), row.text());
        assertTrue(row.selectFirst(".badge").hasClass("badge-behind"));
    }

    @Test
    void milestoneStepsShowReportedStatusesAndNeverInventOne() throws IOException {
        for (String path : List.of("en/cop/milestones", "fr/cop/jalons")) {
            Element row = page(path).selectFirst("tr#J1");
            assertEquals("badge badge-progress badge-late", badgeClass(row, 2023), "in progress, year over");
            assertEquals("badge badge-progress badge-done", badgeClass(row, 2024));
            assertEquals("badge badge-progress badge-not-reported", badgeClass(row, 2025), "no status: not reported");
            assertEquals("badge badge-progress badge-cancelled", badgeClass(row, 2026));
            assertEquals("badge badge-progress badge-planned", badgeClass(row, 2027), "planned, year not over");
        }
        Element notReported = page("en/cop/milestones").selectFirst("tr#J1 td[data-year=2025] .badge");
        assertEquals("Not reported yet", notReported.text());
    }

    private static String badgeClass(Element row, int year) {
        return row.selectFirst("td[data-year=" + year + "] .badge").className();
    }
}
