package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Progress;
import fr.imt.portal.site.Messages;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static fr.imt.portal.model.Progress.CANCELLED;
import static fr.imt.portal.model.Progress.DONE;
import static fr.imt.portal.model.Progress.IN_PROGRESS;
import static fr.imt.portal.model.Progress.LATE;
import static fr.imt.portal.model.Progress.NOT_REPORTED;
import static fr.imt.portal.model.Progress.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The figures behind a group's progress bar and its sentence, with the site's own words. */
class ProgressSummaryTest {

    private static final Messages WORDS = new Messages(Path.of("templates"));

    private static ProgressSummary of(Lang lang, Progress... progresses) {
        return ProgressSummary.of(List.of(progresses), lang, WORDS);
    }

    @Test
    void onlyReportedProgressIsCountedAndDrawnAndTheRestIsWaiting() {
        ProgressSummary s = of(Lang.EN, DONE, LATE, PLANNED, NOT_REPORTED, DONE);
        assertEquals(5, s.total());
        assertEquals(List.of("done", "late"), s.reported().stream().map(x -> x.badge().key()).toList());
        assertEquals(List.of(2, 1), s.reported().stream().map(ProgressSummary.Segment::count).toList());
        assertEquals(2, s.waiting());
        assertEquals(1, s.late());
        assertFalse(s.nothingReported());
        assertEquals("5 actions: 2 done, 1 late, 2 with nothing reported yet", s.sentence());
    }

    @Test
    void theBarHasItsFourUsualSegmentsEvenEmptyAndTheOthersWhenPresent() {
        ProgressSummary s = of(Lang.EN, DONE, NOT_REPORTED, CANCELLED);
        assertEquals(List.of("not-reported", "planned", "in-progress", "done", "late", "cancelled"),
                s.segments().stream().map(x -> x.badge().key()).toList());
        assertEquals(List.of(1, 0, 0, 1, 0, 1), s.segments().stream().map(ProgressSummary.Segment::count).toList());
        assertEquals(List.of(33.3, 0.0, 0.0, 33.3, 0.0, 33.3), s.segments().stream().map(ProgressSummary.Segment::percent).toList());
        assertEquals(List.of("planned", "in-progress", "done", "late"),
                of(Lang.EN, DONE).segments().stream().map(x -> x.badge().key()).toList());
    }

    @Test
    void sharesAreRoundedToATenthOfAPercent() {
        assertEquals(List.of(66.7), of(Lang.EN, IN_PROGRESS, IN_PROGRESS, PLANNED).reported().stream()
                .map(ProgressSummary.Segment::percent).toList());
        assertEquals(List.of(100.0), of(Lang.EN, DONE).reported().stream().map(ProgressSummary.Segment::percent).toList());
    }

    @Test
    void aGroupWhereNobodyReportedSaysSo() {
        ProgressSummary s = of(Lang.EN, PLANNED, NOT_REPORTED);
        assertTrue(s.nothingReported());
        assertEquals(0, s.late());
        assertEquals("2 actions: no progress reported yet", s.sentence());
    }

    @Test
    void anEmptyGroupDrawsNothingAndDividesByNothing() {
        ProgressSummary s = of(Lang.EN);
        assertEquals(0, s.total());
        assertTrue(s.segments().stream().allMatch(x -> x.percent() == 0));
        assertEquals("0 actions: no progress reported yet", s.sentence());
    }

    @Test
    void everythingReportedLeavesNoWaitingClause() {
        assertEquals("1 action: 1 in progress", of(Lang.EN, IN_PROGRESS).sentence());
        assertEquals(0, of(Lang.EN, IN_PROGRESS).waiting());
    }

    @Test
    void frenchPutsANarrowNoBreakSpaceBeforeTheColon() {
        assertTrue(of(Lang.FR, PLANNED).sentence().contains("\u202F: "), of(Lang.FR, PLANNED).sentence());
        assertFalse(of(Lang.EN, PLANNED).sentence().contains("\u202F"));
    }
}
