package fr.imt.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An editor previewing with {@code serve} sees an edit in the open browser page without touching it. */
class LiveReloadTest {

    @TempDir
    Path tmp;

    @Test
    void theOpenPageReloadsItselfAfterAnEditAndTheBuiltFilesStayClean() throws Exception {
        Path source = TestSites.fixture("valid", tmp);
        Path out = tmp.resolve("preview");
        ServeInBackground serve = new ServeInBackground(source, out);
        String page = serve.url("/en/actions/3/");
        serve.waitUntilServed(page);
        ChromeDriver browser = SiteBrowser.chrome();
        try {
            browser.get(page);
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Fictional future action"));
            // A mark that only this load of the page has: a reload by the page itself wipes it.
            browser.executeScript("window.loadedBeforeTheEdit = true;");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                    browser.executeScript("return performance.getEntriesByType('resource').some(r => r.name.includes('/_portal/events'))"
                            + " || document.querySelector('script[src*=\"live-reload\"]') !== null")));
            Path action = source.resolve("content/hrs4r/actions/03.yaml");
            Files.writeString(action, Files.readString(action).replace("Fictional future action", "Edited future action"));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d ->
                    browser.findElement(By.tagName("main")).getText().contains("Edited future action"));
            assertEquals(null, browser.executeScript("return window.loadedBeforeTheEdit;"), "the page was reloaded");
        } finally {
            browser.quit();
            serve.close();
        }
        String built = Files.readString(out.resolve("en/actions/3/index.html"));
        assertTrue(built.contains("Edited future action"));
        assertFalse(built.contains("_portal"), "the live-reload script is added when serving, never written to the site");
    }
}
