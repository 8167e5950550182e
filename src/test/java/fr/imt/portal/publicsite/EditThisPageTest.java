package fr.imt.portal.publicsite;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the git host's edit address in site.properties, a page made from one file links to that
 * file on the host; without it, no page has the link.
 */
class EditThisPageTest {

    static final String HOST = "https://gitlab.com/imt/portail/-/edit/main/";

    @TempDir
    static Path temp;
    static SiteUnderTest site;

    @BeforeAll
    static void build() {
        site = SiteUnderTest.copyOfRealSite(temp.resolve("with"))
                .replace("site.properties", "site.editBaseUrl=\n", "site.editBaseUrl=" + HOST + "\n");
        site.build();
    }

    private static Element editLink(Document page) {
        return page.selectFirst("main .edit-page a");
    }

    @Test
    void actionPageLinksToItsYamlFileOnTheHost() {
        Element fr = editLink(site.page("fr/actions/12/"));
        assertEquals(HOST + "content/hrs4r/actions/12.yaml", fr.attr("href"));
        assertEquals("Modifier cette page (fichier source)", fr.text());
        Element en = editLink(site.page("en/actions/12/"));
        assertEquals(HOST + "content/hrs4r/actions/12.yaml", en.attr("href"));
        assertEquals("Edit this page (source file)", en.text());
    }

    @Test
    void textPageLinksToTheMarkdownOfItsLanguage() {
        assertEquals(HOST + "content/pages/legal-notice.fr.md", editLink(site.page("fr/mentions-legales/")).attr("href"));
        assertEquals(HOST + "content/pages/legal-notice.en.md", editLink(site.page("en/legal-notice/")).attr("href"));
    }

    @Test
    void pillarAndContractPagesLinkToTheirOwnFile() {
        assertEquals(HOST + "content/hrs4r/pillars.yaml", editLink(site.page("fr/piliers/ethics/")).attr("href"));
        assertEquals(HOST + "content/cop/ambition.fr.md", editLink(site.page("fr/cop/")).attr("href"));
        assertEquals(HOST + "content/cop/ambition.en.md", editLink(site.page("en/cop/")).attr("href"));
    }

    @Test
    void everyEditLinkNamesAFileOfTheContent() throws IOException {
        List<String> linked = new ArrayList<>();
        for (String html : site.htmlFiles()) {
            Element link = editLink(site.page(html));
            if (link != null) {
                String href = link.attr("href");
                assertTrue(href.startsWith(HOST + "content/"), html + ": " + href);
                assertTrue(Files.isRegularFile(site.source.resolve(href.substring(HOST.length()))), html + ": " + href);
                linked.add(html);
            }
        }
        assertTrue(linked.size() > 150, "pages with the link: " + linked.size());
        assertNull(editLink(site.page("fr/")), "the home page is made from many files");
        assertNull(editLink(site.page("fr/plan-d-action/")), "a list is made from many files");
    }

    @Test
    void noPageHasTheLinkWhenNoHostIsSet() throws IOException {
        Path fixture = TestSites.fixture("valid", temp.resolve("without"));
        Path out = temp.resolve("without-site");
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(fixture, out, SiteUnderTest.TODAY));
        assertTrue(report.published(), report.problems().errors().toString());
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertTrue(pages.stream().anyMatch(p -> p.toString().contains("actions")), pages.toString());
        for (Path page : pages) {
            assertNull(Jsoup.parse(page.toFile(), "UTF-8").selectFirst(".edit-page"), page.toString());
        }
    }
}
