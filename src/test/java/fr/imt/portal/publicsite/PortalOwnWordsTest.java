package fr.imt.portal.publicsite;

import fr.imt.portal.SharedBuilds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the portal says about itself is true of the built site: the accessibility statement names
 * every use of JavaScript the pages really make, the legal notice and the footer describe what
 * the portal publishes (the HRS4R and the COP), and settings nobody supplied (the public address,
 * the director of publication) are never presented as facts.
 */
@ExtendWith(SharedBuilds.class)
class PortalOwnWordsTest {

    static SiteUnderTest site;
    static Properties settings = new Properties();

    /** Each script a page may load, and the words the statement must use for what it does, per language. */
    static final Map<String, List<String>> SCRIPT_PURPOSES = Map.of(
            "action-plan.js", List.of("tableau du plan d'action", "action-plan table"),
            "search.js", List.of("rechercher au fil de la frappe", "search-as-you-type"));

    @BeforeAll
    static void build(SharedBuilds.Sites sites) throws IOException {
        site = SiteUnderTest.sharedCopyOfRealSite(sites);
        try (var in = new InputStreamReader(new FileInputStream(site.source.resolve("site.properties").toFile()), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
    }

    private static String text(Element e) {
        return e.text().replace('’', '\'');
    }

    @Test
    void theAccessibilityStatementNamesEveryScriptThePagesLoad() {
        Set<String> loaded = new TreeSet<>();
        for (String path : site.htmlFiles()) {
            for (Element script : site.page(path).select("script[src]")) {
                String src = script.attr("src");
                loaded.add(src.substring(src.lastIndexOf('/') + 1));
            }
        }
        assertEquals(new TreeSet<>(SCRIPT_PURPOSES.keySet()), loaded,
                "a script the statement does not describe (or one it describes that no page loads)");
        String fr = text(site.page("fr/accessibilite/").selectFirst("main"));
        String en = text(site.page("en/accessibility/").selectFirst("main"));
        for (String script : loaded) {
            assertTrue(fr.contains(SCRIPT_PURPOSES.get(script).get(0)), "FR statement describes " + script);
            assertTrue(en.contains(SCRIPT_PURPOSES.get(script).get(1)), "EN statement describes " + script);
        }
        assertFalse(fr.contains("n'est utilisé que"), "JavaScript is not used for one thing only");
        assertFalse(en.contains("used only"), "JavaScript is not used for one thing only");
    }

    @Test
    void theLegalNoticeAndTheFooterDescribeBothCommitments() {
        for (String path : List.of("fr/mentions-legales/", "en/legal-notice/")) {
            Document doc = site.page(path);
            String main = text(doc.selectFirst("main"));
            assertTrue(main.contains("HRS4R") && main.contains("COP"), path + ": " + main);
            String footer = text(doc.selectFirst("footer"));
            assertTrue(footer.contains("HRS4R") && footer.contains("COP"), path + " footer: " + footer);
        }
    }

    @Test
    void settingsNobodySuppliedAreNotPresentedAsFacts() {
        String address = settings.getProperty("site.url");
        for (String path : List.of("fr/accessibilite/", "en/accessibility/", "fr/mentions-legales/", "en/legal-notice/",
                "fr/donnees-personnelles/", "en/privacy/")) {
            String main = site.page(path).selectFirst("main").text();
            assertFalse(main.contains(address.replaceFirst("https?://", "")), path + " presents " + address + " as the site's address");
        }
        assertTrue(settings.getProperty("site.publication.director").isBlank(), "no document names the director of publication");
        // An empty setting leaves its paragraph out (validate warns, build --publish refuses): never "to be specified".
        assertFalse(text(site.page("fr/mentions-legales/").selectFirst("main")).contains("préciser"));
        assertFalse(text(site.page("en/legal-notice/").selectFirst("main")).contains("to be specified"));
    }
}
