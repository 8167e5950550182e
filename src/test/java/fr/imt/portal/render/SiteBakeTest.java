package fr.imt.portal.render;

import fr.imt.portal.TestSites;
import fr.imt.portal.content.ContentLoader;
import fr.imt.portal.content.SettingsCheck;
import fr.imt.portal.model.Lang;
import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real bake of a tiny site (the "valid" fixture's three actions and two principles, plus an
 * OTM-R page and one prose page with old addresses, written here): what the plumbing around the
 * page families writes (the root page, the site files, the redirects, the OTM-R grouping), what it
 * refuses (two claims on one address), and what a kept bake writes again (only what changed).
 */
class SiteBakeTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final String SITE_URL = "https://example.org";
    private static final String CSP = "default-src 'self'; img-src 'self' data:";
    private static final Map<String, String> SETTINGS = Map.of("site.url", SITE_URL, "site.csp", CSP,
            "site.name.fr", "Site fictif", "site.name.en", "Fictional site");

    @TempDir
    Path dir;

    /** The fixture's content with the OTM-R page and the prose page {@code slug} ({@code fr}/{@code en}), and their old addresses. */
    private Path content(String frSlug, String enSlug, String otmrAlias, String pageAlias) {
        Path content = dir.resolve("content");
        TestSites.copyTree(PROJECT.resolve("src/test/resources/sites/valid/content"), content);
        TestSites.write(content.resolve("pages/otm-r.yaml"), """
                english: translation
                title: {fr: "Recrutement fictif", en: "Fictional recruitment"}
                lead: {fr: "Chapeau fictif", en: "Fictional lead"}
                intro: {fr: "Introduction fictive", en: "Fictional introduction"}
                aliases: ["%s"]
                stages:
                  - id: first
                    title: {fr: "Première étape", en: "First stage"}
                    intro: {fr: "Intro un", en: "Intro one"}
                    principles: [recruitment]
                    actions: [2, 3]
                  - id: second
                    title: {fr: "Deuxième étape", en: "Second stage"}
                    intro: {fr: "Intro deux", en: "Intro two"}
                    principles: [open-science]
                    actions: [1, 2]
                  - id: blank
                    title: {fr: "Étape vide", en: "Empty stage"}
                    intro: {fr: "Intro vide", en: "Empty intro"}
                    principles: []
                    actions: []
                    undocumented: {fr: "Rien de fictif", en: "Nothing fictional"}
                """.formatted(otmrAlias));
        TestSites.write(content.resolve("pages/pages.yaml"), """
                english: translation
                pages:
                  - id: legal
                    slug: {fr: %s, en: %s}
                    title: {fr: "Mentions fictives", en: "Fictional notice"}
                    description: {fr: "Description fictive", en: "Fictional description"}
                    aliases: ["%s"]
                  - id: accessibility
                    slug: {fr: accessibilite, en: accessibility}
                    title: {fr: "Accessibilité fictive", en: "Fictional accessibility"}
                    description: {fr: "Description fictive", en: "Fictional description"}
                """.formatted(frSlug, enSlug, pageAlias));
        TestSites.write(content.resolve("pages/accessibility.fr.md"), "Texte fictif.\n");
        TestSites.write(content.resolve("pages/accessibility.en.md"), "Fictional text.\n");
        TestSites.write(content.resolve("pages/legal.fr.md"), "Texte fictif.\n");
        TestSites.write(content.resolve("pages/legal.en.md"), "Fictional text.\n");
        return content;
    }

    private Path defaultContent() {
        return content("mentions", "notice", "fr/ancien-recrutement/", "en/old-notice/");
    }

    /** The addresses of the site last loaded (they follow the site's settings). */
    private Urls urls;

    private SiteContext site(Bake bake, Path content) {
        ContentLoader.Result loaded = ContentLoader.load(content, TODAY, SettingsCheck.timeZone(PROJECT, SETTINGS).orElseThrow());
        SiteContext site = bake.context(loaded.portal().orElseThrow(() -> new AssertionError(loaded.problems().toString())), TODAY);
        urls = site.urls();
        return site;
    }

    private Bake bake(Path out, boolean remember) {
        return new Bake(PROJECT, out, SETTINGS, remember);
    }

    private static Document html(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void rootPageOffersBothLanguagesAndTheirLegalPages() throws IOException {
        Path out = dir.resolve("out");
        Bake bake = bake(out, false);
        Bake.Result result = bake.bake(site(bake, defaultContent()), List.of(), false);
        assertEquals(List.of(), result.errors());
        Document root = html(out.resolve("index.html"));
        List<String> hrefs = root.select("a[href]").eachAttr("href");
        assertTrue(hrefs.indexOf("/fr/") >= 0 && hrefs.indexOf("/en/") > hrefs.indexOf("/fr/"), hrefs.toString());
        assertTrue(hrefs.contains("/fr/mentions/"), hrefs.toString());
        assertTrue(hrefs.contains("/en/notice/"), hrefs.toString());
        assertTrue(root.text().contains("Mentions fictives") && root.text().contains("Fictional notice"), root.text());
        assertEquals(SITE_URL + "/", root.select("link[rel=canonical]").attr("href"));
        assertEquals("Site fictif – Fictional site", root.title());
        assertEquals(CSP, root.select("meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertEquals(List.of(SITE_URL + "/fr/", SITE_URL + "/en/", SITE_URL + "/fr/"),
                root.select("link[rel=alternate]").eachAttr("href"));
        assertEquals(List.of("Français", "English"), root.select("main h2").eachText());
        // The accessibility page is named by its compliance status, as on every page; the others by their title.
        assertEquals(List.of("Mentions fictives", "Accessibilité : non conforme"), root.select("ul.footer-links[lang=fr] a").eachText());
        assertEquals(List.of("/fr/mentions/", "/fr/accessibilite/"), root.select("ul.footer-links[lang=fr] a").eachAttr("href"));
        assertEquals(List.of("Fictional notice", "Accessibility: not compliant"), root.select("ul.footer-links[lang=en] a").eachText());
    }

    @Test
    void aSiteWhoseSourcesAreEnglishListsEnglishFirstAndMarksItsFrenchTranslations() throws IOException {
        Path out = dir.resolve("out");
        Map<String, String> settings = new java.util.HashMap<>(SETTINGS);
        settings.put("site.languages", "en, fr");
        settings.put("site.notFound", "actionPlan home");
        Bake bake = new Bake(PROJECT, out, settings, false);
        assertEquals(List.of(), bake.bake(site(bake, defaultContent()), List.of(), false).errors());

        Document root = html(out.resolve("index.html"));
        assertEquals("en", root.selectFirst("html").attr("lang"));
        assertEquals("Fictional site – Site fictif", root.title());
        assertEquals(List.of("English", "Français"), root.select("main h2").eachText());
        assertEquals(SITE_URL + "/en/", root.select("link[hreflang=x-default]").attr("href"));
        // The prose pages are marked as our translation: on the French pages now, not on the English ones.
        assertNotNull(html(out.resolve("fr/mentions/index.html")).selectFirst(".translated"));
        assertNull(html(out.resolve("en/notice/index.html")).selectFirst(".translated"));
        assertEquals("/en/notice/", html(out.resolve("fr/mentions/index.html")).selectFirst("a.lang-switch").attr("href"));

        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        Element otmr = Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser()).select("url").stream()
                .filter(u -> u.selectFirst("loc").text().equals(SITE_URL + "/en/otm-r/")).findFirst().orElseThrow();
        assertEquals(List.of("en", "fr"), otmr.select("xhtml|link").eachAttr("hreflang"), "the site's order");
        assertEquals(List.of("/fr/plan-d-action/", "/fr/"), html(out.resolve("fr/404.html")).select("main ul a").eachAttr("href"));
    }

    @Test
    void aFolderOfPagesOfOneKindListsThemAndLeadsToWhereTheyArePresentedTogether() throws IOException {
        Path out = dir.resolve("out");
        Bake bake = bake(out, false);
        assertEquals(List.of(), bake.bake(site(bake, defaultContent()), List.of(), false).errors());
        Document actions = html(out.resolve("fr/actions/index.html"));
        assertEquals(List.of("/fr/actions/1/", "/fr/actions/2/", "/fr/actions/3/"), actions.select("ul.section-list a").eachAttr("href"));
        assertEquals("Les actions", actions.selectFirst("h1").text());
        assertEquals("/fr/plan-d-action/", actions.selectFirst("p.lead a").attr("href"));
        assertEquals(List.of("/fr/", "/fr/plan-d-action/"), actions.select("nav.breadcrumb a").eachAttr("href"));
        assertEquals("/en/actions/", actions.selectFirst("a.lang-switch").attr("href"));
        Document principles = html(out.resolve("en/principles/index.html"));
        assertEquals("/en/gap-analysis/", principles.selectFirst("p.lead a").attr("href"));
        assertFalse(principles.select("ul.section-list a").isEmpty());
        assertTrue(Files.readString(out.resolve("sitemap.xml")).contains(SITE_URL + "/fr/actions/</loc>"));
    }

    @Test
    void siteFilesListEveryPublicPageWithItsAlternatesAndNotTheNotFoundPage() throws IOException {
        Path out = dir.resolve("out");
        Bake bake = bake(out, false);
        assertEquals(List.of(), bake.bake(site(bake, defaultContent()), List.of(), false).errors());
        String sitemap = Files.readString(out.resolve("sitemap.xml"));
        Document xml = Jsoup.parse(sitemap, "", org.jsoup.parser.Parser.xmlParser());
        List<String> locs = xml.select("url > loc").eachText();
        assertEquals(SITE_URL + "/", locs.get(0));
        for (String path : List.of("fr/otm-r/", "en/otm-r/", "fr/mentions/", "en/notice/", "fr/actions/1/", "en/actions/3/")) {
            assertTrue(locs.contains(SITE_URL + "/" + path), path + " in " + locs);
        }
        assertTrue(locs.stream().noneMatch(l -> l.contains("404") || l.contains("not-found")), locs.toString());
        assertTrue(locs.stream().noneMatch(l -> l.contains("ancien-recrutement") || l.contains("old-notice")), locs.toString());
        Element otmr = xml.select("url").stream().filter(u -> u.selectFirst("loc").text().equals(SITE_URL + "/fr/otm-r/"))
                .findFirst().orElseThrow();
        assertEquals(List.of(SITE_URL + "/fr/otm-r/", SITE_URL + "/en/otm-r/"), otmr.select("xhtml|link").eachAttr("href"));
        assertEquals(List.of("fr", "en"), otmr.select("xhtml|link").eachAttr("hreflang"));

        assertEquals("User-agent: *\nAllow: /\n\nSitemap: " + SITE_URL + "/sitemap.xml\n", Files.readString(out.resolve("robots.txt")));
        String headers = Files.readString(out.resolve("_headers"));
        assertTrue(headers.startsWith("/*\n"), headers);
        assertTrue(headers.contains("  Content-Security-Policy: " + CSP + "; frame-ancestors 'none'\n"), headers);
        assertTrue(headers.contains("X-Content-Type-Options: nosniff"), headers);
        for (Lang lang : Lang.values()) {
            Document feed = Jsoup.parse(Files.readString(out.resolve(urls.newsFeed(lang))), "", org.jsoup.parser.Parser.xmlParser());
            assertEquals(lang.code(), feed.selectFirst("feed").attr("xml:lang"), lang + " news feed");
            Document changes = Jsoup.parse(Files.readString(out.resolve(urls.changesFeed(lang))), "", org.jsoup.parser.Parser.xmlParser());
            assertFalse(changes.select("feed").isEmpty(), lang + " changes feed");
        }
    }

    @Test
    void oldAddressesLeadToTheirPageInTheirLanguage() throws IOException {
        Path out = dir.resolve("out");
        Bake bake = bake(out, false);
        assertEquals(List.of(), bake.bake(site(bake, defaultContent()), List.of(), false).errors());
        Document otmr = html(out.resolve("fr/ancien-recrutement/index.html"));
        assertEquals("fr", otmr.selectFirst("html").attr("lang"));
        assertEquals("0; url=/fr/otm-r/", otmr.select("meta[http-equiv=refresh]").attr("content"));
        assertEquals(SITE_URL + "/fr/otm-r/", otmr.select("link[rel=canonical]").attr("href"));
        Document notice = html(out.resolve("en/old-notice/index.html"));
        assertEquals("en", notice.selectFirst("html").attr("lang"));
        assertEquals("/en/notice/", notice.select("main a").attr("href"));
    }

    @Test
    void otmrPageGroupsPrinciplesAndActionsByStageAndCountsEachActionOnce() throws IOException {
        Path out = dir.resolve("out");
        Bake bake = bake(out, false);
        assertEquals(List.of(), bake.bake(site(bake, defaultContent()), List.of(), false).errors());
        for (Lang lang : Lang.values()) {
            Document page = html(out.resolve(Urls.file(urls.otmr(lang))));
            List<String> stages = page.select("section.stage").eachAttr("aria-labelledby");
            assertEquals(List.of("first", "second", "blank"), stages, lang.toString());
            assertEquals(lang == Lang.FR ? "Chapeau fictif" : "Fictional lead", page.selectFirst("p.lead").text());
            Element first = page.getElementById("first").parent();
            assertEquals(List.of("first-recruitment"), first.select("article.principle-full").eachAttr("aria-labelledby"));
            assertEquals(2, first.select(".cards > *").size(), "actions 2 and 3");
            Element second = page.getElementById("second").parent();
            assertEquals(List.of("second-open-science"), second.select("article.principle-full").eachAttr("aria-labelledby"));
            assertEquals(2, second.select(".cards > *").size(), "actions 1 and 2");
            Element blank = page.getElementById("blank").parent();
            assertEquals(1, blank.select(".stage-undocumented").size());
            assertTrue(blank.select(".stage-gap").text().contains(lang == Lang.FR ? "Rien de fictif" : "Nothing fictional"));
            assertTrue(first.select(".stage-undocumented").isEmpty());
            // Actions 1, 2 and 3, action 2 shown in two stages but counted once.
            int counted = page.select("figure.progress .progress-legend .count").eachText().stream().mapToInt(Integer::parseInt).sum();
            String waiting = page.select("figure.progress .progress-legend .waiting").text().replaceAll("\\D", "");
            assertEquals(3, counted + (waiting.isEmpty() ? 0 : Integer.parseInt(waiting)), page.select("figure.progress").text());
        }
    }

    @Test
    void anOldAddressThatIsAlsoAPageIsRefused() {
        Path out = dir.resolve("out");
        Bake bake = bake(out, false);
        SiteContext site = site(bake, content("mentions", "notice", "fr/mentions/", "en/old-notice/"));
        List<SiteFiles.Clash> clashes = bake.clashes(site);
        assertEquals(1, clashes.size(), clashes.toString());
        assertEquals("address.aliasClash", clashes.get(0).key());
        assertEquals("", clashes.get(0).file(), "the OTM-R page, which declares the alias, is made of many entities");
        assertEquals(List.of("/fr/mentions/", "/fr/otm-r/", "content/pages/pages.yaml"), clashes.get(0).args());
        Bake.Result result = bake.bake(site, List.of(), false);
        assertTrue(result.errors().stream().anyMatch(e -> e.contains("fr/mentions/") && e.contains("alias")), result.errors().toString());
        assertFalse(Files.exists(out.resolve("sitemap.xml")));
    }

    @Test
    void twoPagesAtOneAddressAreRefused() {
        Path out = dir.resolve("out");
        Bake bake = bake(out, false);
        SiteContext site = site(bake, content("otm-r", "notice", "fr/ancien-recrutement/", "en/old-notice/"));
        List<SiteFiles.Clash> clashes = bake.clashes(site);
        assertEquals(1, clashes.size(), clashes.toString());
        assertEquals("address.clash", clashes.get(0).key());
        // Reported at the prose page, whose slug chose the address, not at the OTM-R page made of many entities.
        assertEquals("pages/pages.yaml", clashes.get(0).file());
        assertEquals(List.of("/fr/otm-r/", "(otm-r)", "content/pages/pages.yaml"), clashes.get(0).args());
        Bake.Result result = bake.bake(site, List.of(), false);
        assertTrue(result.errors().stream().anyMatch(e -> e.contains("fr/otm-r/ is claimed by")), result.errors().toString());
    }

    @Test
    void aKeptBakeBuildsEveryPageWhenTheWordsQuoteOtherContractYears() throws IOException {
        Path content = TestSites.fixture("cop-tracking", dir.resolve("cop")).resolve("content");
        Path out = dir.resolve("out");
        // Without the COP in the navigation and the footer, the frame of the pages does not quote the contract's years.
        Map<String, String> settings = new java.util.HashMap<>(SETTINGS);
        settings.putAll(Map.of("site.navigation", "home actionPlan", "site.footer", "gapAnalysis"));
        Bake bake = new Bake(PROJECT, out, settings, true);
        SiteContext first = site(bake, content);
        Bake.Result all = bake.bake(first, List.of(), false);
        assertEquals(List.of(), all.errors());
        SiteContext same = site(bake, content);
        assertSame(first.messages(), same.messages(), "the same facts, the same words");
        assertTrue(bake.bake(same, List.of(), false).built() < all.built());

        TestSites.edit(content.resolve("cop/contract.yaml"), "last_year: 2027", "last_year: 2028");
        for (String indicator : new String[] {"falling", "qualitative", "rising"}) {
            TestSites.edit(content.resolve("cop/indicators/" + indicator + ".yaml"), "- year: 2027", "- year: 2028");
        }
        SiteContext moved = site(bake, content);
        assertNotSame(first.messages(), moved.messages());
        assertEquals("COP 2023-2028", moved.messages().get(Lang.EN, "nav.cop"));
        Bake.Result again = bake.bake(moved, List.of(), false);
        assertEquals(List.of(), again.errors());
        assertEquals(all.built(), again.built(), "every page quotes the contract's years in its footer: every page is built");
    }

    @Test
    void aKeptBakeWritesAgainOnlyThePagesOfWhatChanged() throws IOException {
        Path out = dir.resolve("out");
        Path content = defaultContent();
        Bake bake = bake(out, true);
        Bake.Result first = bake.bake(site(bake, content), List.of(), false);
        assertEquals(List.of(), first.errors());
        assertTrue(first.rendered() > 0 && first.rendered() <= first.built(), first.toString());

        Bake.Result same = bake.bake(site(bake, content), List.of(), false);
        assertEquals(List.of(), same.errors());
        assertEquals(first.pages(), same.pages());
        assertEquals(0, same.rendered(), "nothing changed, nothing written");
        assertTrue(same.built() < first.built(), same + " after " + first);

        // A mark in a page that does not show action 3 stays; the action's own page is written again.
        Path untouched = out.resolve(Urls.file(urls.action(Lang.FR, 1)));
        Files.writeString(untouched, Files.readString(untouched) + "<!-- kept -->");
        TestSites.edit(content.resolve("hrs4r/actions/03.yaml"), "Action fictive future", "Action fictive à venir");
        Bake.Result edited = bake.bake(site(bake, content), List.of(), false);
        assertEquals(List.of(), edited.errors());
        assertTrue(edited.rendered() > 0 && edited.rendered() < first.rendered(), edited + " after " + first);
        assertTrue(html(out.resolve(Urls.file(urls.action(Lang.FR, 3)))).text().contains("Action fictive à venir"));
        assertTrue(Files.readString(untouched).endsWith("<!-- kept -->"));

        // A page gone from the content is deleted.
        TestSites.edit(content.resolve("pages/otm-r.yaml"), "aliases: [\"fr/ancien-recrutement/\"]", "aliases: []");
        Bake.Result removed = bake.bake(site(bake, content), List.of(), false);
        assertEquals(List.of(), removed.errors());
        assertFalse(Files.exists(out.resolve("fr/ancien-recrutement/index.html")));
        assertTrue(Files.exists(out.resolve("en/old-notice/index.html")));
    }

    @Test
    void aBuildsBakeWritesEveryPageEachTime() {
        Path out = dir.resolve("out");
        Path content = defaultContent();
        Bake bake = bake(out, false);
        Bake.Result first = bake.bake(site(bake, content), List.of(), false);
        Bake.Result second = bake.bake(site(bake, content), List.of(), false);
        assertEquals(List.of(), second.errors());
        assertEquals(first.rendered(), second.rendered());
        assertEquals(first.built(), second.built());
        assertEquals(first.built(), first.rendered(), "every page built is written");
    }

    @Test
    void feedsListThePostsAndChangesOfTheirLanguageNewestFirst() throws IOException {
        Path out = dir.resolve("out");
        Path content = defaultContent();
        Bake bake = bake(out, false);
        assertEquals(List.of(), bake.bake(site(bake, content), List.of(), false).errors());
        // No post yet: the news feed is as old as the build.
        Document empty = xml(out.resolve(urls.newsFeed(Lang.FR)));
        assertEquals(TODAY + "T00:00:00Z", empty.selectFirst("feed > updated").text());
        assertTrue(empty.select("entry").isEmpty());
        // Action 1's progress report of 2025-01-15 is the latest change in each language.
        Document changes = xml(out.resolve(urls.changesFeed(Lang.EN)));
        assertEquals("2025-01-15T00:00:00Z", changes.selectFirst("feed > updated").text());
        Element change = changes.selectFirst("entry");
        assertEquals("First fictional update", change.selectFirst("summary").text());
        assertTrue(change.selectFirst("id").text().startsWith(SITE_URL + "/en/"), change.toString());

        TestSites.write(content.resolve("news/2025-03-01-guide.fr.md"),
                "---\ndate: 2025-03-01\ntitle: \"Un guide fictif\"\nsummary: \"Résumé fictif\"\n---\nTexte.\n");
        TestSites.write(content.resolve("news/2025-03-01-guide.en.md"),
                "---\ndate: 2025-03-01\ntitle: \"A fictional guide\"\nsummary: \"Fictional summary\"\n---\nText.\n");
        TestSites.write(content.resolve("news/2025-04-01-annonce.fr.md"),
                "---\ndate: 2025-04-01\ntitle: \"Une annonce fictive\"\n---\nSeulement en français.\n");
        Bake again = bake(dir.resolve("out2"), false);
        assertEquals(List.of(), again.bake(site(again, content), List.of(), false).errors());
        Document fr = xml(dir.resolve("out2").resolve(urls.newsFeed(Lang.FR)));
        assertEquals(List.of("Une annonce fictive", "Un guide fictif"), fr.select("entry > title").eachText());
        assertEquals("2025-04-01T00:00:00Z", fr.selectFirst("feed > updated").text());
        Document en = xml(dir.resolve("out2").resolve(urls.newsFeed(Lang.EN)));
        assertEquals(List.of("A fictional guide"), en.select("entry > title").eachText());
        assertEquals("Fictional summary", en.selectFirst("entry > summary").text());
        assertEquals("2025-03-01T00:00:00Z", en.selectFirst("feed > updated").text());
        assertTrue(en.selectFirst("entry > id").text().startsWith(SITE_URL + "/en/"), en.toString());
    }

    @Test
    void aPageMadeFromOneFileLinksToItsSourceOnTheGitHost() throws IOException {
        Path out = dir.resolve("out");
        Bake bake = new Bake(PROJECT, out, Map.of("site.url", SITE_URL, "site.editBaseUrl", "https://git.example/edit/main"), false);
        assertEquals(List.of(), bake.bake(site(bake, defaultContent()), List.of(), false).errors());
        assertEquals("https://git.example/edit/main/content/hrs4r/actions/03.yaml",
                html(out.resolve(Urls.file(urls.action(Lang.FR, 3)))).select(".edit-page a").attr("href"));
        assertEquals("https://git.example/edit/main/content/pages/legal.fr.md",
                html(out.resolve(Urls.file(Urls.page(Lang.FR, "mentions")))).select(".edit-page a").attr("href"));
        assertEquals("https://git.example/edit/main/content/pages/legal.en.md",
                html(out.resolve(Urls.file(Urls.page(Lang.EN, "notice")))).select(".edit-page a").attr("href"));
        assertTrue(html(out.resolve(Urls.file(urls.actionPlan(Lang.FR)))).select(".edit-page").isEmpty(), "a list of many files");

        Path plain = dir.resolve("plain");
        Bake noHost = bake(plain, false);
        assertEquals(List.of(), noHost.bake(site(noHost, dir.resolve("content")), List.of(), false).errors());
        assertTrue(html(plain.resolve(Urls.file(urls.action(Lang.FR, 3)))).select(".edit-page").isEmpty(), "no host set");
    }

    @Test
    void pagesAnEarlierStageMadeAreRenderedWithTheOthers() throws IOException {
        Path out = dir.resolve("out");
        Bake bake = bake(out, false);
        PagePlan stagePage = new PagePlan("not-found", lang -> lang.code() + "/stage-page/",
                lang -> lang == Lang.FR ? "Page d'étape fictive" : "Fictional stage page",
                lang -> Map.of("links", List.of(new SiteChrome.Link("Lien fictif", "/" + lang.code() + "/"))));
        Bake.Result result = bake.bake(site(bake, defaultContent()), List.of(stagePage), false);
        assertEquals(List.of(), result.errors());
        assertEquals("Page d'étape fictive", html(out.resolve("fr/stage-page/index.html")).selectFirst("h1").text());
        Document en = html(out.resolve("en/stage-page/index.html"));
        assertEquals("Fictional stage page", en.selectFirst("h1").text());
        assertEquals("/en/", en.select("main a").stream().filter(a -> a.text().equals("Lien fictif")).findFirst().orElseThrow().attr("href"));
    }

    @Test
    void aPageThatCannotBeRenderedFailsTheBakeNamingItsFamilyAndAddress() {
        Path out = dir.resolve("out");
        Bake bake = bake(out, false);
        // The not-found template lists its links: data without them cannot be rendered.
        PagePlan broken = new PagePlan("not-found", lang -> lang.code() + "/broken/", lang -> "Broken", lang -> Map.of());
        Bake.Result result = bake.bake(site(bake, defaultContent()), List.of(broken), false);
        assertEquals(1, result.errors().size(), result.errors().toString());
        String error = result.errors().get(0);
        assertTrue(error.startsWith("StagePages: "), error);
        assertTrue(error.contains("fr/broken/index.html") && error.contains("en/broken/index.html"), error);
    }

    @Test
    void aChangeToTheFrameAroundEveryPageMakesEveryPageAgain() throws IOException {
        Path out = dir.resolve("out");
        Path content = defaultContent();
        Bake bake = bake(out, true);
        Bake.Result first = bake.bake(site(bake, content), List.of(), false);
        assertEquals(List.of(), first.errors());
        // The prose page's title is a footer link of every page.
        TestSites.edit(content.resolve("pages/pages.yaml"), "Mentions fictives", "Mentions fictives revues");
        Bake.Result retitled = bake.bake(site(bake, content), List.of(), false);
        assertEquals(List.of(), retitled.errors());
        assertEquals(first.built(), retitled.built(), "every page made again");
        assertTrue(html(out.resolve(Urls.file(urls.action(Lang.FR, 1)))).select("footer a").eachText()
                .contains("Mentions fictives revues"));
    }

    @Test
    void aPageThatNoLongerShowsAnEntityIsMadeAgain() throws IOException {
        Path out = dir.resolve("out");
        Path content = defaultContent();
        Bake bake = bake(out, true);
        assertEquals(List.of(), bake.bake(site(bake, content), List.of(), false).errors());
        Path openScience = out.resolve(Urls.file(urls.principle(Lang.FR, new fr.imt.portal.model.PrincipleId("open-science"))));
        String action2 = "/" + urls.action(Lang.FR, 2);
        assertTrue(html(openScience).select("main a[href=" + action2 + "]").size() > 0, "action 2 serves open science");
        // Action 2 now serves recruitment only: the open science page, which no longer shows it, must drop it.
        TestSites.edit(content.resolve("hrs4r/actions/02.yaml"), "principles: [recruitment, open-science]", "principles: [recruitment]");
        assertEquals(List.of(), bake.bake(site(bake, content), List.of(), false).errors());
        assertTrue(html(openScience).select("main a[href=" + action2 + "]").isEmpty(), "action 2 gone from open science");
        assertTrue(html(openScience).select("main a[href=/" + urls.action(Lang.FR, 1) + "]").size() > 0, "action 1 still there");
    }

    @Test
    void eachOldAddressIsOnePageOfTheBake() {
        Bake withTwo = bake(dir.resolve("two"), false);
        Bake.Result two = withTwo.bake(site(withTwo, defaultContent()), List.of(), false);
        Bake withOne = bake(dir.resolve("one"), false);
        Bake.Result one = withOne.bake(site(withOne, content("mentions", "notice", "fr/ancien-recrutement/", "fr/autre/")), List.of(), false);
        TestSites.edit(dir.resolve("content/pages/otm-r.yaml"), "aliases: [\"fr/ancien-recrutement/\"]", "aliases: []");
        Bake withLess = bake(dir.resolve("less"), false);
        Bake.Result less = withLess.bake(site(withLess, dir.resolve("content")), List.of(), false);
        assertEquals(List.of(), two.errors());
        assertEquals(two.pages(), one.pages(), "two old addresses either way");
        assertEquals(two.pages() - 1, less.pages());
    }

    private static Document xml(Path file) throws IOException {
        return Jsoup.parse(Files.readString(file), "", org.jsoup.parser.Parser.xmlParser());
    }
}
