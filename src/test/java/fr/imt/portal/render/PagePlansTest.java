package fr.imt.portal.render;

import fr.imt.portal.model.IndicatorId;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Provenance;
import fr.imt.portal.model.SchoolId;
import fr.imt.portal.site.PagePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages the families plan for the {@code cop-tracking} fixture (one objective, three
 * indicators, one milestone, one school), their addresses, titles and the content each depends
 * on, without rendering them.
 */
class PagePlansTest {

    static BakeContext context;

    @BeforeAll
    static void load() {
        context = RenderContexts.fixture("cop-tracking", LocalDate.of(2026, 11, 20));
    }

    private static List<PagePlan> plans() {
        return context.families().stream().flatMap(f -> f.plan(context).stream()).toList();
    }

    @Test
    void theCopHasAnOverviewAPageForEachObjectiveIndicatorMilestoneAndSchoolAndATimeline() {
        Map<String, Long> byTemplate = new CopPages().plan(context).stream()
                .collect(Collectors.groupingBy(PagePlan::template, Collectors.counting()));
        assertEquals(Map.of("cop", 1L, "cop-objective", 1L, "cop-indicator", 3L, "cop-milestones", 1L,
                "cop-milestone", 1L, "cop-school", 1L), byTemplate);
    }

    @Test
    void pagesAreTitledByTheirEntity() {
        Map<String, String> titles = new CopPages().plan(context).stream()
                .filter(p -> List.of("cop-objective", "cop-milestone", "cop-school").contains(p.template()))
                .collect(Collectors.toMap(PagePlan::template, p -> p.title().apply(Lang.EN)));
        assertEquals(Map.of("cop-objective", "M1 – Train more", "cop-milestone", "J1 – Test milestone",
                "cop-school", "Alpha School"), titles);
    }

    @Test
    void noTwoPagesClaimOneAddress() {
        assertEquals(List.of(), SiteFiles.clashes(context));
        for (Lang lang : Lang.values()) {
            List<String> paths = plans().stream().filter(p -> p.languages().contains(lang)).map(p -> p.path().apply(lang)).toList();
            assertEquals(paths.size(), paths.stream().distinct().count(), lang + ": " + paths);
        }
    }

    @Test
    void everyPlannedPageHasItsDataInEachOfItsLanguages() {
        for (PagePlan plan : plans()) {
            for (Lang lang : plan.languages()) {
                Map<String, Object> data = plan.data().apply(lang);
                assertFalse(data.isEmpty(), "every template reads its page's data: " + plan.template());
                assertFalse(plan.title().apply(lang).isBlank(), plan.template() + " " + lang);
            }
        }
    }

    @Test
    void anIndicatorsPageDependsOnTheSchoolsThatFeedItAndItsObjectives() {
        Function<String, List<String>> sources = id -> new CopPages().plan(context).stream()
                .filter(p -> p.template().equals("cop-indicator") && p.path().apply(Lang.EN).contains(id))
                .findFirst().orElseThrow().sources();
        String alpha = Provenance.school(new SchoolId("alpha"));
        assertTrue(sources.apply("rising").contains(alpha), "Alpha's sheet feeds the rising indicator");
        assertTrue(sources.apply("rising").contains(Provenance.indicator(new IndicatorId("rising"))));
        assertFalse(sources.apply("falling").contains(alpha));
        assertTrue(sources.apply("qualitative").contains(alpha), "and the qualitative one");
    }

    @Test
    void theCopOverviewCarriesTheDashboardAndTheGlance() {
        PagePlan overview = new CopPages().plan(context).stream().filter(p -> p.template().equals("cop")).findFirst().orElseThrow();
        Map<String, Object> data = overview.data().apply(Lang.EN);
        assertEquals(new CopViews(context, Lang.EN).glance(), data.get("glance"));
        assertEquals("Test contract 2023-2027", overview.title().apply(Lang.EN));
        assertEquals(List.of("Digital"), data.get("themes"));
    }
}
