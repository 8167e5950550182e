package fr.imt.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An editor previewing with {@code serve} who saves a mistake sees it over the page being
 * edited, where they look, with the file and line, in their language; the page underneath stays the last good one,
 * and the box goes away by itself once the file is fixed. Nothing of it reaches the built site.
 */
class ErrorOverlayTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(180)
    void aContentErrorShowsOverThePageWithFileAndLineAndGoesAwayWhenFixed() throws Exception {
        Path source = TestSites.fixture("valid", tmp);
        Path out = tmp.resolve("preview");
        Path action = source.resolve("content/hrs4r/actions/03.yaml");
        String good = Files.readString(action);
        // The line of the mistake, counted in the file as the editor sees it.
        List<String> lines = good.lines().toList();
        int statusLine = lines.indexOf("status: planned") + 1;
        assertTrue(statusLine > 0, good);
        // A French-speaking editor previewing an English page.
        ServeInBackground serve = new ServeInBackground(source, out, "--lang", "fr");
        ChromeDriver browser = SiteBrowser.chrome();
        try {
            String page = serve.url("/en/actions/3/");
            serve.waitUntilServed(page);
            browser.get(page);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            // The page listens to serve (a page that connects later is told the errors of the moment too).
            wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                    "return document.querySelector('script[src*=\"live-reload\"]') !== null")));
            assertTrue(browser.findElements(By.id("portal-problems")).isEmpty(), "no box while the content is valid");

            Files.writeString(action, good.replace("status: planned", "status: plannned"));
            WebElement box = wait.until(d -> d.findElements(By.id("portal-problems")).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElse(null));
            String text = box.getText();
            assertTrue(text.contains("content/hrs4r/actions/03.yaml:" + statusLine + ":"), text);
            assertTrue(text.contains("status"), "the field is named: " + text);
            assertTrue(text.contains("plannned"), "the wrong value is quoted: " + text);
            // An accessible dialog: named by its heading, and given focus for keyboard and screen-reader users.
            assertEquals("dialog", box.getTagName());
            WebElement title = box.findElement(By.tagName("h2"));
            assertEquals(title.getAttribute("id"), box.getAttribute("aria-labelledby"));
            assertTrue(title.getText().startsWith("Une erreur"), "in the editor's language: " + title.getText());
            assertEquals("fr", box.getAttribute("lang"));
            assertTrue(text.contains("attendu"), "the message in the editor's language: " + text);
            assertEquals(box, browser.switchTo().activeElement());
            assertTrue(browser.findElement(By.tagName("main")).getText().contains("Fictional future action"),
                    "the last good page is still shown underneath");

            // A page opened while the error is there shows it as well.
            browser.get(serve.url("/en/"));
            wait.until(d -> !d.findElements(By.id("portal-problems")).isEmpty());
            assertTrue(browser.findElement(By.id("portal-problems")).getText().contains("03.yaml:" + statusLine));

            browser.get(page);
            wait.until(d -> !d.findElements(By.id("portal-problems")).isEmpty());
            Files.writeString(action, good.replace("Fictional future action", "Fixed future action"));
            wait.until(d -> d.findElements(By.id("portal-problems")).isEmpty()
                    && d.findElement(By.tagName("main")).getText().contains("Fixed future action"));
        } finally {
            browser.quit();
            serve.close();
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(content.contains("portal-problems") || content.contains("_portal/"),
                        "the box is added when serving, never written to the site: " + file);
            }
        }
    }
}
