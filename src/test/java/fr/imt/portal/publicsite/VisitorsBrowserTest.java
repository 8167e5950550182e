package fr.imt.portal.publicsite;

import fr.imt.portal.SharedBuilds;
import fr.imt.portal.SiteBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a visitor sees, on a 320-pixel phone and a 1280-pixel desktop, in headless Chromium: the
 * real site (where nothing has been reported yet) and a copy where an action was started, another
 * passed its deadline and two milestone steps were reported late.
 */
@ExtendWith(SharedBuilds.class)
class VisitorsBrowserTest {

    private static final int PHONE = 320;
    private static final int DESKTOP = 1280;

    @TempDir
    static Path reportedRoot;
    static SiteUnderTest real;
    static SiteUnderTest reported;
    static SiteBrowser web;
    static SiteBrowser reportedWeb;
    static ChromeDriver browser;
    static Properties settings = new Properties();

    @BeforeAll
    static void start(SharedBuilds.Sites sites) throws IOException {
        assumeTrue(new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute(),
                "Debian's chromium and chromium-driver packages are needed");
        real = SiteUnderTest.sharedCopyOfRealSite(sites);
        reported = SiteUnderTest.copyOfRealSite(reportedRoot)
                .with("public-site/news", "content/news")
                .replace("content/hrs4r/actions/18.yaml", "status: planned", "status: in_progress")
                .replace("content/hrs4r/actions/01.yaml", "deadline: \"Q2 2028\"", "deadline: \"Q1 2025\"")
                .replace("content/cop/milestones/J1.yaml", "- year: 2024\n", "- year: 2024\n  status: in_progress\n  reported: 2024-06-01\n")
                .replace("site.properties", "site.otmr.vacancies=", "site.otmr.vacancies=https://example.org/jobs");
        reported.build();
        web = new SiteBrowser(real.output);
        reportedWeb = new SiteBrowser(reported.output);
        browser = web.driver;
        try (var in = new InputStreamReader(new FileInputStream(SiteUnderTest.PROJECT.resolve("site.properties").toFile()),
                StandardCharsets.UTF_8)) {
            settings.load(in);
        }
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
        if (reportedWeb != null) {
            reportedWeb.close();
        }
    }

    @AfterEach
    void desktopAgain() {
        if (web != null) {
            width(web.driver, DESKTOP);
            width(reportedWeb.driver, DESKTOP);
        }
    }

    private static void width(ChromeDriver driver, int px) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", px, "height", 800, "deviceScaleFactor", 1, "mobile", px < 600));
    }

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double number(ChromeDriver driver, String script, Object... args) {
        return ((Number) js(driver, script, args)).doubleValue();
    }

    private static boolean shown(ChromeDriver driver, String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    @Test
    void everyPageOfTheSiteFitsA320PixelScreenWithoutSidewaysScrolling() throws Exception {
        List<String> pages;
        try (Stream<Path> files = Files.walk(real.output)) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> real.output.relativize(p).toString().replace(File.separatorChar, '/')).sorted().toList();
        }
        assertTrue(pages.size() > 200, pages.size() + " pages");
        // The search page with its results and filters shown, as a visitor who searched sees it.
        pages = Stream.concat(pages.stream(), Stream.of("en/search/?q=recruitment", "fr/recherche/?q=recrutement")).toList();
        // A page load mostly waits on the browser's navigation, not on a core: two browsers
        // walk half of the pages each.
        int half = pages.size() / 2;
        ExecutorService walkers = Executors.newFixedThreadPool(2);
        try (SiteBrowser second = new SiteBrowser(real.output)) {
            Future<List<String>> first = walkers.submit(overflowing(web, pages.subList(0, half)));
            Future<List<String>> rest = walkers.submit(overflowing(second, pages.subList(half, pages.size())));
            List<String> overflowing = new ArrayList<>(first.get());
            overflowing.addAll(rest.get());
            assertEquals(List.of(), overflowing);
        } finally {
            walkers.shutdownNow();
        }
    }

    /** The pages among {@code pages} wider than a 320-pixel phone in {@code site}'s browser, each with what sticks out. */
    private static Callable<List<String>> overflowing(SiteBrowser site, List<String> pages) {
        return () -> {
            ChromeDriver driver = site.driver;
            width(driver, PHONE);
            List<String> overflowing = new ArrayList<>();
            for (String page : pages) {
                site.open(page);
                if (page.contains("?q=")) {
                    new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                            .until(d -> !d.findElement(By.id("search-results-section")).getDomAttribute("class").isEmpty()
                                    && d.findElement(By.id("search-pillar")).isDisplayed()
                                    && !d.findElements(By.cssSelector("#search-results li")).isEmpty());
                }
                long scroll = ((Number) js(driver, "return document.documentElement.scrollWidth;")).longValue();
                if (scroll > PHONE) {
                    // Name the outermost elements that stick out, to say what to fix.
                    Object culprits = js(driver, "var out = []; document.querySelectorAll('body *').forEach(function (e) {"
                            + " var wide = e.getBoundingClientRect().right > arguments[0] + 0.5"
                            + " || (e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === 'visible');"
                            + " if (wide && out.length < 4 && !e.querySelector('*:not(svg *)')) {"
                            + " out.push(e.outerHTML.substring(0, 90)); } }); return out.join(' | ');", PHONE);
                    overflowing.add(page + " is " + scroll + " px wide: " + culprits);
                }
            }
            return overflowing;
        };
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void nothingReportedSaysSoInsteadOfAFullBar(int px) {
        width(browser, px);
        for (String page : List.of("en/", "fr/plan-d-action/", "en/pillars/ethics/", "fr/otm-r/")) {
            web.open(page);
            assertFalse(shown(browser, ".progress-bar"), page + ": no bar when nothing is reported");
            WebElement none = browser.findElement(By.cssSelector(".progress-none"));
            assertTrue(none.isDisplayed());
            assertTrue(none.getText().contains(page.startsWith("fr") ? "aucun avancement signalé" : "no progress reported yet"), none.getText());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void barsCountReportedProgressOnlyAndLateActionsStandOut(int px) {
        ChromeDriver b = reportedWeb.driver;
        width(b, px);
        reportedWeb.open("en/action-plan/");
        WebElement legend = b.findElement(By.cssSelector(".progress .progress-legend"));
        assertTrue(legend.isDisplayed());
        String text = legend.getText().replaceAll("\\s+", " ");
        assertTrue(text.contains("In progress 1") && text.contains("Late 1"), text);
        assertTrue(text.contains("Planned, nothing reported yet: 27"), text);
        assertFalse(text.contains("Done"), "a status nobody reported is not counted: " + text);
        // The bar draws the two reported actions: 2 of 29, not a full width.
        double drawn = number(b, "var w = 0; document.querySelectorAll('.progress-bar rect').forEach(function (r) {"
                + " w += parseFloat(r.getAttribute('width')); }); return w;");
        assertEquals(200.0 / 29, drawn, 0.2);
        // Late: listed before the table, its row marked, its badge filled, with an icon and a word (not colour alone).
        WebElement late = b.findElement(By.cssSelector(".late-list"));
        assertTrue(late.isDisplayed() && late.getText().contains("Action 1"), late.getText());
        WebElement row = b.findElement(By.cssSelector("#action-table tr.is-late"));
        WebElement badge = row.findElement(By.cssSelector(".badge-late"));
        assertEquals("Late", badge.getText());
        assertNotNull(badge.findElement(By.cssSelector("svg.icon")));
        assertFalse(badge.getCssValue("background-color").equals(
                b.findElement(By.cssSelector("#action-table .badge-planned")).getCssValue("background-color")),
                "a late badge is filled, a planned one is not");
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void ratingsHaveTheirOwnLookAndTheirMeaningInWords(int px) {
        width(browser, px);
        web.open("en/gap-analysis/");
        WebElement key = browser.findElement(By.cssSelector(".rating-key"));
        assertTrue(key.isDisplayed(), "the key is on the page, not in a tooltip");
        for (String words : List.of("fully implemented", "mostly implemented", "partly implemented")) {
            assertTrue(key.getText().contains(words), key.getText());
        }
        web.open("en/pillars/ethics/");
        WebElement rating = browser.findElement(By.cssSelector(".badge-rating"));
        WebElement status = browser.findElement(By.cssSelector(".badge-progress"));
        assertEquals("0px", rating.getCssValue("border-top-left-radius"), "a rating is square");
        assertFalse("0px".equals(status.getCssValue("border-top-left-radius")), "a status is round");
        assertTrue(rating.findElements(By.cssSelector("svg.icon")).isEmpty(), "a rating has no status icon");
        assertTrue(rating.findElement(By.cssSelector(".rating-symbol")).getText().matches("[+-]/[+-]"));
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void copOverviewShowsMilestonesPerYearIndicatorsAssessedAndTrajectories(int px) {
        width(browser, px);
        web.open("en/cop/");
        WebElement years = browser.findElement(By.cssSelector(".glance-years"));
        assertTrue(years.isDisplayed());
        List<String> rows = years.findElements(By.cssSelector("tbody th")).stream().map(e -> e.getText().substring(0, 4)).toList();
        assertEquals(List.of("2023", "2024", "2025", "2026", "2027"), rows);
        assertTrue(browser.findElement(By.cssSelector(".glance")).getText().contains("0 of 21 indicators assessed"),
                browser.findElement(By.cssSelector(".glance")).getText());
        WebElement trajectory = browser.findElement(By.cssSelector("tr[data-indicator='degree-students'] td[data-label='Trajectory']"));
        assertTrue(trajectory.isDisplayed());
        // "Of which" indicators right under their parent.
        List<String> order = browser.findElements(By.cssSelector(".dashboard tr[data-indicator]")).stream()
                .map(r -> r.getDomAttribute("data-indicator")).toList();
        for (String[] pair : new String[][] {{"degree-students", "engineering-students"}, {"research-revenue", "eu-research-revenue"},
                {"training-cost", "training-cost-subsidised"}}) {
            assertEquals(order.indexOf(pair[0]) + 1, order.indexOf(pair[1]), pair[1] + " under " + pair[0] + ": " + order);
        }
        ChromeDriver b = reportedWeb.driver;
        width(b, px);
        reportedWeb.open("en/cop/");
        WebElement y2024 = b.findElements(By.cssSelector(".glance-years tbody tr")).get(1);
        assertTrue(y2024.getText().contains("late"), y2024.getText());
        assertTrue(y2024.getDomAttribute("class").contains("is-late"));
    }

    /**
     * The words of the COP glance's year table that a visitor sees, each on one line: a label such as
     * « Signalées » broken as « Signalé / es » in a narrow column reads as two words. A heading clipped
     * out of view (the table shown as cards) is not seen, so not measured.
     */
    @ParameterizedTest
    @ValueSource(ints = {PHONE, 390, DESKTOP})
    void noWordOfTheCopGlanceBreaksInTheMiddle(int px) {
        width(browser, px);
        for (String page : List.of("fr/cop/", "en/cop/")) {
            web.open(page);
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) js(browser, """
                    const out = [];
                    const walker = document.createTreeWalker(document.querySelector('.glance-years'), NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                      const box = node.parentElement.getBoundingClientRect();
                      if (box.width <= 1 || box.height <= 1) continue;
                      for (const m of node.data.matchAll(/\\S+/g)) {
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                        if (tops.size > 1) out.push(m[0]);
                      }
                    }
                    return out;""");
            assertEquals(List.of(), broken, page + " at " + px + " px");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void homePresentsBothCommitmentsWithFiguresFromTheContent(int px) throws IOException {
        width(browser, px);
        web.open("fr/");
        List<WebElement> commitments = browser.findElements(By.cssSelector(".commitment"));
        assertEquals(2, commitments.size());
        String hrs4r = commitments.get(0).getText();
        String cop = commitments.get(1).getText();
        long principles;
        try (Stream<Path> dirs = Files.list(SiteUnderTest.PROJECT.resolve("content/hrs4r/principles"))) {
            principles = dirs.filter(Files::isDirectory).count();
        }
        long actions;
        try (Stream<Path> files = Files.list(SiteUnderTest.PROJECT.resolve("content/hrs4r/actions"))) {
            actions = files.filter(f -> f.toString().endsWith(".yaml")).count();
        }
        long schools;
        try (Stream<Path> dirs = Files.list(SiteUnderTest.PROJECT.resolve("content/cop/schools"))) {
            schools = dirs.filter(Files::isDirectory).count();
        }
        assertTrue(hrs4r.contains("Principes évalués\n" + principles), hrs4r);
        assertTrue(hrs4r.contains("Actions prévues\n" + actions), hrs4r);
        assertTrue(cop.contains("Fiches des écoles\n" + schools), cop);
        assertTrue(cop.contains("COP") || cop.contains("contrat"), cop);
        int top0 = commitments.get(0).getRect().getY();
        int top1 = commitments.get(1).getRect().getY();
        assertEquals(px == DESKTOP, top0 == top1, "side by side on a desktop, one under the other on a phone");
        // No news and nothing new yet: no empty heading.
        assertTrue(browser.findElements(By.id("news-title")).isEmpty());
        assertTrue(browser.findElements(By.id("changes-title")).isEmpty());
        // With news, the section appears, distinct from what's new.
        ChromeDriver b = reportedWeb.driver;
        width(b, px);
        reportedWeb.open("fr/");
        assertTrue(b.findElement(By.id("news-title")).isDisplayed());
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void rootPageIsABilingualLandingPageWithTheConfiguredPolicy(int px) {
        width(browser, px);
        web.open("");
        List<WebElement> languages = browser.findElements(By.cssSelector(".root-languages section"));
        assertEquals(List.of("fr", "en"), languages.stream().map(s -> s.getDomAttribute("lang")).toList());
        assertTrue(languages.get(0).getText().contains("Ce portail publie"), languages.get(0).getText());
        assertTrue(languages.get(1).getText().contains("This portal publishes"), languages.get(1).getText());
        assertTrue(browser.findElement(By.cssSelector(".root-languages a[href='/en/']")).isDisplayed());
        List<String> footer = browser.findElements(By.cssSelector("footer a")).stream().map(a -> a.getDomAttribute("href")).toList();
        assertTrue(footer.contains("/fr/mentions-legales/") && footer.contains("/en/legal-notice/"), footer.toString());
        String csp = (String) js(browser, "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content;");
        assertEquals(settings.getProperty("site.csp"), csp);
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void headerIsCompactOnAPhoneAndItsMenuOpensWithoutJavaScript(int px) {
        width(browser, px);
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            web.open("en/cop/");
            WebElement header = browser.findElement(By.cssSelector(".site-header"));
            if (px == PHONE) {
                assertTrue(header.getSize().getHeight() <= 80, "header " + header.getSize().getHeight() + " px high");
                assertFalse(shown(browser, ".main-nav a"), "the menu is folded");
                browser.findElement(By.cssSelector(".menu-toggle")).click();
                WebElement otmr = browser.findElement(By.cssSelector(".main-nav a[href='/en/otm-r/']"));
                assertTrue(otmr.isDisplayed(), "the menu opens without script");
                assertTrue(browser.findElement(By.cssSelector(".main-nav a[href='/en/search/']")).isDisplayed(), "search is in the menu");
                browser.findElement(By.cssSelector(".menu-close")).sendKeys(org.openqa.selenium.Keys.ENTER);
                assertFalse(shown(browser, ".main-nav a"), "and closes: " + browser.getCurrentUrl());
            } else {
                assertFalse(shown(browser, ".menu-toggle"));
                assertTrue(browser.findElement(By.id("site-search-q")).isDisplayed(), "the search field is in the header");
                assertTrue(browser.findElement(By.cssSelector(".main-nav a[href='/en/otm-r/']")).isDisplayed());
            }
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    /**
     * Selenium's own test of whether an element is displayed (the script {@code WebElement.isDisplayed}
     * runs in the page), so that a page's hundreds of cells are looked at in one script instead of
     * a round trip to the browser for each.
     */
    private static final String IS_DISPLAYED = seleniumAtom("/org/openqa/selenium/remote/isDisplayed.js");

    private static String seleniumAtom(String resource) {
        try (var in = org.openqa.selenium.remote.RemoteWebElement.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Selenium's " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For each data table of the page: its class, each body cell's label, whether the cell is
     * displayed and its {@code ::before} content (on a phone only), and for a displayed first
     * caption its width, its table's box and its table's width (in whole pixels, as
     * {@code WebElement.getSize} gives them).
     */
    private static final String TABLES = "var isDisplayed = (" + IS_DISPLAYED + ");"
            + " var phone = arguments[0];"
            + " return Array.from(document.querySelectorAll('table.data-table')).map(function (table) {"
            + "   var cells = Array.from(table.querySelectorAll('tbody td')).map(function (cell) {"
            + "     var shown = phone && isDisplayed(cell);"
            + "     return [cell.getAttribute('data-label'), shown, shown ? getComputedStyle(cell, '::before').content : null]; });"
            + "   var caption = table.getElementsByTagName('caption')[0];"
            + "   var sizes = caption && isDisplayed(caption) ? [Math.trunc(caption.getBoundingClientRect().width),"
            + "     table.parentElement.clientWidth, Math.trunc(table.getBoundingClientRect().width)] : null;"
            + "   return {table: table.getAttribute('class'), cells: cells, caption: sizes}; });";

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    @SuppressWarnings("unchecked")
    void tablesKeepTheirLabelsAndCaptionsOnAPhone(int px) {
        width(browser, px);
        for (String page : List.of("en/cop/", "fr/cop/ecoles/imt-atlantique/", "en/cop/milestones/", "fr/plan-d-action/",
                "en/cop/indicators/degree-students/")) {
            web.open(page);
            for (Map<String, Object> table : (List<Map<String, Object>>) js(browser, TABLES, px == PHONE)) {
                for (List<Object> cell : (List<List<Object>>) table.get("cells")) {
                    String label = (String) cell.get(0);
                    assertTrue(label != null && !label.isBlank(), page + ": a cell without a label in " + table.get("table"));
                    if (px == PHONE && (Boolean) cell.get(1)) {
                        String before = (String) cell.get(2);
                        assertTrue(before.contains(label), page + ": " + before + " for " + label);
                    }
                }
                List<Number> caption = (List<Number>) table.get("caption");
                if (caption != null) {
                    // A caption as wide as its table's box, never squeezed to its longest word.
                    double width = caption.get(0).doubleValue();
                    double box = caption.get(1).doubleValue();
                    assertTrue(width >= 0.9 * Math.min(box, caption.get(2).doubleValue()), page + ": caption " + width + " px in " + box);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void actionPlanStaysShortOnAPhone(int px) {
        width(browser, px);
        web.open("fr/plan-d-action/");
        double height = number(browser, "return document.documentElement.scrollHeight;");
        assertTrue(height < (px == PHONE ? 12000 : 8000), height + " px");
        List<WebElement> pillars = browser.findElements(By.cssSelector(".plan-summary a"));
        assertEquals(4, pillars.size(), "each pillar's actions are one link away, without script");
        assertTrue(pillars.get(0).isDisplayed());
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void chartLabelsStayReadable(int px) {
        width(browser, px);
        web.open("en/cop/indicators/degree-students/");
        double smallest = number(browser, "var m = 1e9; document.querySelectorAll('svg.chart .tick-label').forEach(function (t) {"
                + " var h = t.getBoundingClientRect().height; if (h > 0 && h < m) { m = h; } }); return m;");
        assertTrue(smallest >= 10, "labels " + smallest + " px high");
        assertTrue(number(browser, "return document.documentElement.scrollWidth;") <= px, "the chart scrolls in its own box");
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void actionPagesSayWhatTheActionIs(int px) {
        width(browser, px);
        web.open("en/actions/18/");
        String title = browser.getTitle();
        assertTrue(title.startsWith("Action 18 – Create a bilingual guide"), title);
        for (String meta : List.of("meta[property='og:title']", "meta[name='twitter:title']")) {
            String content = browser.findElement(By.cssSelector(meta)).getDomAttribute("content");
            assertTrue(content.contains("Create a bilingual guide"), meta + ": " + content);
        }
        WebElement h1 = browser.findElement(By.tagName("h1"));
        assertTrue(h1.isDisplayed() && h1.getText().startsWith("Action 18") && h1.getText().contains("bilingual guide"), h1.getText());
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void translationsCarryADiscreetMarkAndOneExplanation(int px) {
        width(browser, px);
        web.open("en/action-plan/");
        List<WebElement> marks = browser.findElements(By.cssSelector("main .translated"));
        assertTrue(marks.size() > 10, marks.size() + " marks");
        assertEquals(1, browser.findElements(By.id("translation-note")).size());
        WebElement note = browser.findElement(By.id("translation-note"));
        assertTrue(note.isDisplayed() && note.getText().contains("translated"), note.getText());
        WebElement mark = marks.get(0);
        WebElement glyph = mark.findElement(By.cssSelector("span[aria-hidden]"));
        assertTrue(glyph.getSize().getWidth() < 20, "the mark is discreet: " + glyph.getSize().getWidth() + " px");
        assertTrue(mark.getSize().getWidth() >= 24 && mark.getSize().getHeight() >= 24,
                "yet a target a finger can tap (WCAG 2.5.8): " + mark.getSize());
        assertEquals("#translation-note", mark.getDomAttribute("href"));
        web.open("en/cop/schools/imt-atlantique/");
        assertTrue(browser.findElements(By.cssSelector("h1 .translated")).isEmpty(), "never on a school's name");
        web.open("fr/plan-d-action/");
        assertTrue(browser.findElements(By.cssSelector(".translated, #translation-note")).isEmpty(), "the French is the original");
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void emptySettingsNeverShowAndTheNewsBreadcrumbLeadsToTheNews(int px) {
        width(browser, px);
        for (String page : List.of("fr/mentions-legales/", "en/legal-notice/", "fr/donnees-personnelles/", "en/accessibility/")) {
            web.open(page);
            String text = browser.findElement(By.tagName("main")).getText();
            assertFalse(text.contains("à préciser") || text.contains("to be specified") || text.contains("{{"), page);
        }
        ChromeDriver b = reportedWeb.driver;
        width(b, px);
        reportedWeb.open("fr/actualites/");
        b.findElement(By.cssSelector(".news-list a")).click();
        WebElement crumb = b.findElements(By.cssSelector(".breadcrumb a")).get(1);
        assertEquals("/fr/actualites/", crumb.getDomAttribute("href"));
    }

    @ParameterizedTest
    @ValueSource(ints = {PHONE, DESKTOP})
    void otmrPageGivesPrinciplesRatingsAndActionDeadlinesAtItsFixedAddress(int px) {
        width(browser, px);
        web.open("en/otm-r/");
        assertEquals("/en/otm-r/", browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/en/")));
        assertTrue(shown(browser, ".principle-full .badge-rating"));
        assertTrue(shown(browser, ".action-card time"));
        assertTrue(browser.findElements(By.cssSelector(".apply")).isEmpty(), "no vacancies link while the setting is empty");
        ChromeDriver b = reportedWeb.driver;
        width(b, px);
        reportedWeb.open("fr/otm-r/");
        WebElement vacancies = b.findElement(By.cssSelector(".apply a[href='https://example.org/jobs']"));
        assertTrue(vacancies.isDisplayed());
    }
}
