package fr.imt.portal.search;

import fr.imt.portal.SiteBrowser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search page in real headless Chromium, on the real site served from 127.0.0.1. */
class SearchBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path site;
    private static SiteBrowser browser;

    @BeforeAll
    static void start() {
        site = SearchSites.real();
        browser = new SiteBrowser(site);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @AfterEach
    void noConsoleErrors() {
        assertEquals(List.of(), browser.consoleProblems());
    }

    private static WebElement waitForResults(String query) {
        // Polled often: a query is answered in milliseconds, and the set's queries are many.
        new WebDriverWait(browser.driver, Duration.ofSeconds(10), Duration.ofMillis(10)).until(d ->
                query.equals(d.findElement(By.id("search-form")).getAttribute("data-ready")));
        return browser.driver.findElement(By.id("search-results"));
    }

    @Test
    void typingShowsResultsWithTypeStatusAndHighlightedWords() {
        browser.open("fr/recherche/");
        WebElement input = browser.driver.findElement(By.id("search-q"));
        input.sendKeys("egalite");
        WebElement results = waitForResults("egalite");
        List<WebElement> items = results.findElements(By.cssSelector("li.search-result"));
        assertFalse(items.isEmpty());
        WebElement first = items.get(0);
        assertEquals("Égalité entre les femmes et les hommes", first.findElement(By.cssSelector("h3 a")).getText());
        assertEquals("Égalité", first.findElement(By.cssSelector("h3 a mark")).getText());
        assertEquals("Principe", first.findElement(By.cssSelector(".badge-type")).getText());
        String status = browser.driver.findElement(By.id("search-status")).getText();
        assertTrue(status.matches("\\d+ résultats pour «\u202Fegalite\u202F»\\."), status);
        assertEquals("polite", browser.driver.findElement(By.id("search-status")).getAttribute("aria-live"));

        input.clear();
        input.sendKeys("handicap");
        WebElement action = waitForResults("handicap").findElement(By.cssSelector("li.search-result"));
        assertTrue(action.getText().contains("Action 9"), action.getText());
        assertEquals("Prévue", action.findElement(By.cssSelector(".badge-progress")).getText(),
                "an action shows its status");
        assertTrue(browser.driver.getCurrentUrl().endsWith("?q=handicap"), "the address links to the search");
    }

    @Test
    void aQueryInTheAddressIsSearchedOnArrivalAndFiltersNarrowIt() {
        browser.open("en/search/?q=recruitment");
        WebElement results = waitForResults("recruitment");
        assertEquals("recruitment", browser.driver.findElement(By.id("search-q")).getAttribute("value"));
        assertTrue(results.getText().contains("Recruitment"));
        int all = results.findElements(By.cssSelector("li.search-result")).size();
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("search-type"))).selectByValue("action");
        // The list is made again when the filter changes: an item read meanwhile is gone, and read again.
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#search-results li.search-result")).stream()
                        .allMatch(li -> li.findElement(By.cssSelector(".badge-type")).getText().equals("Action")));
        int actions = browser.driver.findElements(By.cssSelector("#search-results li.search-result")).size();
        assertTrue(actions > 0 && actions < all, actions + " of " + all);
    }

    @Test
    void theKeyboardMovesThroughTheResultsAndBack() {
        browser.open("fr/recherche/");
        WebElement input = browser.driver.findElement(By.id("search-q"));
        input.sendKeys("formation");
        List<WebElement> links = waitForResults("formation").findElements(By.cssSelector(".search-result-title"));
        assertTrue(links.size() >= 2);
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), browser.driver.switchTo().activeElement());
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), browser.driver.switchTo().activeElement());
        browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertEquals(links.get(0), browser.driver.switchTo().activeElement());
        browser.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        assertEquals(input, browser.driver.switchTo().activeElement());
        input.sendKeys(Keys.ARROW_DOWN);
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> !d.getCurrentUrl().contains("recherche"));
    }

    @Test
    void theFiltersArePaintedWithThePageAndHiddenFromABrowserThatRunsNoScript() throws IOException {
        // In the page as served, so painted with it: nothing below moves when the script starts.
        org.jsoup.nodes.Document served = org.jsoup.Jsoup.parse(site.resolve("fr/recherche/index.html").toFile());
        assertFalse(served.selectFirst("#search-filters").hasAttr("hidden"));
        assertFalse(served.selectFirst("#search-help").hasAttr("hidden"));
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            browser.open("fr/recherche/");
            assertFalse(browser.driver.findElement(By.id("search-filters")).isDisplayed(), "filters that only the script can use");
            assertFalse(browser.driver.findElement(By.id("search-help")).isDisplayed(), "keys that only the script answers");
            assertTrue(browser.driver.findElement(By.id("search-q")).isDisplayed());
            assertTrue(browser.driver.findElement(By.id("browse-title")).isDisplayed());
        } finally {
            browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
        browser.open("fr/recherche/");
        assertTrue(browser.driver.findElement(By.id("search-filters")).isDisplayed());
        assertTrue(browser.driver.findElement(By.id("search-help")).isDisplayed());
    }

    @Test
    void withoutJavaScriptThePageOffersAFormAndTheFullLists() throws IOException {
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.resolve("fr/recherche/index.html").toFile());
        assertEquals("get", page.selectFirst("form#search-form").attr("method"));
        assertEquals("q", page.selectFirst("form#search-form input[type=search]").attr("name"));
        assertEquals("search-q", page.selectFirst("form#search-form label").attr("for"));
        assertEquals(29, page.select(".search-browse a[href^=/fr/actions/]").size());
        assertEquals(20, page.select(".search-browse a[href^=/fr/principes/]").size());
        org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(site.resolve("en/index.html").toFile());
        assertEquals("/en/search/", home.selectFirst("header form[role=search]").attr("action"));
        assertFalse(home.select("nav a[href=/en/search/]").isEmpty());
    }

    @Test
    void aResultOnALongPageShowsThePassageThatMatchedAndLinksToTheSectionsThatMatched() throws IOException {
        browser.open("fr/recherche/?q=" + java.net.URLEncoder.encode("bioraffinerie", java.nio.charset.StandardCharsets.UTF_8));
        WebElement first = waitForResults("bioraffinerie").findElement(By.cssSelector("li.search-result"));
        assertEquals("IMT Atlantique", first.findElement(By.cssSelector("h3 a")).getText());
        WebElement snippet = first.findElement(By.cssSelector(".search-snippet"));
        assertTrue(snippet.findElement(By.cssSelector("mark")).getText().toLowerCase().startsWith("bioraffinerie"), snippet.getText());
        // The passage is far down the sheet: not in what the first 1,500 characters hold.
        org.jsoup.nodes.Document sheet = org.jsoup.Jsoup.parse(site.resolve("fr/cop/ecoles/imt-atlantique/index.html").toFile());
        String text = sheet.selectFirst("main").text();
        int at = text.toLowerCase().indexOf("bioraffinerie");
        assertTrue(at > 1500, "bioraffinerie at " + at);
        List<WebElement> sections = first.findElements(By.cssSelector(".search-sections a"));
        assertFalse(sections.isEmpty(), "the sections that matched are listed");
        for (WebElement link : sections) {
            String href = link.getAttribute("href");
            assertTrue(href.contains("/fr/cop/ecoles/imt-atlantique/#"), href);
            String id = java.net.URLDecoder.decode(href.substring(href.indexOf('#') + 1), java.nio.charset.StandardCharsets.UTF_8);
            org.jsoup.nodes.Element heading = sheet.getElementById(id);
            assertTrue(heading != null && heading.normalName().matches("h[23]"), "a heading has the id " + id);
            assertEquals(heading.text(), link.getText());
        }
        sections.get(0).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("/imt-atlantique/#"));
    }

    /** Sets the field to {@code text} as a keystroke does (an input event); the address's query right after. */
    private static String key(String text) {
        return (String) browser.driver.executeScript("var input = document.getElementById('search-q'); input.value = arguments[0];"
                + "input.dispatchEvent(new Event('input', { bubbles: true })); return new URL(location.href).searchParams.get('q');", text);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aKeystrokeAfterAPauseIsSearchedAtOnceAndQuickerKeystrokesTogether() {
        browser.open("fr/recherche/");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-type option")).size() > 1);
        key("egal");
        waitForResults("egal");
        pause(200);
        assertEquals("egalite", key("egalite"), "after a pause, the keystroke's query starts with no wait");
        waitForResults("egalite");
        pause(200);
        // Four keystrokes at once (in one script, so that no slowness of the machine spaces them out):
        // the first is searched at once, the others together once the gap has passed.
        assertEquals(List.of("f", "f", "f", "f"), browser.driver.executeScript("var input = document.getElementById('search-q');"
                + "return arguments[0].map(function (text) { input.value = text;"
                + " input.dispatchEvent(new Event('input', { bubbles: true }));"
                + " return new URL(location.href).searchParams.get('q'); });", List.of("f", "fo", "for", "form")));
        waitForResults("form");
        assertTrue(browser.driver.getCurrentUrl().endsWith("?q=form"), browser.driver.getCurrentUrl());
    }

    @Test
    void whileTypingResultsAreShownButTheLiveRegionSpeaksOnlyOnceTypingPauses() {
        browser.open("fr/recherche/");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-type option")).size() > 1);
        // The words' shards and first results are loaded: typed again, each prefix's results come at once.
        key("formation");
        waitForResults("formation");
        key("");
        pause(200);
        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const input = document.getElementById('search-q');
                const status = document.getElementById('search-status');
                const said = [];
                let titles = 0;
                new MutationObserver(() => said.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
                const list = document.getElementById('search-results');
                new MutationObserver(() => { titles++; }).observe(list, { childList: true });
                const word = 'formation';
                let typed = 0;
                const key = () => {
                  typed++;
                  input.value = word.slice(0, typed);
                  input.dispatchEvent(new Event('input', { bubbles: true }));
                  if (typed < word.length) { setTimeout(key, 40); return; }
                  setTimeout(() => done(titles > 0 ? said : ['no result shown while typing']), 1000);
                };
                key();
                """);
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).matches("\\d+ résultats pour «\u202Fformation\u202F»\\."), said.toString());
    }

    @Test
    void aShortWordBeingTypedFetchesTheFewShardsItMayEndInSoTheNextKeystrokeFindsItsShard() {
        browser.open("en/search/");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-type option")).size() > 1);
        key("start");
        waitForResults("start");
        key("start u");
        waitForResults("start u");
        pause(300);
        browser.takeServed();
        key("start up");
        waitForResults("start up");
        // "u" leaves three files of shards on the real site ("up" is one of them): all fetched at "u".
        List<String> shards = browser.takeServed().stream().map(SiteBrowser.Served::path).filter(p -> p.startsWith("/search/en/s/")).toList();
        assertEquals(List.of(), shards, "the shard of \"up\" was fetched while \"u\" was typed");
    }

    @Test
    void theListOfShardsIsAskedForWithThePageNotOnceTheScriptHasRun() {
        browser.open("fr/recherche/?q=egalite");
        waitForResults("egalite");
        // A first query waits for meta.json before its shards: asked for with the page, it does not
        // also wait for the script to come and run (and, preloaded as the script fetches it, it comes once).
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loaded = (List<Map<String, Object>>) browser.driver.executeScript(
                "return performance.getEntriesByType('resource').filter(e => /meta\\.json$|search\\.js$/.test(e.name))"
                        + ".map(e => ({name: e.name, start: e.startTime, end: e.responseEnd}));");
        List<Map<String, Object>> meta = loaded.stream().filter(e -> e.get("name").toString().endsWith("/search/fr/meta.json")).toList();
        List<Map<String, Object>> script = loaded.stream().filter(e -> e.get("name").toString().endsWith("/js/search.js")).toList();
        assertEquals(1, meta.size(), loaded.toString());
        assertEquals(1, script.size(), loaded.toString());
        assertTrue(((Number) meta.get(0).get("start")).doubleValue() < ((Number) script.get(0).get("end")).doubleValue(), loaded.toString());
    }

    @Test
    void aPastedParagraphFetchesABoundedNumberOfIndexFilesAndIsNotReadOutWhole() {
        browser.open("en/search/");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-type option")).size() > 1);
        browser.takeServed();
        String pasted = "I am looking for information about the quality of working life of the staff and the support for "
                + "researchers with a disability, about open science, gender equality, recruitment, mobility, training, "
                + "doctoral supervision, research integrity, intellectual property, evaluation grids and the dashboards";
        browser.driver.executeScript("document.getElementById('search-q').value = arguments[0];"
                + "document.getElementById('search-form').requestSubmit();", pasted);
        waitForResults(pasted);
        List<SiteBrowser.Served> served = browser.takeServed();
        long index = served.stream().filter(s -> s.path().startsWith("/search/en/s/") || s.path().startsWith("/search/en/p/")).count();
        assertTrue(index <= 2 * QueryPlan.MAX_WORDS, index + " shard and pair files for a pasted paragraph");
        String status = browser.driver.findElement(By.id("search-status")).getText();
        assertTrue(status.length() < 120 && !status.contains("dashboards"), status);
    }

    /** Blocks (or, with none, lets again) the requests whose address matches one of {@code patterns}, in Chromium itself. */
    private static void block(String... patterns) {
        browser.driver.executeCdpCommand("Network.enable", Map.of());
        browser.driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of(patterns)));
    }

    /**
     * Submits {@code query} as a visitor would at once (the field set, the form submitted) on a
     * cleared list, and waits until it is answered or fails (a fragment blocked); the first
     * result item then shown (its outerHTML), or null.
     */
    private static String submitted(String query) {
        browser.driver.executeScript("var form = document.getElementById('search-form');"
                + "document.getElementById('search-results').textContent = '';"
                + "document.getElementById('search-status').textContent = ''; form.removeAttribute('data-ready');"
                + "document.getElementById('search-q').value = arguments[0]; form.requestSubmit();", query);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10), Duration.ofMillis(10)).until(d -> {
            WebElement form = d.findElement(By.id("search-form"));
            return query.equals(form.getAttribute("data-ready"))
                    || form.getAttribute("data-error").equals(d.findElement(By.id("search-status")).getText());
        });
        return (String) browser.driver.executeScript("var li = document.querySelector('#search-results li.search-result');"
                + "return li ? li.outerHTML : null;");
    }

    /**
     * The console's problems, which must all be requests Chromium blocked: the request itself, and
     * a fragment asked for beside one that failed, whose failure nothing waits for any more.
     */
    private static void onlyBlockedRequestsFailed() {
        for (String problem : browser.consoleProblems()) {
            assertTrue(problem.contains("ERR_BLOCKED_BY_CLIENT") || problem.contains("Uncaught TypeError: Failed to fetch"), problem);
        }
    }

    @Test
    void aQuerySubmittedAfterTheFirstShowsItsFirstResultBeforeAnyFragmentComes() {
        browser.takeServed();
        browser.open("fr/recherche/?q=egalite");
        waitForResults("egalite");
        assertTrue(browser.takeServed().stream().noneMatch(s -> s.path().startsWith("/search/fr/l/")),
                "the first query fetches no lead");
        block("*/search/fr/f/*");
        try {
            String first = submitted("recrutement");
            assertTrue(first != null && first.contains("Recrutement"), "the first result is shown with no fragment: " + first);
            List<String> paths = browser.takeServed().stream().map(SiteBrowser.Served::path).toList();
            assertTrue(paths.stream().anyMatch(p -> p.startsWith("/search/fr/l/")), paths.toString());
            // Only the first one: the others wait for their fragments, which do not come.
            assertEquals(1, browser.driver.findElements(By.cssSelector("#search-results li.search-result")).size());
        } finally {
            block();
            onlyBlockedRequestsFailed();
        }
    }

    @Test
    void typedQueriesFetchNoLeadButFindThoseAlreadyLoaded() {
        browser.open("fr/recherche/");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-type option")).size() > 1);
        browser.takeServed();
        key("egalite");
        waitForResults("egalite");
        key("recrutement");
        waitForResults("recrutement");
        assertTrue(browser.takeServed().stream().noneMatch(s -> s.path().startsWith("/search/fr/l/")), "keystrokes fetch no lead");
        // A lead loaded by a pasted query serves a query typed later, which then needs no fragment for its first result.
        String pasted = submitted("mobilité");
        assertTrue(browser.takeServed().stream().anyMatch(s -> s.path().startsWith("/search/fr/l/")), "a pasted query fetches its lead");
        key("");
        block("*/search/fr/f/*");
        try {
            key("mobilite");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                    !d.findElements(By.cssSelector("#search-results li.search-result")).isEmpty());
            assertEquals(pasted, browser.driver.findElement(By.cssSelector("#search-results li.search-result")).getAttribute("outerHTML"));
        } finally {
            block();
            onlyBlockedRequestsFailed();
        }
    }

    @Test
    void aFirstResultShownFromALeadIsTheItemItsFragmentGivesForTheRelevanceSet() throws IOException {
        for (Lang lang : Lang.values()) {
            String page = lang == Lang.FR ? "fr/recherche/" : "en/search/";
            List<String> queries = SearchRelevanceTest.queries(lang).stream().map(SearchRelevanceTest.Query::text).toList();
            // Fragments blocked: a first result shown can only come from a lead.
            browser.open(page + "?q=" + (lang == Lang.FR ? "egalite" : "equality"));
            waitForResults(lang == Lang.FR ? "egalite" : "equality");
            browser.takeServed();
            Map<String, String> fromLeads = new LinkedHashMap<>();
            block("*/search/" + lang.code() + "/f/*");
            try {
                for (String q : queries) {
                    String item = submitted(q);
                    if (item != null) {
                        fromLeads.put(q, item);
                    }
                }
            } finally {
                block();
                onlyBlockedRequestsFailed();
            }
            System.out.println(lang + ": the first result of " + fromLeads.size() + " of the " + queries.size()
                    + " queries of the relevance set, submitted, came from a lead");
            // Most queries of the set (more than three in four) are served so; the others wait for their fragment as before.
            assertTrue(fromLeads.size() * 3 >= queries.size() * 2, lang + ": " + fromLeads.size() + " of " + queries.size());
            // The same queries typed on a new page (no lead fetched): each first result from its fragment.
            browser.open(page);
            browser.takeServed();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#search-type option")).size() > 1);
            for (Map.Entry<String, String> q : fromLeads.entrySet()) {
                key(q.getKey());
                String fromFragment = waitForResults(q.getKey()).findElement(By.cssSelector("li.search-result")).getAttribute("outerHTML");
                assertEquals(fromFragment, q.getValue(), lang + " \"" + q.getKey() + "\"");
            }
            assertTrue(browser.takeServed().stream().noneMatch(s -> s.path().startsWith("/search/" + lang.code() + "/l/")));
        }
    }

    @Test
    void theClientAnalysesTheWholeSiteAsLuceneDoes() throws IOException {
        for (Lang lang : Lang.values()) {
            browser.open(lang == Lang.FR ? "fr/recherche/" : "en/search/");
            // Every title and text the index was made from, as the pipeline gives them (the text
            // read back from the built pages): as many entries as the Lucene index has documents
            // before its vocabulary, titles alike.
            List<SearchEntry> entries = SearchSites.realCorpus().language(lang).entries();
            List<String> texts = new ArrayList<>();
            try (var dir = org.apache.lucene.store.FSDirectory.open(SearchSites.index(site).resolve(lang.code()));
                 var reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
                assertEquals(reader.maxDoc() - 1, entries.size());
                for (int doc = 0; doc < entries.size(); doc++) {
                    assertEquals(reader.storedFields().document(doc).get(Ranking.TITLE), entries.get(doc).title());
                    texts.add(entries.get(doc).title());
                    for (PageText.Section section : PageText.read(site, entries.get(doc).path())) {
                        texts.add(section.heading());
                        texts.addAll(section.passages());
                    }
                }
            }
            @SuppressWarnings("unchecked")
            List<List<String>> client = (List<List<String>>) browser.driver.executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "Promise.all(arguments[0].map(function (t) { return window.portalSearch.terms(t); }))"
                            + ".then(done, function (e) { done(String(e)); });", texts);
            SearchAnalysis analysis = SearchAnalysis.of(lang);
            int tokens = 0;
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(analysis.terms(texts.get(i)), client.get(i), lang + ": " + texts.get(i));
                tokens += client.get(i).size();
            }
            assertTrue(tokens > 3000, "the whole site was compared: " + tokens + " terms");
        }
    }

    @Test
    void theClientRanksAsTheLuceneCommandAndFindsTheExpectedPagesOfTheRelevanceSet() throws IOException {
        Map<SearchRelevanceTest.Query, List<String>> ranked = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            browser.open(lang == Lang.FR ? "fr/recherche/" : "en/search/");
            try (Searcher lucene = Searcher.open(SearchSites.index(site), lang)) {
                for (SearchRelevanceTest.Query q : SearchRelevanceTest.queries(lang)) {
                    @SuppressWarnings("unchecked")
                    List<Map<String, Number>> client = (List<Map<String, Number>>) browser.driver.executeAsyncScript(
                            "var done = arguments[arguments.length - 1];"
                                    + "window.portalSearch.rank(arguments[0]).then(function (r) { done(r.slice(0, 5)); });", q.text());
                    List<Searcher.Hit> expected = lucene.search(q.text(), 5);
                    List<Searcher.Hit> wide = lucene.search(q.text(), 100);
                    assertEquals(expected.size(), client.size(), q.text());
                    List<String> keys = new ArrayList<>();
                    for (int i = 0; i < expected.size(); i++) {
                        int doc = client.get(i).get("doc").intValue();
                        float clientScore = client.get(i).get("score").floatValue() / 1000f;
                        Searcher.Hit same = wide.stream().filter(h -> h.doc() == doc).findFirst().orElseThrow();
                        // Weights are rounded to thousandths: only near-ties may swap.
                        assertTrue(doc == expected.get(i).doc() || Math.abs(same.score() - expected.get(i).score()) < 0.005,
                                lang + " \"" + q.text() + "\" #" + (i + 1) + ": client " + same.key() + ", Lucene " + expected.get(i).key());
                        assertEquals(same.score(), clientScore, 0.01, q.text() + " " + same.key());
                        keys.add(same.key());
                    }
                    ranked.put(q, keys);
                }
            }
        }
        SearchRelevanceTest.Score.of(ranked).check();
    }
}
