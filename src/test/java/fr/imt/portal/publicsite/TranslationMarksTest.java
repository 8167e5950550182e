package fr.imt.portal.publicsite;

import fr.imt.portal.SharedBuilds;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * English we translated is marked as such wherever it is shown, including the short texts that
 * are easy to forget: pillar titles and department names (their files say english: translation).
 * French pages carry no mark.
 */
@ExtendWith(SharedBuilds.class)
class TranslationMarksTest {

    static SiteUnderTest site;

    @BeforeAll
    static void build(SharedBuilds.Sites sites) {
        site = SiteUnderTest.sharedCopyOfRealSite(sites);
    }

    @Test
    void pillarTitlesAreMarkedAsOurTranslation() {
        Document pillars = site.page("en/gap-analysis/");
        assertTrue(pillars.select("main h2[id^=pillar-]").size() >= 4);
        for (Element h2 : pillars.select("main h2[id^=pillar-]")) {
            assertNotNull(h2.selectFirst(".translated"), h2.text());
        }
        for (Element card : site.page("en/").select(".pillar-card h3")) {
            assertNotNull(card.selectFirst(".translated"), card.text());
        }
        for (Element h2 : site.page("fr/analyse-des-ecarts/").select("main h2[id^=pillar-]")) {
            assertNull(h2.selectFirst(".translated"), h2.text());
        }
    }

    @Test
    void departmentNamesAreMarkedAsOurTranslation() {
        Document action = site.page("en/actions/18/");
        Element leading = action.select("main dt").stream().filter(dt -> dt.text().toLowerCase().contains("lead"))
                .findFirst().orElseThrow().nextElementSibling();
        assertNotNull(leading.selectFirst(".translated"), leading.outerHtml());
        for (Element row : site.page("en/action-plan/").select("#action-table tbody tr")) {
            // Columns: number, action, pillar, principles, deadline, leading departments, …
            assertNotNull(row.select("td").get(2).selectFirst(".translated"), "pillar cell: " + row.text());
            assertNotNull(row.select("td").get(5).selectFirst(".translated"), "leading departments cell: " + row.text());
        }
        assertNull(site.page("fr/actions/18/").selectFirst("main dd .translated"));
    }
}
