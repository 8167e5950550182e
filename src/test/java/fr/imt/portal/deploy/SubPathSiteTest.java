package fr.imt.portal.deploy;

import fr.imt.portal.CommandRun;
import fr.imt.portal.SiteBrowser;
import fr.imt.portal.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site (plus fixture news posts, for paged lists and feed entries, and an old address, for
 * a redirect page) built for a sub-path through the command line, as a GitHub project page is
 * served ({@code https://example.org/hrs4r/}): every address in every generated file resolves to
 * a file of the output under that prefix, and search works in a browser served under it.
 */
class SubPathSiteTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final String ORIGIN = "https://example.org";
    static final String BASE = "/hrs4r/";

    @TempDir
    static Path work;
    static Path site;
    static List<SiteCrawler.Reference> references;

    @BeforeAll
    static void build() throws IOException {
        Path source = work.resolve("source");
        for (String part : List.of("content", "templates", "assets")) {
            TestSites.copyTree(PROJECT.resolve(part), source.resolve(part));
        }
        TestSites.copy(PROJECT.resolve("site.properties"), source.resolve("site.properties"));
        TestSites.copyTree(PROJECT.resolve("src/test/resources/public-site/news"), source.resolve("content/news"));
        Path otmr = source.resolve("content/pages/otm-r.yaml");
        Files.writeString(otmr, Files.readString(otmr).replace("stages:\n", "aliases: [\"fr/recrutement/\"]\nstages:\n"));
        Path settings = source.resolve("site.properties");
        Files.writeString(settings, Files.readString(settings).replace("site.news.pageSize=10", "site.news.pageSize=2"));
        site = work.resolve("site");
        CommandRun run = CommandRun.english("build", "--source", source.toString(), "--out", site.toString(),
                "--today", "2026-11-20", "--base-path", BASE, "--site-url", ORIGIN);
        assertEquals(0, run.exitCode(), run.err());
        references = new SiteCrawler(site, ORIGIN, BASE).crawl();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyAddressInEveryFileResolvesUnderTheSubPath() {
        List<SiteCrawler.Reference> broken = references.stream().filter(r -> !r.problem().isEmpty()).toList();
        assertEquals("", broken.stream().limit(40).map(r -> r.file() + " " + r.where() + " " + r.address() + ": " + r.problem())
                .collect(Collectors.joining("\n")), broken.size() + " broken addresses");
    }

    @Test
    void theCrawlReachesEveryKindOfAddress() {
        Map<String, Long> byKind = references.stream().collect(Collectors.groupingBy(r -> r.where().replaceAll("@.*", "")
                .replaceAll(" .*", ""), Collectors.counting()));
        // Pages, assets, sitemap, feeds, JSON-LD, search fragments, open data, redirects and robots.txt were all read.
        for (String kind : List.of("a", "link", "script", "form", "loc", "json", "json-ld", "text", "search", "meta")) {
            assertTrue(byKind.getOrDefault(kind, 0L) > 0, "no address of kind " + kind + " in " + byKind);
        }
        assertTrue(references.size() > 5000, references.size() + " addresses");
        assertTrue(references.stream().anyMatch(r -> r.where().equals("meta refresh")), "the redirect page was crawled");
        assertTrue(references.stream().anyMatch(r -> r.file().equals("fr/actualites/atom.xml") && r.where().equals("id")
                && r.address().contains("fixture-post")), "the feed's entries were crawled");
        assertTrue(references.stream().anyMatch(r -> r.file().startsWith("search/") && r.address().startsWith(BASE)),
                "the search fragments' result addresses were crawled");
        assertTrue(references.stream().anyMatch(r -> r.file().equals("data/catalog.jsonld")), "the data catalogue was crawled");
    }

    @Test
    void pagesLinkFromTheSubPathAndCanonicalAddressesCarryIt() throws IOException {
        Document home = page("fr/index.html");
        assertEquals(BASE + "css/portal.css", home.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(ORIGIN + BASE + "fr/", home.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(BASE + "search/fr/", page("fr/recherche/index.html").selectFirst("#search-form").attr("data-index"));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + ORIGIN + BASE + "sitemap.xml"));
        assertTrue(Files.readString(site.resolve("data/actions.json")).contains("\"" + ORIGIN + BASE + "fr/actions/1/\""));
        // Nothing points at the host's root, where a project page's site does not live.
        assertFalse(references.stream().anyMatch(r -> r.address().startsWith("/fr/") || r.address().startsWith("/en/")));
    }

    @Test
    void searchFindsAndLinksUnderTheSubPathInABrowser() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "Debian's chromium and chromium-driver are needed");
        try (SiteBrowser browser = new SiteBrowser(site, BASE)) {
            browser.open("fr/recherche/?q=recrutement");
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d ->
                    "recrutement".equals(d.findElement(By.id("search-form")).getAttribute("data-ready")));
            var links = browser.driver.findElements(By.cssSelector("#search-results a"));
            assertFalse(links.isEmpty(), "results under the sub-path");
            String href = links.get(0).getAttribute("href");
            assertTrue(href.startsWith(browser.url("fr/")), href);
            browser.driver.get(href);
            assertFalse(browser.driver.getTitle().isEmpty());
            assertTrue(browser.driver.findElements(By.cssSelector("body.page-not-found")).isEmpty(), "the result leads to a page");
            assertEquals(List.of(), browser.consoleProblems());
            assertTrue(browser.takeServed().stream().anyMatch(s -> s.path().equals("/search/fr/meta.json")),
                    "the index was fetched from the sub-path");
        }
    }
}
