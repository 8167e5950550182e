package fr.imt.portal;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lateness is decided by the build date: the same content reads differently on different days. */
class ProgressBadgeTest {

    @TempDir
    Path tmp;

    private Document build(LocalDate today, String page) throws IOException {
        Path source = TestSites.fixture("valid", tmp.resolve(today.toString()));
        Path out = tmp.resolve("out-" + today);
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, out, today));
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
        return Jsoup.parse(out.resolve(page).resolve("index.html").toFile());
    }

    @Test
    void actionPastItsDeadlineAndNotDoneShowsLateBadge() throws IOException {
        Document page = build(LocalDate.of(2024, 4, 1), "en/actions/1/");
        assertEquals("Late", page.selectFirst("dl.facts .badge-progress").text());
        assertTrue(page.selectFirst("dl.facts .badge-progress").hasClass("badge-late"));
    }

    @Test
    void actionOnTheLastDayOfItsQuarterIsNotYetLate() throws IOException {
        Document page = build(LocalDate.of(2024, 3, 31), "en/actions/1/");
        assertEquals("In progress", page.selectFirst("dl.facts .badge-progress").text());
        assertTrue(page.text().contains("40% complete"));
    }

    @Test
    void doneActionIsNeverLate() throws IOException {
        Document page = build(LocalDate.of(2030, 1, 1), "fr/actions/2/");
        assertEquals("Réalisée", page.selectFirst("dl.facts .badge-progress").text());
    }

    @Test
    void pillarProgressBarCountsActionsByStatus() throws IOException {
        Document page = build(LocalDate.of(2025, 1, 1), "en/pillars/evaluation/");
        String legend = page.select(".progress-legend").text();
        // Fixture pillar "evaluation": action 2 done, action 3 planned. Only reported progress is
        // counted as such; the planned action is "nothing reported yet", and no status shows a 0.
        assertTrue(legend.contains("Done 1"), legend);
        assertTrue(legend.contains("Planned, nothing reported yet: 1"), legend);
        assertFalse(legend.contains("Late"), legend);
        assertEquals(1, page.select(".progress-bar rect").size(), "the bar draws the done action only");
    }

    @Test
    void progressLogIsShownWithItsDate() throws IOException {
        Document page = build(LocalDate.of(2025, 1, 1), "fr/actions/1/");
        assertEquals("2025-01-15", page.selectFirst("ol.timeline time").attr("datetime"));
        assertTrue(page.selectFirst("ol.timeline").text().contains("Premier point d'étape fictif"));
    }

    @Test
    void markdownCannotInjectScriptsOrJavascriptLinks() throws IOException {
        Document page = build(LocalDate.of(2025, 1, 1), "fr/principes/recruitment/");
        assertTrue(page.select(".prose script").isEmpty());
        assertTrue(page.select(".prose a[href^=javascript]").isEmpty());
        assertTrue(page.select(".prose strong").size() == 1, "Markdown emphasis still works");
    }
}
