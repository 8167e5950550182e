package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Rating;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What surrounds every page of the {@code progress} fixture (HRS4R, a COP, news, no OTM-R page and
 * no prose page), with the site's settings of {@code site.properties}.
 */
class SiteChromeTest {

    private static SiteChrome chrome(Lang lang, Map<String, String> settings) {
        return SiteChrome.of(RenderContexts.fixture("progress", LocalDate.of(2026, 11, 20), settings), lang);
    }

    @Test
    void theNavigationLeadsToEachPartOfTheSiteThatHasContent() {
        SiteChrome en = chrome(Lang.EN, Map.of());
        List<String> labels = en.navigation().stream().map(SiteChrome.Link::label).toList();
        assertEquals(6, labels.size(), labels.toString());
        assertEquals(List.of("Home", "Gap analysis", "Action plan"), labels.subList(0, 3));
        assertEquals(List.of("News", "Search"), labels.subList(4, 6));
        assertTrue(en.navigation().get(3).url().endsWith("cop/") || en.navigation().get(3).url().contains("cop"),
                en.navigation().get(3).url());
        assertFalse(labels.contains("Recruitment (OTM-R)"), "no OTM-R page in this content");
        assertEquals(en.gapAnalysis(), en.navigation().get(1));
        assertEquals(en.actionPlan(), en.navigation().get(2));
    }

    @Test
    void theFooterListsTheCommitmentsTheNewsTheDataAndTheUpdateLog() {
        List<String> labels = chrome(Lang.EN, Map.of()).footer().stream().map(SiteChrome.Link::label).toList();
        assertEquals(6, labels.size(), labels.toString());
        assertEquals(List.of("Gap analysis", "Action plan"), labels.subList(0, 2));
        assertEquals(List.of("News", "Open data", "Update log"), labels.subList(3, 6));
    }

    @Test
    void sharingLocalesFollowThePagesLanguage() {
        assertEquals(List.of("en_GB", "fr_FR"), List.of(chrome(Lang.EN, Map.of()).locale(), chrome(Lang.EN, Map.of()).otherLocale()));
        assertEquals(List.of("fr_FR", "en_GB"), List.of(chrome(Lang.FR, Map.of()).locale(), chrome(Lang.FR, Map.of()).otherLocale()));
    }

    @Test
    void theOriginIsThePublicSitesSchemeAndHost() {
        assertEquals("https://engagements.imt.fr", chrome(Lang.EN, Map.of()).origin());
        assertEquals("https://example.test", chrome(Lang.EN, Map.of("site.url", "https://example.test", "site.basePath", "/portal/")).origin());
    }

    @Test
    void thePublisherIsSchemaOrgDataThatCannotCloseItsScriptElement() {
        String json = chrome(Lang.EN, Map.of("site.publisher.name", "IMT</script><script>alert(1)")).organizationJson();
        assertFalse(json.contains("</script>"), json);
        assertTrue(json.contains("IMT<\\/script><script>alert(1)"), json);
        assertTrue(json.startsWith("{\"@type\":\"Organization\",\"name\":"), json);
        assertTrue(json.contains("\"url\":\"https://www.imt.fr/\""), json);
    }

    @Test
    void everyPageCanExplainEveryRating() {
        SiteChrome en = chrome(Lang.EN, Map.of());
        assertEquals(Rating.values().length, en.ratings().size());
        assertTrue(en.ratings().stream().allMatch(b -> b.kind().equals("rating")));
    }
}
