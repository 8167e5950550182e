package fr.imt.portal.render;

import fr.imt.portal.model.IndicatorId;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.ObjectiveId;
import fr.imt.portal.model.PrincipleId;
import fr.imt.portal.model.Provenance;
import fr.imt.portal.model.SchoolId;
import fr.imt.portal.site.PagePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The content each page of the {@code progress} fixture is made from (what an incremental rebuild
 * and a page's "last updated" date follow), and the news pages planned per language. Action 2
 * serves the principles recruitment and open-science; milestone J1 belongs to objective M1; the
 * school alpha feeds the indicator rising.
 */
class PageDependenciesTest {

    static BakeContext context;

    @BeforeAll
    static void load() {
        context = RenderContexts.fixture("progress", LocalDate.of(2026, 11, 20), Map.of("site.news.pageSize", "1"));
    }

    private static List<PagePlan> plans() {
        return context.families().stream().flatMap(f -> f.plan(context).stream()).toList();
    }

    private static List<String> sources(String template, String pathPart) {
        return plans().stream().filter(p -> p.template().equals(template) && p.path().apply(Lang.EN).contains(pathPart))
                .findFirst().orElseThrow(() -> new AssertionError(template + " " + pathPart)).sources();
    }

    @Test
    void anActionsPageDependsOnTheActionItsPrinciplesThePillarsAndTheDepartments() {
        List<String> sources = sources("action", "2");
        assertTrue(sources.containsAll(List.of(Provenance.action(2), Provenance.pillars(), Provenance.departments(),
                Provenance.principle(new PrincipleId("recruitment")), Provenance.principle(new PrincipleId("open-science")))),
                sources.toString());
        assertFalse(sources.contains(Provenance.action(1)));
    }

    @Test
    void aPrinciplesPageDependsOnItsTextAndTheActionsServingIt() {
        List<String> sources = sources("principle", "recruitment");
        assertTrue(sources.containsAll(List.of(Provenance.principle(new PrincipleId("recruitment")),
                Provenance.principleText(new PrincipleId("recruitment")), Provenance.action(2), Provenance.action(3))),
                sources.toString());
        assertFalse(sources.contains(Provenance.action(1)), "action 1 serves open science only");
    }

    @Test
    void theListsDependOnEverythingTheyList() {
        List<String> plan = plans().stream().filter(p -> p.template().equals("action-plan")).findFirst().orElseThrow().sources();
        assertTrue(plan.containsAll(List.of(Provenance.action(1), Provenance.action(2), Provenance.action(3))), plan.toString());
        List<String> gaps = plans().stream().filter(p -> p.template().equals("gap-analysis")).findFirst().orElseThrow().sources();
        assertTrue(gaps.containsAll(List.of(Provenance.principleText(new PrincipleId("recruitment")),
                Provenance.principleText(new PrincipleId("open-science")))), gaps.toString());
        List<String> cop = plans().stream().filter(p -> p.template().equals("cop")).findFirst().orElseThrow().sources();
        assertTrue(cop.containsAll(List.of(Provenance.contract(), Provenance.units(), Provenance.objective(new ObjectiveId("M1")),
                Provenance.indicator(new IndicatorId("rising")), Provenance.school(new SchoolId("alpha")),
                Provenance.milestone("J1"))), cop.toString());
    }

    @Test
    void copPagesDependOnWhatTheyShowOfOtherEntities() {
        List<String> milestone = sources("cop-milestone", "J1");
        assertTrue(milestone.containsAll(List.of(Provenance.milestone("J1"), Provenance.objective(new ObjectiveId("M1")))),
                milestone.toString());
        List<String> objective = sources("cop-objective", "M1");
        assertTrue(objective.containsAll(List.of(Provenance.objective(new ObjectiveId("M1")),
                Provenance.objectiveText(new ObjectiveId("M1")), Provenance.milestone("J1"),
                Provenance.indicator(new IndicatorId("rising")))), objective.toString());
        List<String> school = sources("cop-school", "alpha");
        assertTrue(school.containsAll(List.of(Provenance.school(new SchoolId("alpha")), Provenance.schoolText(new SchoolId("alpha")),
                Provenance.indicator(new IndicatorId("rising")))), school.toString());
        List<String> indicator = sources("cop-indicator", "rising");
        assertTrue(indicator.contains(Provenance.objective(new ObjectiveId("M1"))), indicator.toString());
        assertFalse(indicator.contains(Provenance.objectiveText(new ObjectiveId("M1"))), "the objective's name, not its text");
        assertFalse(indicator.contains(Provenance.schoolText(new SchoolId("alpha"))), "the school's row, not its text");
    }

    @Test
    void newsPagesDependOnThePostsAndAreCutPerLanguage() {
        List<PagePlan> lists = plans().stream().filter(p -> p.template().equals("news-list")).toList();
        // With one post a page: French has two list pages, English one.
        assertEquals(2, lists.size());
        assertEquals(List.of(Lang.FR, Lang.EN), List.of(Lang.values()).stream().filter(lists.get(0).languages()::contains).toList());
        assertEquals(List.of(Lang.FR), List.of(Lang.values()).stream().filter(lists.get(1).languages()::contains).toList());
        assertEquals("News – Page 2", lists.get(1).title().apply(Lang.EN));
        assertEquals("News", lists.get(0).title().apply(Lang.EN));
        assertTrue(lists.get(0).sources().containsAll(context.portal().news().stream().map(n -> Provenance.news(n.id())).toList()));
        List<PagePlan> posts = plans().stream().filter(p -> p.template().equals("news-post")).toList();
        assertEquals(2, posts.size());
        assertEquals(1, posts.stream().filter(p -> p.languages().contains(Lang.EN)).count(), "one post is in French only");
    }

    @Test
    void everyPlannedPageHasDataForItsTemplate() {
        for (PagePlan plan : plans()) {
            for (Lang lang : plan.languages()) {
                assertFalse(plan.data().apply(lang).isEmpty(), plan.template() + " " + plan.path().apply(lang));
            }
        }
    }
}
