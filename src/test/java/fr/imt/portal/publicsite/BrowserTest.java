package fr.imt.portal.publicsite;

import fr.imt.portal.SharedBuilds;
import fr.imt.portal.SiteBrowser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The built site in a real browser (Debian's headless Chromium and chromedriver), served over
 * HTTP like a static host would: language switch, keyboard-only use, console errors, the action
 * plan's filter, and reflow on a 320-pixel-wide screen.
 */
@ExtendWith(SharedBuilds.class)
class BrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    static SiteUnderTest site;
    static SiteBrowser web;
    static ChromeDriver browser;
    static String origin;

    @BeforeAll
    static void start(SharedBuilds.Sites sites) throws IOException {
        assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Debian's chromium and chromium-driver packages are needed (see README)");
        site = SiteUnderTest.sharedCopyOfRealSite(sites);
        web = new SiteBrowser(site.output);
        browser = web.driver;
        origin = web.url("").substring(0, web.url("").length() - 1);
    }

    @AfterAll
    static void stop() {
        if (web != null) {
            web.close();
        }
    }

    private static void open(String path) {
        browser.get(origin + "/" + path);
    }

    private static String path() {
        return browser.getCurrentUrl().substring(origin.length());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void languageSwitchLeadsToTheSameEntityInTheOtherLanguage() {
        String[][] pairs = {
                {"fr/actions/18/", "/en/actions/18/"}, {"en/otm-r/", "/fr/otm-r/"},
                {"fr/principes/recruitment/", "/en/principles/recruitment/"}, {"en/pillars/evaluation/", "/fr/piliers/evaluation/"},
                {"fr/plan-d-action/", "/en/action-plan/"}, {"en/accessibility/", "/fr/accessibilite/"}};
        for (String[] pair : pairs) {
            open(pair[0]);
            String heading = browser.findElement(By.cssSelector("main h1")).getText();
            browser.findElement(By.cssSelector("a.lang-switch")).click();
            assertEquals(pair[1], path());
            assertEquals(pair[1].substring(1, 3), browser.findElement(By.tagName("html")).getDomAttribute("lang"));
            if (pair[0].contains("actions/")) {
                assertEquals(heading.replaceAll("\\D", ""), browser.findElement(By.cssSelector("main h1")).getText().replaceAll("\\D", ""));
            }
        }
    }

    @Test
    void keyboardAloneReachesTheSkipLinkThenTheContentThenTheNavigation() {
        open("en/");
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.TAB).perform();
        WebElement skip = browser.switchTo().activeElement();
        assertTrue(skip.getDomAttribute("class").contains("skip-link"));
        assertTrue(skip.getRect().getY() >= 0 && skip.isDisplayed(), "the focused skip link is on screen");
        assertNotEquals("none", skip.getCssValue("outline-style"), "focus is visible");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals("main", browser.switchTo().activeElement().getDomAttribute("id"));
        // From the top again, Tab through the header to the OTM-R link of the navigation, and follow it.
        open("en/");
        String otmr = null;
        for (int i = 0; i < 12 && otmr == null; i++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.switchTo().activeElement();
            assertNotEquals("none", focused.getCssValue("outline-style"), "focus visible on " + focused.getText());
            if ("/en/otm-r/".equals(focused.getDomAttribute("href"))) {
                otmr = focused.getText();
            }
        }
        assertTrue(otmr != null, "the OTM-R link is reachable with Tab");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals("/en/otm-r/", path());
    }

    @Test
    void noPageLogsAConsoleError() {
        List<String> pages = List.of("", "fr/", "en/", "fr/plan-d-action/", "en/action-plan/", "fr/analyse-des-ecarts/",
                "en/actions/18/", "fr/principes/selection/", "en/pillars/ethics/", "fr/otm-r/", "en/otm-r/",
                "fr/actualites/", "en/news/", "fr/accessibilite/", "en/legal-notice/", "fr/donnees-personnelles/",
                "en/404.html");
        List<String> errors = new ArrayList<>();
        browser.manage().logs().get(LogType.BROWSER);
        for (String page : pages) {
            open(page);
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(page + ": " + entry.getMessage());
                }
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void actionPlanTableFiltersByKeywordPillarAndStatus() {
        open("en/action-plan/");
        WebElement form = browser.findElement(By.id("action-filter"));
        assertTrue(form.isDisplayed(), "the filter appears once its script runs");
        List<WebElement> rows = browser.findElements(By.cssSelector("#action-table tbody tr"));
        int total = rows.size();
        assertTrue(total > 20);
        browser.findElement(By.id("filter-text")).sendKeys("guide");
        List<WebElement> shown = rows.stream().filter(WebElement::isDisplayed).toList();
        assertTrue(shown.size() > 0 && shown.size() < total, shown.size() + " of " + total);
        shown.forEach(r -> assertTrue(r.getText().toLowerCase().contains("guide"), r.getText()));
        assertTrue(browser.findElement(By.id("filter-count")).getText().startsWith(shown.size() + " "));

        browser.findElement(By.id("filter-text")).clear();
        browser.findElement(By.id("filter-text")).sendKeys(Keys.BACK_SPACE);
        Select pillar = new Select(browser.findElement(By.id("filter-pillar")));
        pillar.selectByIndex(2);
        String chosen = pillar.getFirstSelectedOption().getDomAttribute("value");
        List<WebElement> inPillar = rows.stream().filter(WebElement::isDisplayed).toList();
        assertFalse(inPillar.isEmpty());
        inPillar.forEach(r -> assertEquals(chosen, r.getDomAttribute("data-pillar")));
        assertEquals(rows.stream().filter(r -> chosen.equals(r.getDomAttribute("data-pillar"))).count(), inPillar.size());
    }

    @Test
    void pagesFitA320PixelScreenWithoutHorizontalScrolling() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            List<String> overflowing = new ArrayList<>();
            for (String page : List.of("", "fr/", "en/", "fr/plan-d-action/", "en/action-plan/", "fr/analyse-des-ecarts/",
                    "en/actions/18/", "fr/otm-r/", "en/otm-r/", "en/accessibility/", "fr/actualites/", "fr/404.html")) {
                open(page);
                long scroll = ((Number) js("return document.documentElement.scrollWidth;")).longValue();
                long width = ((Number) js("return document.documentElement.clientWidth;")).longValue();
                assertEquals(320, width, "the viewport is 320 px wide");
                if (scroll > width) {
                    overflowing.add(page + " is " + scroll + " px wide");
                }
            }
            assertEquals(List.of(), overflowing);
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void onADesktopScreenEveryTableFitsTheColumnWithoutItsOwnScrollbar() throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            List<String> pages = new ArrayList<>(List.of("fr/cop/", "en/cop/", "fr/cop/jalons/", "en/cop/milestones/",
                    "fr/plan-d-action/", "en/action-plan/", "fr/donnees/", "en/data/"));
            try (var schools = java.nio.file.Files.list(site.output.resolve("fr/cop/ecoles"))) {
                schools.filter(java.nio.file.Files::isDirectory).sorted()
                        .forEach(d -> pages.add("fr/cop/ecoles/" + d.getFileName() + "/"));
            }
            assertTrue(pages.size() >= 8 + 9, "the nine school sheets: " + pages);
            List<String> scrolling = new ArrayList<>();
            for (String page : pages) {
                open(page);
                @SuppressWarnings("unchecked")
                List<Object> wider = (List<Object>) js("return [...document.querySelectorAll('.table-scroll')]"
                        + ".filter(r => r.scrollWidth > r.clientWidth + 1)"
                        + ".map(r => (r.getAttribute('aria-labelledby') || '?') + ' ' + r.scrollWidth + ' > ' + r.clientWidth);");
                wider.forEach(w -> scrolling.add(page + ": " + w));
            }
            assertEquals(List.of(), scrolling, "a table wider than the page hides its last columns behind a scrollbar");
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
