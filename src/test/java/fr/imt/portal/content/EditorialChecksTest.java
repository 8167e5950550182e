package fr.imt.portal.content;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Deadline;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Translation;
import fr.imt.portal.model.PillarId;
import fr.imt.portal.model.ProgressEntry;
import fr.imt.portal.model.Status;
import fr.imt.portal.model.Text;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editorial warnings, called directly: a late action nobody reported on for six months, a
 * past year's milestone step never reported, dates after the build date, completion against status.
 */
class EditorialChecksTest {

    private static final Text TEXT = new Text("Texte", "Text");
    /** Action 1's deadline, Q2 2026, passed on 30 June 2026. */
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

    @Test
    void aLateActionWithoutAnEntryForSixMonthsIsFlagged() {
        List<Problem> warnings = actionWarnings(Status.IN_PROGRESS, TODAY.minusMonths(6).minusDays(1));
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("status", warnings.get(0).field());
        assertTrue(warnings.get(0).message(fr.imt.portal.model.Lang.EN).startsWith("late: the deadline"), warnings.get(0).message(fr.imt.portal.model.Lang.EN));
    }

    @Test
    void aLateActionWithAnEntryInTheLastSixMonthsIsNotFlagged() {
        assertEquals(List.of(), actionWarnings(Status.IN_PROGRESS, TODAY.minusMonths(6)));
        assertEquals(List.of(), actionWarnings(Status.IN_PROGRESS, TODAY.minusDays(1)));
    }

    @Test
    void aLateActionWithNoEntryAtAllIsFlagged() {
        List<Problem> warnings = actionWarnings(Status.PLANNED, null);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).message(fr.imt.portal.model.Lang.EN).contains("there is no progress entry"));
    }

    @Test
    void anActionDoneLongAfterItsDeadlineIsNotFlagged() {
        assertEquals(List.of(), actionWarnings(Status.DONE, null));
    }

    @Test
    void anEntryDatedAfterTheBuildDateIsFlagged() {
        List<Problem> warnings = actionWarnings(Status.IN_PROGRESS, TODAY.plusDays(1));
        assertEquals(List.of("progress[1].date"), warnings.stream().map(Problem::field).toList());
    }

    @Test
    void aStepOfAPastYearWithoutStatusIsFlaggedButNotOneOfThisYear() {
        Problems problems = new Problems();
        EditorialChecks checks = new EditorialChecks(TODAY, problems);
        checks.step(mapping("year: 2026\n"), "steps[1]", 2026);
        checks.step(mapping("year: 2027\n"), "steps[2]", 2027);
        assertEquals(List.of("steps[1].status"), problems.warnings().stream().map(Problem::field).toList());
        assertEquals(EditorialChecks.STEP_NOT_REPORTED, problems.warnings().get(0).message().key());
    }

    @Test
    void aStepStatusNeedsTheDateOfItsReportAndThatDateIsNotInTheFuture() {
        Problems problems = new Problems();
        EditorialChecks checks = new EditorialChecks(TODAY, problems);
        checks.step(mapping("year: 2026\nstatus: done\n"), "steps[1]", 2026);
        checks.step(mapping("year: 2026\nstatus: done\nreported: 2027-04-01\n"), "steps[2]", 2026);
        checks.step(mapping("year: 2026\nstatus: done\nreported: 2027-03-15\n"), "steps[3]", 2026);
        assertEquals(List.of("steps[1].reported", "steps[2].reported"), problems.warnings().stream().map(Problem::field).toList());
    }

    @Test
    void completionAndStatusMustAgree() {
        Problems problems = new Problems();
        EditorialChecks checks = new EditorialChecks(LocalDate.of(2026, 1, 1), problems);
        checks.action(mapping("status: in_progress\ncompletion: 100\n"), action(Status.IN_PROGRESS, OptionalInt.of(100), List.of()));
        checks.action(mapping("status: done\ncompletion: 80\n"), action(Status.DONE, OptionalInt.of(80), List.of()));
        checks.action(mapping("status: done\ncompletion: 100\n"), action(Status.DONE, OptionalInt.of(100), List.of()));
        assertEquals(List.of("completion", "completion"), problems.warnings().stream().map(Problem::field).toList());
    }

    @Test
    void englishMarkedAsOurTranslationIsFlaggedOnASiteWhoseSourcesAreFrench() {
        Problems problems = new Problems();
        Languages french = Languages.of("fr, en");
        EditorialChecks.translation(mapping("english: translation\n"), french, problems);
        EditorialChecks.translation(mapping("english: reviewed\n"), french, problems);
        EditorialChecks.translation(mapping("french: translation\n"), french, problems);
        assertEquals(List.of("english"), problems.warnings().stream().map(Problem::field).toList());
        assertEquals("anglais marqué comme notre traduction non relue (english: translation) ; une fois relu par l’équipe"
                + " communication, écrivez english: reviewed", Catalogue.in(Lang.FR).render(problems.warnings().get(0).message()));
    }

    @Test
    void frenchMarkedAsOurTranslationIsFlaggedOnASiteWhoseSourcesAreEnglish() {
        Problems problems = new Problems();
        Languages english = Languages.of("en, fr");
        EditorialChecks.translation(mapping("french: translation\n"), english, problems);
        EditorialChecks.translation(mapping("english: translation\n"), english, problems);
        assertEquals(List.of("french"), problems.warnings().stream().map(Problem::field).toList());
        assertEquals("français marqué comme notre traduction non relue (french: translation) ; une fois relu par l’équipe"
                + " communication, écrivez french: reviewed", Catalogue.in(Lang.FR).render(problems.warnings().get(0).message()));
        assertEquals("French marked as our unreviewed translation (french: translation); once the communications team"
                + " has reviewed it, write french: reviewed", Catalogue.in(Lang.EN).render(problems.warnings().get(0).message()));
    }

    private static List<Problem> actionWarnings(Status status, LocalDate lastEntry) {
        Problems problems = new Problems();
        String yaml = "status: " + status.key() + "\n" + (lastEntry == null ? "" : "progress:\n  - date: " + lastEntry + "\n");
        List<ProgressEntry> entries = lastEntry == null ? List.of()
                : List.of(new ProgressEntry(lastEntry, TEXT, Optional.empty()));
        new EditorialChecks(TODAY, problems).action(mapping(yaml), action(status, OptionalInt.empty(), entries));
        return problems.warnings();
    }

    private static Action action(Status status, OptionalInt completion, List<ProgressEntry> entries) {
        return new Action(1, new PillarId("p"), TEXT, Translation.ORIGINAL, List.of(), new Deadline(2, 2026), List.of(),
                List.of(), status, completion, entries, List.of());
    }

    private static YamlNode.Mapping mapping(String yaml) {
        Problems problems = new Problems();
        YamlNode node = YamlReader.parse(Path.of("actions/01.yaml"), yaml, problems).orElseThrow();
        assertEquals(List.of(), problems.errors());
        return (YamlNode.Mapping) node;
    }
}
