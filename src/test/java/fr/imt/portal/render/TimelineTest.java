package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A milestone's log, from the {@code progress} fixture's J1: entries, and steps reported by their status and date only. */
class TimelineTest {

    @Test
    void aMilestonesLogHasItsEntriesAndItsStepsReportedWithoutOneNewestFirst() {
        BakeContext context = RenderContexts.fixture("progress", LocalDate.of(2026, 11, 20));
        List<Timeline.Entry> log = Timeline.of(context.portal().cop().milestones().get(0), context, Lang.EN);
        assertEquals(List.of("2026-02-01", "2024-12-10", "2024-01-15"), log.stream().map(Timeline.Entry::date).toList());
        assertEquals(List.of("Step 2026", "Step 2024", "Step 2023"), log.stream().map(Timeline.Entry::step).toList());
        assertEquals(List.of("cancelled", "done", "in-progress"), log.stream().map(e -> e.status().key()).toList());
        assertEquals(List.of("update-2026-02-01", "update-2024-12-10", "update-2024-01-15"),
                log.stream().map(Timeline.Entry::anchor).toList());
        assertEquals(List.of(true, false, true), log.stream().map(Timeline.Entry::translated).toList(),
                "the step reported without an entry has no text to translate");
        assertEquals(LocalDate.of(2026, 2, 1), log.get(0).day());
    }
}
