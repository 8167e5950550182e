package fr.imt.portal.publicsite;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site with fixture news posts (five in French, two in English, one of them in both),
 * two posts per list page, an old address declared for the OTM-R page, and a stage the sources
 * say nothing about.
 */
class NewsAndAliasesTest {

    @TempDir
    static Path temp;
    static SiteUnderTest site;

    @BeforeAll
    static void build() {
        site = SiteUnderTest.copyOfRealSite(temp)
                .with("public-site/news", "content/news")
                .replace("site.properties", "site.news.pageSize=10", "site.news.pageSize=2")
                .replace("content/pages/otm-r.yaml", "stages:\n", "aliases: [\"fr/recrutement/\", \"en/recruitment/\"]\nstages:\n")
                .append("content/pages/otm-r.yaml", """
                          - id: fixture-stage
                            title: {fr: "Étape sans source", en: "Stage without sources"}
                            intro: {fr: "Rien dans les sources.", en: "Nothing in the sources."}
                            principles: []
                            actions: []
                        """);
        site.build();
    }

    @Test
    void frenchListShowsFrenchPostsNewestFirstTwoPerPage() {
        Document first = site.page("fr/actualites/");
        assertEquals(List.of("Actualité d'essai n° 05", "Actualité d'essai n° 04"), first.select("main .news-card h2").eachText());
        assertEquals(List.of("Actualité d'essai n° 03", "Actualité d'essai n° 02"),
                site.page("fr/actualites/page/2/").select("main .news-card h2").eachText());
        assertEquals(List.of("Actualité d'essai n° 01"), site.page("fr/actualites/page/3/").select("main .news-card h2").eachText());
        assertFalse(site.exists("fr/actualites/page/4/"));
        Element pagination = first.selectFirst("nav.pagination");
        assertEquals(3, pagination.select("li:not(:has([rel]))").size());
        assertEquals("/fr/actualites/page/2/", pagination.selectFirst("a[rel=next]").attr("href"));
        assertNull(first.selectFirst("a[rel=prev]"));
        assertEquals("/fr/actualites/page/2/", site.page("fr/actualites/page/3/").selectFirst("a[rel=prev]").attr("href"));
    }

    @Test
    void englishListHasOnlyEnglishPostsAndItsMissingPagesLeadToTheFirst() {
        assertEquals(List.of("English-only test news", "Test news item 5"), site.page("en/news/").select("main .news-card h2").eachText());
        assertFalse(site.exists("en/news/page/2/"));
        // French page 2 has no English counterpart: its switch offers the English list, not a translation.
        Document fr2 = site.page("fr/actualites/page/2/");
        assertEquals("/en/news/", fr2.selectFirst("a.lang-switch").attr("href"));
        assertTrue(fr2.select("link[rel=alternate][hreflang]").isEmpty());
    }

    @Test
    void postInOneLanguageLinksToTheOtherLanguagesListAndIsNotATranslation() {
        Document post = site.page("en/news/2025-06-01-english-only/");
        assertEquals("English-only test news", post.selectFirst("h1").text());
        assertEquals("2025-06-01", post.selectFirst("time").attr("datetime"));
        assertEquals("/fr/actualites/", post.selectFirst("a.lang-switch").attr("href"));
        assertFalse(site.exists("fr/actualites/2025-06-01-english-only/"));
        // Both languages: each links to the other.
        assertEquals("/en/news/2025-05-15-fixture-post-05/",
                site.page("fr/actualites/2025-05-15-fixture-post-05/").selectFirst("a.lang-switch").attr("href"));
    }

    @Test
    void editorsMarkupInAPostCannotRunScript() {
        Document post = site.page("en/news/2025-06-01-english-only/");
        assertTrue(post.select("main script").isEmpty());
        for (Element a : post.select("main a[href]")) {
            assertFalse(a.attr("href").toLowerCase().startsWith("javascript:"), a.outerHtml());
        }
    }

    @Test
    void atomFeedPerLanguageListsThatLanguagesPostsNewestFirst() {
        Document fr = Jsoup.parse(site.text("fr/actualites/atom.xml"), "", Parser.xmlParser());
        assertEquals(5, fr.select("entry").size());
        assertEquals("Actualité d'essai n° 05", fr.selectFirst("entry title").text());
        assertEquals("2025-05-15T00:00:00Z", fr.selectFirst("feed > updated").text());
        assertEquals("https://engagements.imt.fr/fr/actualites/2025-05-15-fixture-post-05/", fr.selectFirst("entry id").text());
        Document en = Jsoup.parse(site.text("en/news/atom.xml"), "", Parser.xmlParser());
        assertEquals(List.of("English-only test news", "Test news item 5"), en.select("entry > title").eachText());
        assertTrue(en.selectFirst("entry content").text().contains("&lt;script&gt;") || !en.selectFirst("entry content").text().contains("<script>"));
    }

    @Test
    void homePageShowsTheLatestPosts() {
        List<String> latest = site.page("fr/").select("main .news-card h3").eachText();
        assertEquals(List.of("Actualité d'essai n° 05", "Actualité d'essai n° 04", "Actualité d'essai n° 03"), latest);
    }

    @Test
    void oldAddressOfThePageRedirectsToItsPermanentAddress() {
        for (String[] alias : new String[][]{{"fr/recrutement/", "/fr/otm-r/"}, {"en/recruitment/", "/en/otm-r/"}}) {
            Document doc = site.page(alias[0]);
            assertEquals("0; url=" + alias[1], doc.selectFirst("meta[http-equiv=refresh]").attr("content"));
            assertEquals(alias[1], doc.selectFirst("main a").attr("href"));
            assertEquals("https://engagements.imt.fr" + alias[1], doc.selectFirst("link[rel=canonical]").attr("href"));
            assertNotNull(doc.selectFirst("meta[name=robots][content=noindex]"));
        }
        assertFalse(site.text("sitemap.xml").contains("recrutement/"), "an old address is not listed");
    }

    @Test
    void stageTheSourcesSayNothingAboutIsShownAsNotDocumentedYet() {
        Element stage = site.page("en/otm-r/").selectFirst("section.stage:has(h2#fixture-stage)");
        assertNotNull(stage.selectFirst(".stage-undocumented"));
        assertTrue(stage.text().contains("not documented yet"));
        assertTrue(stage.select("article").isEmpty());
    }
}
