package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.site.PagePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HRS4R pages planned for the {@code progress} fixture on 20 November 2026 (two pillars, two
 * principles rated « -/+ » and « +/- », three actions due Q1 2024, Q2 2024 and Q4 2031, one
 * English news post, a COP), and what its home page counts.
 */
class HomePageTest {

    static BakeContext loaded;
    BakeContext context;

    @BeforeEach
    void nothingSharedYet() {
        context = RenderContexts.fresh(loaded);
    }

    @BeforeAll
    static void load() {
        loaded = RenderContexts.fixture("progress", LocalDate.of(2026, 11, 20));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> home(Lang lang) {
        PagePlan home = new Hrs4rPages().plan(context).stream().filter(p -> p.template().equals("home")).findFirst().orElseThrow();
        return (Map<String, Object>) home.data().apply(lang);
    }

    @Test
    void theHrs4rHasAHomePageAPagePerPillarPrincipleAndActionThePlanAndTheGapAnalysis() {
        Map<String, Long> byTemplate = new Hrs4rPages().plan(context).stream()
                .collect(Collectors.groupingBy(PagePlan::template, Collectors.counting()));
        assertEquals(Map.of("home", 1L, "pillar", 2L, "principle", 2L, "action", 3L, "action-plan", 1L, "gap-analysis", 1L),
                byTemplate);
    }

    @Test
    void theHomePageGivesTheFirstAndLastDeadlines() {
        assertEquals(Map.of("earliest", "Q1 2024", "latest", "Q4 2031"), home(Lang.EN).get("deadlines"));
    }

    @Test
    void theHomePageCountsPrinciplesByRatingAndSumsUpTheActions() {
        Map<String, Object> home = home(Lang.EN);
        assertEquals(2, home.get("principleCount"));
        List<?> ratings = (List<?>) home.get("ratings");
        assertEquals(2, ratings.size(), "only the ratings some principle has");
        assertEquals("3 actions: 1 done, 1 late, 1 with nothing reported yet", ((ProgressSummary) home.get("summary")).sentence());
    }

    @Test
    void theHomePageShowsTheLatestNewsAndChanges() {
        Map<String, Object> home = home(Lang.EN);
        assertEquals(1, ((List<?>) home.get("news")).size());
        assertEquals(3, ((List<?>) home.get("changes")).size(), "site.news.onHome");
        assertEquals(2, ((List<?>) home(Lang.FR).get("news")).size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHomePagePresentsTheCopWhenThereIsOne() {
        Map<String, Object> home = home(Lang.EN);
        Map<String, Object> cop = (Map<String, Object>) home.get("cop");
        assertEquals(1, cop.get("objectives"));
        assertEquals(1, cop.get("schools"));
        Map<String, String> links = (Map<String, String>) home.get("links");
        assertTrue(links.get("copDashboard").endsWith("#dashboard"), links.toString());
        assertEquals(links.get("cop") + "#dashboard", links.get("copDashboard"));
    }

    @Test
    void anActionsPageIsTitledByItsNumberAndText() {
        List<String> titles = new Hrs4rPages().plan(context).stream().filter(p -> p.template().equals("action"))
                .map(p -> p.title().apply(Lang.EN)).toList();
        assertEquals(List.of("Action 1 – Fictional past action not done", "Action 2 – Fictional past action done",
                "Action 3 – Fictional future action"), titles);
    }
}
