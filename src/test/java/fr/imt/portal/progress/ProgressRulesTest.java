package fr.imt.portal.progress;

import fr.imt.portal.CommandRun;
import fr.imt.portal.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules that keep progress logs honest, planted together in the "progress" fixture and
 * reported by one run of the real {@code validate}: a status that disagrees with the latest
 * status change (by date, even when entries are out of order), a milestone entry for a step without status, and
 * placeholder text left by the scaffolding commands.
 */
class ProgressRulesTest {

    @TempDir
    static Path tmp;
    static CommandRun validate;

    @BeforeAll
    static void plantAndValidate() throws IOException {
        Path source = ProgressSites.fixture(tmp);
        Path actions = source.resolve("content/hrs4r/actions");
        replace(actions.resolve("01.yaml"), "status: in_progress   # set", "status: planned   # set");
        replace(actions.resolve("02.yaml"), "  - date: 2024-03-01", "  - date: 2024-09-01");
        Path j1 = source.resolve("content/cop/milestones/J1.yaml");
        Files.writeString(j1, Files.readString(j1) + "  - date: 2026-03-01\n    year: 2025\n    status: done\n"
                + "    text: {fr: \"Fait\", en: \"Done\"}\n");
        TestSites.write(source.resolve("content/cop/milestones/J2.yaml"), "id: J2\nobjective: M1\n"
                + "title: {fr: \"Jalon court\", en: \"Short milestone\"}\nenglish: translation\nsteps:\n"
                + "  - year: 2023\n    text: {fr: \"Étape\", en: \"Step\"}\nprogress:\n  - date: 2026-04-01\n    year: 2025\n"
                + "    text: {fr: \"Sans étape\", en: \"No step\"}\n");
        replace(actions.resolve("03.yaml"), "status: planned", "status: planned\nprogress:\n  - date: 2026-01-05\n"
                + "    text:\n      fr: \"[À COMPLÉTER : ce qui a avancé]\"\n      en: \"[TO FILL IN: what progressed]\"");
        TestSites.write(source.resolve("content/news/2026-01-05-brouillon.fr.md"),
                "---\ndate: 2026-01-05\ntitle: \"Titre\"\n---\nPremier paragraphe.\n\n[À COMPLÉTER : le texte]\n");
        validate = CommandRun.english("validate", "--warnings", "--source", source.toString());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static String problem(String where) {
        List<String> lines = validate.err().lines().filter(l -> l.startsWith(where)).toList();
        assertEquals(1, lines.size(), () -> "one problem at " + where + " in:\n" + validate.err());
        return lines.get(0);
    }

    @Test
    void validationFailsWithoutStackTrace() {
        assertEquals(1, validate.exitCode(), validate.err());
        assertFalse(validate.err().contains("Exception"), validate.err());
    }

    @Test
    void statusDisagreeingWithTheLatestStatusChangeIsReportedAtTheStatus() {
        String line = problem("content/hrs4r/actions/01.yaml:10:9: status: ");
        assertTrue(line.contains("in_progress") && line.contains("progress[2]") && line.contains("2025-06-01"), line);
    }

    @Test
    void entriesOutOfDateOrderAreAWarningAndTheLatestDateDecidesTheStatus() {
        // 02.yaml now reads 2024-09-01 (in_progress), 2024-06-20 (done), 2024-06-20: the latest status
        // change is in_progress, which disagrees with "status: done".
        String line = problem("content/hrs4r/actions/02.yaml:9:9: status: ");
        assertTrue(line.contains("expected in_progress") && line.contains("progress[1]") && line.contains("2024-09-01"), line);
        assertTrue(validate.err().lines().anyMatch(l -> l.startsWith("content/hrs4r/actions/02.yaml:14:")
                && l.contains("warning")), validate.err());
    }

    @Test
    void milestoneEntrySettingTheStatusOfAStepWithoutOneIsReported() {
        String line = problem("content/cop/milestones/J1.yaml:14:5: steps[3].status: ");
        assertTrue(line.contains("missing") && line.contains("status: done"), line);
    }

    @Test
    void milestoneEntryForAYearWithoutStepIsReported() {
        String line = problem("content/cop/milestones/J2.yaml:10:11: progress[1].year: ");
        assertTrue(line.contains("no step in 2025") && line.contains("2023"), line);
    }

    @Test
    void placeholdersAreErrorsInYamlAndInMarkdown() {
        assertTrue(problem("content/hrs4r/actions/03.yaml:13:11: progress[1].text.fr: ").contains("placeholder text still present"));
        assertTrue(problem("content/hrs4r/actions/03.yaml:14:11: progress[1].text.en: ").contains("placeholder text still present"));
        assertTrue(problem("content/news/2026-01-05-brouillon.fr.md:7:1: ").contains("placeholder text still present"));
    }
}
