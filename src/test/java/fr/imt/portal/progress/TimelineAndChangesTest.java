package fr.imt.portal.progress;

import fr.imt.portal.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Progress logs as visitors see them, on the "progress" fixture: the timelines of actions and
 * milestones (newest first, dates in {@code <time>}, status changes as badges) and the "what
 * changed" page and feed of each language.
 */
class TimelineAndChangesTest {

    @TempDir
    static Path work;
    static Path site;

    @BeforeAll
    static void build() {
        Path source = ProgressSites.fixture(work);
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, work.resolve("out"), ProgressSites.TODAY));
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
        site = work.resolve("out");
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8", "https://example.org/" + path);
    }

    @Test
    void actionTimelineListsEntriesNewestFirstWithMachineReadableDates() throws IOException {
        Elements items = page("en/actions/2").select("ol.timeline > li");
        // The file holds 2024-03-01, 2024-06-20 (done), 2024-06-20 (sent to the boards), oldest first.
        assertEquals(List.of("2024-06-20", "2024-06-20", "2024-03-01"), items.eachAttr("id").stream()
                .map(id -> id.substring("update-".length(), "update-".length() + 10)).toList());
        assertEquals(List.of("2024-06-20", "2024-06-20", "2024-03-01"),
                items.stream().map(li -> li.selectFirst("time").attr("datetime")).toList());
        assertTrue(items.get(0).text().contains("Guide sent to the boards"), items.get(0).text());
        assertTrue(items.get(0).selectFirst("time").text().equals("20 June 2024"), items.get(0).text());
        assertTrue(page("en/actions/2").selectFirst("ol.timeline").hasAttr("reversed"));
    }

    @Test
    void statusChangesShowAsBadgesWithWordsAndOthersShowNone() throws IOException {
        Elements items = page("fr/actions/2").select("ol.timeline > li");
        assertNull(items.get(0).selectFirst(".badge"), "the last entry changed no status");
        Element done = items.get(1).selectFirst(".timeline-status .badge");
        assertNotNull(done);
        assertTrue(done.hasClass("badge-done"));
        assertTrue(items.get(1).selectFirst(".timeline-status").text().contains("Réalisée"), items.get(1).text());
        assertTrue(items.get(2).selectFirst(".badge").hasClass("badge-in-progress"));
        assertTrue(items.get(1).selectFirst("time").text().equals("20 juin 2024"));
    }

    @Test
    void anActionWithoutEntriesSaysSo() throws IOException {
        Document doc = page("en/actions/3");
        assertNull(doc.selectFirst("ol.timeline"));
        assertTrue(doc.selectFirst("#log-title").parent().text().contains("No progress update"), doc.text());
    }

    @Test
    void milestonePageShowsItsStepsAndItsLogIncludingAReportWithoutEntry() throws IOException {
        Document doc = page("en/cop/milestones/J1");
        assertEquals("J1 – Test milestone", doc.selectFirst("h1").ownText().strip());
        Elements items = doc.select("ol.timeline > li");
        // Two entries, and the 2024 step reported done on 2024-12-10 without an entry of its own.
        assertEquals(List.of("2026-02-01", "2024-12-10", "2024-01-15"),
                items.stream().map(li -> li.selectFirst("time").attr("datetime")).toList());
        assertTrue(items.get(0).text().contains("Step 2026"), items.get(0).text());
        assertTrue(items.get(0).selectFirst(".badge").hasClass("badge-cancelled"));
        assertTrue(items.get(1).text().contains("Step 2024") && items.get(1).selectFirst(".badge").hasClass("badge-done"));
        assertEquals(5, doc.select("ol.steps > li").size());
        // The milestone table and the objective page link to it.
        assertNotNull(page("en/cop/milestones").selectFirst("a[href=/en/cop/milestones/J1/]"));
        assertNotNull(page("fr/cop/objectifs/M1").selectFirst("a[href=/fr/cop/jalons/J1/]"));
    }

    @Test
    void whatChangedListsEveryChangeNewestFirstEachLinkingToItsEntry() throws IOException {
        Document fr = page("fr/nouveautes");
        Elements changes = fr.select("ol.changes > li");
        List<String> expected = List.of(
                "/fr/cop/jalons/J1/#update-2026-02-01",
                "/fr/actualites/2025-07-01-seulement/",
                "/fr/actualites/2025-06-01-guide/",
                "/fr/actions/1/#update-2025-06-01",
                "/fr/actions/1/#update-2025-01-15",
                "/fr/cop/jalons/J1/#update-2024-12-10",
                "/fr/actions/2/#update-2024-06-20-2",
                "/fr/actions/2/#update-2024-06-20",
                "/fr/actions/2/#update-2024-03-01",
                "/fr/cop/jalons/J1/#update-2024-01-15");
        assertEquals(expected, changes.stream().map(li -> li.selectFirst("h2 a").attr("href")).toList());
        for (Element li : changes) {
            String href = li.selectFirst("a").attr("href");
            String file = href.replaceFirst("#.*", "").substring(1);
            Document target = page(file.substring(0, file.length() - 1));
            if (href.contains("#")) {
                assertNotNull(target.getElementById(href.substring(href.indexOf('#') + 1)), "no entry at " + href);
            }
        }
        assertTrue(changes.get(0).selectFirst(".badge").hasClass("badge-cancelled"));
        assertTrue(changes.get(3).text().contains("Le travail a commencé"), changes.get(3).text());
    }

    @Test
    void englishWhatChangedLeavesOutFrenchOnlyNews() throws IOException {
        Elements changes = page("en/whats-new").select("ol.changes > li");
        assertEquals(9, changes.size());
        assertEquals("/en/news/2025-06-01-guide/", changes.get(1).selectFirst("a").attr("href"));
        assertEquals("/fr/nouveautes/", page("en/whats-new").selectFirst("a.lang-switch").attr("href"));
    }

    @Test
    void feedHoldsTheSameChangesAsThePage() throws IOException {
        Document feed = Jsoup.parse(Files.readString(site.resolve("en/whats-new/atom.xml")), "", Parser.xmlParser());
        Elements entries = feed.select("feed > entry");
        List<String> pageLinks = page("en/whats-new").select("ol.changes > li h2 a").eachAttr("href");
        assertEquals(pageLinks.stream().map(h -> "https://engagements.imt.fr" + h).toList(),
                entries.stream().map(e -> e.selectFirst("link[rel=alternate]").attr("href")).toList());
        assertEquals("2026-02-01T00:00:00Z", feed.selectFirst("feed > updated").text());
        assertTrue(entries.get(0).selectFirst("title").text().contains("Cancelled"), entries.get(0).text());
        assertEquals("en", feed.selectFirst("feed").attr("xml:lang"));
    }

    @Test
    void homePageAndFooterLeadToWhatChanged() throws IOException {
        Document home = page("fr");
        assertNotNull(home.selectFirst("main a[href=/fr/nouveautes/]"));
        assertEquals(3, home.select("#changes-title ~ ul .change").size());
        assertNotNull(page("en/actions/1").selectFirst("footer a[href=/en/whats-new/]"));
        assertNotNull(home.selectFirst("link[type=application/atom+xml][href=/fr/nouveautes/atom.xml]"));
    }
}
