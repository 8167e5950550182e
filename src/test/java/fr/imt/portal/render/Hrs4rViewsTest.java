package fr.imt.portal.render;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the HRS4R pages show, from the {@code progress} fixture on 20 November 2026: action 1
 * (due Q1 2024, still in progress: late, two updates), action 2 (done, three updates, two on one
 * day) and action 3 (due Q4 2031, planned, no update). Expected values come from the fixture's
 * YAML and the English words of {@code templates/i18n/en.properties}.
 */
class Hrs4rViewsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static BakeContext loaded;
    BakeContext context;

    @BeforeEach
    void nothingSharedYet() {
        context = RenderContexts.fresh(loaded);
    }

    @BeforeAll
    static void load() {
        loaded = RenderContexts.fixture("progress", TODAY);
    }

    private Action action(int number) {
        return context.portal().hrs4r().actions().stream().filter(a -> a.number() == number).findFirst().orElseThrow();
    }

    @Test
    void anActionPastItsDeadlineAndNotDoneIsLate() {
        Hrs4rViews.ActionView view = new Hrs4rViews(context, Lang.EN).action(action(1));
        assertEquals("late", view.badge().key());
        assertEquals("Late", view.badge().label());
        assertEquals(40, view.completion());
        assertEquals("2024-03-31", view.deadlineDate(), "the last day of Q1 2024");
        assertEquals("Q1 2024", view.deadline());
        assertEquals("Pillar 1 – Ethics (fixture)", view.pillar().label());
        assertEquals("Fictional past action not done", view.text());
        assertTrue(view.translated());
    }

    @Test
    void anActionNamesItsDepartmentsWithTheRightNumber() {
        Hrs4rViews.ActionView two = new Hrs4rViews(context, Lang.EN).action(action(2));
        assertEquals("Leading department", two.leadingLabel());
        assertEquals(List.of("Fictional HR department"), two.leading());
        assertEquals("Associated department", two.associatedLabel());
        assertEquals(List.of("Fictional science department"), two.associated());
        assertNull(two.completion());
        assertEquals("done", two.badge().key());
        Hrs4rViews.ActionView three = new Hrs4rViews(context, Lang.EN).action(action(3));
        assertEquals("Leading departments", three.leadingLabel());
        assertEquals(List.of("Fictional HR department", "Fictional science department"), three.leading());
        assertEquals(List.of(), three.associated());
        assertEquals("planned", three.badge().key());
        assertEquals(List.of(), three.log());
    }

    @Test
    void anActionLinksItsPillarAndPrinciplesByName() {
        Hrs4rViews.ActionView two = new Hrs4rViews(context, Lang.EN).action(action(2));
        assertEquals("Pillar 2 – Evaluation (fixture)", two.pillar().label());
        assertEquals(2, two.principles().size());
        assertTrue(two.pillarTranslated());
        assertTrue(two.departmentsTranslated());
    }

    @Test
    void anActionsViewIsMadeOncePerLanguage() {
        assertSame(new Hrs4rViews(context, Lang.EN).action(action(1)), new Hrs4rViews(context, Lang.EN).action(action(1)));
        Hrs4rViews.ActionView fr = new Hrs4rViews(context, Lang.FR).action(action(1));
        assertEquals("Action fictive passée et non réalisée", fr.text());
        assertEquals("T1 2024", fr.deadline());
        assertFalse(fr.translated(), "French is the source");
        assertFalse(fr.pillarTranslated());
        assertFalse(fr.departmentsTranslated());
    }

    @Test
    void aPillarCountsItsPrinciplesAndActionsAndSumsUpTheirProgress() {
        Hrs4rViews views = new Hrs4rViews(context, Lang.EN);
        Hrs4rViews.PillarView evaluation = views.pillar(context.portal().hrs4r().pillars().get(1));
        assertEquals("evaluation", evaluation.id());
        assertEquals(2, evaluation.number());
        assertEquals("Pillar 2 – Evaluation (fixture)", evaluation.label());
        assertEquals(List.of(2, 3), evaluation.actions().stream().map(Hrs4rViews.ActionView::number).toList());
        assertEquals("2 actions: 1 done, 1 with nothing reported yet", evaluation.summary().sentence());
        assertTrue(evaluation.counts().endsWith("2 actions"), evaluation.counts());
    }

    @Test
    void aPrincipleListsTheActionsServingItAndItsTextsOnlyOnItsOwnPage() {
        Hrs4rViews views = new Hrs4rViews(context, Lang.EN);
        var recruitment = context.portal().hrs4r().principles().stream().filter(p -> p.id().value().equals("recruitment"))
                .findFirst().orElseThrow();
        Hrs4rViews.PrincipleView list = views.principle(recruitment, false);
        assertEquals(List.of(2, 3), list.actions().stream().map(Hrs4rViews.ActionView::number).toList());
        assertEquals("", list.gapsHtml());
        assertEquals("", list.initiativesHtml());
        Hrs4rViews.PrincipleView page = views.principle(recruitment, true);
        assertFalse(page.gapsHtml().isEmpty());
        assertFalse(page.initiativesHtml().isEmpty());
        assertEquals("recruitment", page.id());
        assertEquals("Pillar 2 – Evaluation (fixture)", page.pillar().label());
        assertTrue(page.pillarTranslated());
    }

    @Test
    void anActionsTitleIsItsNumberAndTheStartOfItsTextCutAtAWord() {
        assertEquals("Action 1 – Fictional past action not done", Hrs4rViews.title(action(1), Lang.EN, context.messages()));
    }

    @Test
    void anActionsLogIsNewestFirstWithAStableAnchorPerDay() {
        List<Timeline.Entry> log = new Hrs4rViews(context, Lang.EN).action(action(2)).log();
        // Written oldest first: 1 March (in progress), 20 June (done), 20 June again (no status).
        assertEquals(List.of("update-2024-06-20-2", "update-2024-06-20", "update-2024-03-01"),
                log.stream().map(Timeline.Entry::anchor).toList());
        assertEquals(List.of("Guide sent to the boards", "Guide published", "Launch"), log.stream().map(Timeline.Entry::text).toList());
        assertNull(log.get(0).status(), "an entry that sets no status has no badge");
        assertEquals("done", log.get(1).status().key());
        assertEquals("in-progress", log.get(2).status().key(), "a status as it was set, not as lateness reads it today");
        assertEquals("2024-06-20", log.get(0).date());
        assertEquals("", log.get(0).step());
        assertTrue(log.get(0).translated());
    }

    @Test
    void aLongActionTextIsCutAtAWordWithinEightyCharactersAndMarkedSo() {
        BakeContext real = RenderContexts.real(TODAY);
        int cut = 0;
        for (Action a : real.portal().hrs4r().actions()) {
            String text = a.text().in(Lang.FR);
            String prefix = "Action " + a.number() + " – ";
            String title = Hrs4rViews.title(a, Lang.FR, real.messages());
            assertTrue(title.startsWith(prefix), title);
            String shown = title.substring(prefix.length());
            if (text.length() <= 80) {
                assertEquals(text, shown);
                continue;
            }
            cut++;
            assertTrue(shown.endsWith("…"), shown);
            String kept = shown.substring(0, shown.length() - 1);
            assertTrue(text.startsWith(kept), shown);
            assertTrue(kept.length() <= 80 && kept.length() > 40, shown);
            assertTrue(kept.length() == 80 || " ,;:.".indexOf(text.charAt(kept.length())) >= 0, "cut at a word: " + shown);
            assertFalse(kept.endsWith(",") || kept.endsWith(" "), "no dangling punctuation: " + shown);
        }
        assertTrue(cut > 0, "the real plan has long action texts");
    }
}
