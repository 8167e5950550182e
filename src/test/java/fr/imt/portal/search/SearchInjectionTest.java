package fr.imt.portal.search;

import fr.imt.portal.SiteBrowser;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A title or a text holding markup reaches the results as text: search cannot inject HTML. */
class SearchInjectionTest {

    @TempDir
    Path tmp;

    @Test
    void markupInContentIsShownAsTextInResults() throws Exception {
        Path source = TestSites.fixture("valid", tmp);
        Path action = source.resolve("content/hrs4r/actions/01.yaml");
        // A tag written plainly is refused by the validator; this one (no space after the name) is
        // not, and browsers read it as an image with an onerror handler: the results must show it as text.
        String hostile = "Pirate <img/src=x onerror=window.pwned=1> gras";
        Files.writeString(action, Files.readString(action)
                .replace("Action fictive passée et non réalisée", hostile.replace("\"", "\\\"")));
        Path site = tmp.resolve("out/site");
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, site, SearchSites.TODAY));
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
        try (SiteBrowser browser = new SiteBrowser(site)) {
            browser.open("fr/recherche/?q=pirate");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                    "pirate".equals(d.findElement(By.id("search-form")).getAttribute("data-ready")));
            WebElement results = browser.driver.findElement(By.id("search-results"));
            assertTrue(results.findElements(By.cssSelector("img, b, script")).isEmpty(), results.getAttribute("innerHTML"));
            String title = results.findElement(By.cssSelector(".search-result-title")).getText();
            assertEquals("Action 1 – " + hostile, title);
            assertNull(browser.driver.executeScript("return window.pwned;"));
            assertEquals(List.of(), browser.consoleProblems());
        }
    }
}
