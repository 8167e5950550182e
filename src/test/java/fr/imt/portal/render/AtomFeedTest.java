package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An Atom feed as a reader's feed client receives it. */
class AtomFeedTest {

    private static Document parse(AtomFeed feed) throws Exception {
        return Jsoup.parse(feed.xml(), "", Parser.xmlParser());
    }

    @Test
    void aFeedNamesItselfItsPageItsAuthorAndItsLanguage() throws Exception {
        Document xml = parse(new AtomFeed(Lang.FR, "Nouveautés", "https://x.test/fr/feed.xml", "https://x.test/fr/",
                LocalDate.of(2026, 11, 20), "IMT", List.of()));
        Element feed = xml.selectFirst("feed");
        assertEquals("http://www.w3.org/2005/Atom", feed.attr("xmlns"));
        assertEquals("fr", feed.attr("xml:lang"));
        assertEquals("Nouveautés", xml.selectFirst("feed > title").text());
        assertEquals("https://x.test/fr/feed.xml", xml.selectFirst("feed > id").text());
        assertEquals("https://x.test/fr/feed.xml", xml.selectFirst("feed > link[rel=self]").attr("href"));
        assertEquals("https://x.test/fr/", xml.selectFirst("feed > link[rel=alternate]").attr("href"));
        assertEquals("2026-11-20T00:00:00Z", xml.selectFirst("feed > updated").text());
        assertEquals("IMT", xml.selectFirst("feed > author > name").text());
        assertTrue(feed.outerHtml().startsWith("<feed") && new AtomFeed(Lang.EN, "t", "s", "a", LocalDate.of(2026, 1, 1), "IMT",
                List.of()).xml().startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed"));
    }

    @Test
    void anEntryHasItsSummaryAndContentOnlyWhenItHasThemAndItsHtmlStaysText() throws Exception {
        AtomFeed.Entry full = new AtomFeed.Entry("Guide <b>", "urn:1", "https://x.test/1", LocalDate.of(2025, 6, 1),
                "Summary & more", "<p>Body</p>");
        AtomFeed.Entry bare = new AtomFeed.Entry("Bare", "urn:2", "https://x.test/2", LocalDate.of(2025, 5, 1), "", "");
        AtomFeed feed = new AtomFeed(Lang.EN, "News", "s", "a", LocalDate.of(2025, 6, 1), "IMT", List.of(full, bare));
        String text = feed.xml();
        assertTrue(text.contains("&lt;p&gt;Body&lt;/p&gt;"), text);
        Document xml = parse(feed);
        List<Element> entries = xml.select("entry");
        assertEquals(2, entries.size());
        assertEquals("Guide <b>", entries.get(0).selectFirst("title").text());
        assertEquals("urn:1", entries.get(0).selectFirst("id").text());
        assertEquals("https://x.test/1", entries.get(0).selectFirst("link[rel=alternate]").attr("href"));
        assertEquals("2025-06-01T00:00:00Z", entries.get(0).selectFirst("updated").text());
        assertEquals("Summary & more", entries.get(0).selectFirst("summary").text());
        assertEquals("html", entries.get(0).selectFirst("content").attr("type"));
        assertEquals("<p>Body</p>", entries.get(0).selectFirst("content").text());
        assertNull(entries.get(1).selectFirst("summary"));
        assertNull(entries.get(1).selectFirst("content"));
    }

    @Test
    void aFeedHasItsHeadOnOneLineAndEachEntryOnItsOwn() throws Exception {
        AtomFeed.Entry entry = new AtomFeed.Entry("One", "urn:1", "https://x.test/1", LocalDate.of(2025, 6, 1), "S", "H");
        String text = new AtomFeed(Lang.EN, "News", "s", "a", LocalDate.of(2025, 6, 1), "IMT", List.of(entry, entry)).xml();
        List<String> lines = text.lines().toList();
        assertEquals(6, lines.size(), text);
        assertTrue(lines.get(0).startsWith("<?xml"), text);
        assertTrue(lines.get(1).startsWith("<feed") && lines.get(1).endsWith(">"), text);
        assertTrue(lines.get(2).startsWith("<title>News</title>") && lines.get(2).endsWith("</author>"), text);
        assertTrue(lines.get(3).startsWith("<entry><title>One</title>") && lines.get(3).endsWith("</entry>"), text);
        assertEquals(lines.get(3), lines.get(4));
        assertEquals("</feed>", lines.get(5));
        assertTrue(text.endsWith("</feed>\n"));
    }
}
