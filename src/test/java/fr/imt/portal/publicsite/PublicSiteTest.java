package fr.imt.portal.publicsite;

import fr.imt.portal.SharedBuilds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public site built from the real content: what a visitor, a search engine and Euraxess find. */
@ExtendWith(SharedBuilds.class)
class PublicSiteTest {

    static SiteUnderTest site;
    static Properties settings = new Properties();

    @BeforeAll
    static void build(SharedBuilds.Sites sites) throws IOException {
        site = SiteUnderTest.sharedCopyOfRealSite(sites);
        try (var in = new InputStreamReader(new FileInputStream(site.source.resolve("site.properties").toFile()), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
    }

    /** Pages in a language (not the root chooser, not the redirect pages of old addresses). */
    private static List<String> languagePages() {
        return site.htmlFiles().stream().filter(p -> p.startsWith("fr/") || p.startsWith("en/"))
                .filter(p -> site.page(p).selectFirst("meta[http-equiv=refresh]") == null).toList();
    }

    /**
     * A visitor who shortens an address (/fr/cop/ecoles/imt-bs/ to /fr/cop/ecoles/) finds a page, not
     * "page not found": every folder of the language trees is a page, and a folder of pages of one
     * kind lists exactly the pages inside it and leads to where their breadcrumbs go back to.
     */
    @Test
    void everyFolderOfAnAddressIsAPageListingThePagesInside() throws IOException {
        List<String> folders;
        try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(site.output)) {
            folders = walk.filter(java.nio.file.Files::isDirectory).map(d -> site.output.relativize(d).toString().replace('\\', '/') + "/")
                    .filter(d -> d.startsWith("fr/") || d.startsWith("en/")).toList();
        }
        List<String> without = folders.stream().filter(d -> !java.nio.file.Files.isRegularFile(site.output.resolve(d + "index.html"))).toList();
        assertEquals(List.of(), without, "folders a visitor would find empty");
        String sitemap = java.nio.file.Files.readString(site.output.resolve("sitemap.xml"));
        int sections = 0;
        for (String folder : folders) {
            Document page = site.page(folder);
            if (!page.select("ul.section-list").isEmpty()) {
                sections++;
                List<String> inside = folders.stream().filter(d -> d.startsWith(folder) && d.substring(folder.length()).matches("[^/]+/"))
                        .map(d -> "/" + d).sorted().toList();
                assertEquals(inside, page.select("ul.section-list a").eachAttr("href").stream().sorted().toList(), folder);
                List<String> crumbs = site.page(inside.get(0).substring(1)).select("nav.breadcrumb a").eachAttr("href");
                assertEquals(crumbs.get(1), page.select("nav.breadcrumb a").eachAttr("href").get(1),
                        folder + " leads where the breadcrumbs of its pages go back to");
                assertTrue(page.selectFirst("p.lead a").attr("href").equals(crumbs.get(1)), folder);
                assertTrue(sitemap.contains("/" + folder + "</loc>"), folder + " is a page of the sitemap");
            }
        }
        assertEquals(14, sections, "pillars, principles, actions and the COP's objectives, indicators, texts and schools, in both languages");
        assertEquals("Les fiches des écoles", site.page("fr/cop/ecoles/").selectFirst("h1").text());
        assertEquals("/en/cop/schools/", site.page("fr/cop/ecoles/").selectFirst("a.lang-switch").attr("href"));
    }

    @Test
    void otmrPageLivesAtItsPermanentAddressesInBothLanguages() {
        // Euraxess links to these two addresses: they must never move.
        Document fr = site.page("fr/otm-r/");
        Document en = site.page("en/otm-r/");
        assertEquals("fr", fr.selectFirst("html").attr("lang"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertTrue(fr.selectFirst("h1").text().contains("OTM-R"));
        assertTrue(en.selectFirst("h1").text().contains("OTM-R"));
        assertEquals("/en/otm-r/", fr.selectFirst("a.lang-switch").attr("href"));
        assertEquals("/fr/otm-r/", en.selectFirst("a.lang-switch").attr("href"));
    }

    @Test
    void everyPageLinksToTheOtmrPageFromItsNavigationAndFooter() {
        List<String> pages = languagePages();
        assertTrue(pages.size() > 100, "the whole site is checked, found " + pages.size());
        for (String path : pages) {
            String lang = path.substring(0, 2);
            Document doc = site.page(path);
            assertNotNull(doc.selectFirst("nav.main-nav a[href=/" + lang + "/otm-r/]"), path + ": navigation");
            assertNotNull(doc.selectFirst("footer a[href=/" + lang + "/otm-r/]"), path + ": footer");
        }
    }

    @Test
    void otmrStagesShowThePrinciplesAndActionsTheContentGroups() throws IOException {
        JsonNode otmr = new YAMLMapper().readTree(site.source.resolve("content/pages/otm-r.yaml").toFile());
        for (String lang : List.of("fr", "en")) {
            Document doc = site.page(lang + "/otm-r/");
            assertEquals(otmr.get("stages").size(), doc.select("section.stage").size());
            for (JsonNode stage : otmr.get("stages")) {
                Element section = doc.selectFirst("section.stage:has(h2#" + stage.get("id").asText() + ")");
                assertNotNull(section, lang + ": stage " + stage.get("id"));
                assertTrue(section.selectFirst("h2").text().contains(stage.get("title").get(lang).asText()));
                for (JsonNode principle : stage.get("principles")) {
                    String url = "/" + lang + (lang.equals("fr") ? "/principes/" : "/principles/") + principle.asText() + "/";
                    Element article = section.selectFirst("article.principle-full:has(h3 a[href=" + url + "])");
                    assertNotNull(article, lang + ": principle " + principle + " in stage " + stage.get("id"));
                    assertNotNull(article.selectFirst(".badge-rating .badge-label"), "rating in words");
                    assertFalse(article.select(".prose").text().isBlank(), "the gap analysis text is shown");
                }
                for (JsonNode action : stage.get("actions")) {
                    Element card = section.selectFirst("article.action-card:has(a[href=/" + lang + "/actions/" + action.asInt() + "/])");
                    assertNotNull(card, lang + ": action " + action + " in stage " + stage.get("id"));
                    assertFalse(card.select(".badge-progress .badge-label").text().isBlank(), "progress badge in words");
                }
                boolean documented = stage.get("principles").size() + stage.get("actions").size() > 0;
                assertEquals(!documented, section.selectFirst(".stage-undocumented") != null, "stage " + stage.get("id"));
                assertEquals(stage.has("undocumented"), section.selectFirst(".stage-gap") != null, "stage " + stage.get("id"));
            }
        }
    }

    @Test
    void headingsStartAtOneH1AndNeverSkipALevel() {
        for (String path : languagePages()) {
            Document doc = site.page(path);
            assertEquals(1, doc.select("h1").size(), path);
            int previous = 1;
            for (Element h : doc.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = h.tagName().charAt(1) - '0';
                assertTrue(level <= previous + 1, path + ": " + h.tagName() + " \"" + h.text() + "\" after h" + previous);
                previous = level;
            }
        }
    }

    @Test
    void accessibilityStatementStatesStatusChecksGapsContactAndRecourse() {
        for (String path : List.of("fr/accessibilite/", "en/accessibility/")) {
            Document doc = site.page(path);
            String text = doc.selectFirst("main").text();
            assertTrue(text.contains("RGAA"), path);
            assertTrue(text.contains("Défenseur des droits"), path);
            assertTrue(text.contains("axe-core") && text.contains("Nu Html Checker"), path + ": how it was checked");
            assertTrue(doc.select("main h2").size() >= 5, path + ": status, checks, gaps, contact, recourse");
            assertTrue(text.contains(settings.getProperty("site.publisher.address").split(",")[0]), path + ": postal contact");
        }
        // The French name in the English statement is marked as French for screen readers.
        Document en = site.page("en/accessibility/");
        assertTrue(en.select("main span[lang=fr]").eachText().stream().anyMatch(t -> t.contains("Défenseur des droits")));
        // Every page's footer states the compliance status and links to the statement.
        for (String path : languagePages()) {
            String lang = path.substring(0, 2);
            Element link = site.page(path).selectFirst("footer a[href=/" + lang + (lang.equals("fr") ? "/accessibilite/" : "/accessibility/") + "]");
            assertNotNull(link, path);
            assertTrue(link.text().contains(lang.equals("fr") ? "non conforme" : "not compliant"), path);
        }
    }

    @Test
    void legalAndPrivacyPagesSayWhoPublishesAndThatNothingTracks() {
        Document legal = site.page("fr/mentions-legales/");
        assertTrue(legal.text().contains("Institut Mines-Télécom"));
        assertTrue(legal.text().contains("Marguerite Perey"));
        Document privacy = site.page("en/privacy/");
        assertTrue(privacy.text().contains("no cookie"));
        assertTrue(site.page("fr/donnees-personnelles/").text().contains("aucun cookie"));
        // An empty setting never shows as a blank or a "to be specified": its paragraph is left out
        // (validate warns, build --publish refuses), with its heading when nothing else is under it.
        for (String page : List.of("en/legal-notice/", "fr/mentions-legales/", "en/privacy/", "fr/accessibilite/")) {
            String text = site.page(page).select("main").text();
            assertFalse(text.contains("to be specified") || text.contains("à préciser") || text.contains("{{"), page + ": " + text);
        }
        if (settings.getProperty("site.hosting.name", "").isBlank()) {
            assertFalse(site.page("en/legal-notice/").select("main h2").eachText().contains("Hosting"));
        }
    }

    @Test
    void sitemapListsEveryPublicPageWithItsLanguageAlternates() throws Exception {
        org.jsoup.nodes.Document xml = org.jsoup.Jsoup.parse(site.text("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        String base = settings.getProperty("site.url");
        Set<String> listed = new HashSet<>();
        for (Element url : xml.select("url")) {
            String loc = url.selectFirst("loc").text();
            assertTrue(loc.startsWith(base + "/"), loc);
            String path = loc.substring(base.length() + 1);
            assertTrue(site.exists(path.isEmpty() ? "index.html" : path), "sitemap entry without a page: " + loc);
            listed.add(path);
            for (Element alt : url.select("xhtml|link")) {
                assertTrue(site.exists(alt.attr("href").substring(base.length() + 1)), "alternate without a page: " + alt.attr("href"));
            }
            if (path.startsWith("fr/") || path.startsWith("en/")) {
                assertEquals(2, url.select("xhtml|link").size(), loc + " has both language alternates");
            }
        }
        for (String page : languagePages()) {
            boolean notFound = page.endsWith("404.html");
            assertEquals(!notFound, listed.contains(page.replaceAll("index\\.html$", "")), page);
        }
        assertTrue(site.text("robots.txt").contains("Sitemap: " + base + "/sitemap.xml"));
    }

    @Test
    void pagesDeclareCanonicalAddressesSharingMetadataAndStructuredData() throws Exception {
        String base = settings.getProperty("site.url");
        ObjectMapper json = new ObjectMapper();
        for (String path : languagePages()) {
            Document doc = site.page(path);
            if (path.endsWith("404.html")) {
                assertNotNull(doc.selectFirst("meta[name=robots][content=noindex]"), path);
                continue;
            }
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertEquals(base + "/" + path.replaceAll("index\\.html$", ""), canonical, path);
            assertEquals(canonical, doc.selectFirst("meta[property=og:url]").attr("content"), path);
            assertFalse(doc.selectFirst("meta[property=og:title]").attr("content").isBlank(), path);
            assertFalse(doc.selectFirst("meta[name=description]").attr("content").isBlank(), path);
            assertEquals("summary", doc.selectFirst("meta[name=twitter:card]").attr("content"), path);
            JsonNode ld = json.readTree(doc.selectFirst("script[type=application/ld+json]").data());
            List<String> types = new ArrayList<>();
            ld.get("@graph").forEach(n -> types.add(n.get("@type").asText()));
            assertTrue(types.contains("Organization"), path);
            boolean crumbs = doc.selectFirst("nav.breadcrumb") != null;
            assertEquals(crumbs, types.contains("BreadcrumbList"), path);
            if (crumbs) {
                JsonNode list = ld.get("@graph").get(types.indexOf("BreadcrumbList")).get("itemListElement");
                assertEquals(doc.select("nav.breadcrumb li").size(), list.size(), path);
                assertEquals(canonical, list.get(list.size() - 1).get("item").asText(), path);
            }
        }
    }

    @Test
    void noPageRunsInlineScriptOrStyleAndEveryPageCarriesThePolicy() {
        String csp = settings.getProperty("site.csp");
        assertFalse(csp.contains("unsafe-inline") || csp.contains("http"), "the policy allows nothing external or inline");
        for (String path : site.htmlFiles()) {
            Document doc = site.page(path);
            for (Element script : doc.select("script")) {
                assertTrue(script.hasAttr("src") ? script.data().isBlank() && script.attr("src").startsWith("/")
                        : script.attr("type").equals("application/ld+json"), path + ": " + script.outerHtml());
            }
            assertTrue(doc.select("[style]").isEmpty(), path + ": style attribute");
            assertTrue(doc.select("[onclick], [onload], [onerror]").isEmpty(), path);
            if (doc.selectFirst("meta[http-equiv=refresh]") == null && !path.equals("index.html")) {
                assertEquals(csp, doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"), path);
            }
        }
        assertTrue(site.text("_headers").contains("Content-Security-Policy: " + csp));
    }

    @Test
    void newsSectionWithoutPostsSaysSoAndItsFeedIsEmpty() {
        // content/ ships no news (none is invented): the section exists and says there is none yet.
        assertTrue(site.page("fr/actualites/").selectFirst("main").text().contains("Aucune actualité"));
        assertTrue(site.page("en/news/").selectFirst("main").text().contains("No news"));
        // The home page shows no empty "latest news" heading.
        assertTrue(site.page("en/").select("#news-title").isEmpty());
        String feed = site.text("en/news/atom.xml");
        assertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assertFalse(feed.contains("<entry>"));
    }

    @Test
    void eachLanguageHasItsOwnPageNotFound() {
        Document fr = site.page("fr/404.html");
        Document en = site.page("en/404.html");
        assertEquals("fr", fr.selectFirst("html").attr("lang"));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        // A host serves these at any depth: every link must work from anywhere.
        for (Element a : fr.select("a[href]")) {
            assertTrue(a.attr("href").startsWith("/") || a.attr("href").startsWith("#"), a.outerHtml());
        }
        assertNotNull(en.selectFirst("main a[href=/en/otm-r/]"));
    }
}
