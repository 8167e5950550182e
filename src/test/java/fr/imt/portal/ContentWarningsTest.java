package fr.imt.portal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Warnings through the real command line: what an editor should look at without it breaking the
 * site (English still marked as our translation, a late action nobody reported on for six
 * months, a milestone step of a past year never reported). They come after the errors under
 * their own heading with file:line:column and field, exit 0, and fail only with --strict.
 */
class ContentWarningsTest {

    static final String TODAY = "2026-11-20";

    @TempDir
    static Path tmp;
    static Path source;
    static CommandRun validate;
    static CommandRun summary;

    @BeforeAll
    static void validateTheFixture() {
        source = TestSites.fixture("valid", tmp);
        TestSites.copyTree(TestSites.PROJECT.resolve("src/test/resources/sites/cop-tracking/content/cop"),
                source.resolve("content/cop"));
        validate = CommandRun.english("validate", "--warnings", "--source", source.toString(), "--today", TODAY);
        summary = CommandRun.english("validate", "--source", source.toString(), "--today", TODAY);
    }

    @Test
    void warningsAreOneShortSummaryByDefaultWithTheCommandThatListsThem() {
        assertEquals(0, summary.exitCode(), summary.err());
        List<String> err = summary.err().lines().toList();
        assertEquals(1, err.size(), summary.err());
        assertEquals("18 warnings, which do not stop the build: 13 English texts still marked as our unreviewed translation,"
                + " 3 step statuses without a report date, 1 past step not reported, 1 late action with no recent progress"
                + " entry. To list them: ./portal validate --warnings", err.get(0));
    }

    @Test
    void warningsSummaryInFrenchWithPlurals() {
        CommandRun french = CommandRun.french("validate", "--source", source.toString(), "--today", TODAY);
        assertEquals("18 avertissements, qui n’empêchent pas la publication : 13 textes anglais encore marqués comme notre"
                + " traduction non relue, 3 statuts d’étape sans date de compte rendu, 1 étape passée non renseignée,"
                + " 1 action en retard sans avancement récent. Pour les voir : ./portal validate --warnings",
                french.err().lines().findFirst().orElseThrow(), french.err());
        assertTrue(french.out().contains("Le contenu est valide, avec des avertissements"), french.out());
    }

    /** The line:column of the value of the first {@code key} of {@code file} (a key opening its line or a list item). */
    static String valueAt(String file, String key) throws IOException {
        List<String> lines = Files.readAllLines(source.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            int k = l.indexOf(key);
            if (k >= 0 && l.substring(0, k).replace("-", "").isBlank()) {
                int v = k + key.length();
                while (v < l.length() && l.charAt(v) == ' ') {
                    v++;
                }
                return (i + 1) + ":" + (v + 1);
            }
        }
        throw new AssertionError(key + " not in " + file);
    }

    @Test
    void warningsAloneLetValidatePassUnderTheirOwnHeading() {
        assertEquals(0, validate.exitCode(), validate.err());
        List<String> err = validate.err().lines().toList();
        assertTrue(err.get(0).startsWith("Warnings ("), validate.err());
        assertTrue(validate.out().contains("valid, with warnings"), validate.out());
    }

    @Test
    void lateActionWithoutRecentProgressIsAWarningAtItsStatus() throws IOException {
        String file = "content/hrs4r/actions/01.yaml";
        String expected = file + ":" + valueAt(file, "status:") + ": warning: status: late: the deadline (Q1 2024) passed on"
                + " 2024-03-31 and the last progress entry is of 2025-01-15";
        assertTrue(validate.err().lines().anyMatch(l -> l.startsWith(expected)), expected + "\nin:\n" + validate.err());
    }

    @Test
    void pastMilestoneStepNotReportedIsAWarning() throws IOException {
        String file = "content/cop/milestones/J1.yaml";
        List<String> lines = Files.readAllLines(source.resolve(file));
        int line = lines.indexOf("  - year: 2025") + 1;
        String expected = file + ":" + line + ":11: warning: steps[3].status: a step of a past year is not reported";
        assertTrue(validate.err().lines().anyMatch(l -> l.startsWith(expected)), expected + "\nin:\n" + validate.err());
        String noDate = file + ":" + (lines.indexOf("    status: done") + 1) + ":13: warning: steps[2].reported:";
        assertTrue(validate.err().lines().anyMatch(l -> l.startsWith(noDate)), noDate + "\nin:\n" + validate.err());
    }

    @Test
    void unreviewedTranslationsAreOneSummaryThatListsEveryFile() throws IOException {
        List<String> marked;
        try (Stream<Path> files = Files.walk(source.resolve("content"))) {
            marked = files.filter(f -> f.toString().endsWith(".yaml")).filter(f -> {
                try {
                    return Files.readAllLines(f).contains("english: translation");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> source.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        assertTrue(marked.size() >= 4, "fixture files marked: " + marked);
        List<String> heading = validate.err().lines().filter(l -> l.startsWith("warning: english: English marked as our"
                + " unreviewed translation")).toList();
        assertEquals(1, heading.size(), validate.err());
        assertTrue(heading.get(0).endsWith("(" + marked.size() + " files):"), heading.get(0));
        assertFalse(validate.err().lines().anyMatch(l -> l.startsWith("content/") && l.contains("english:")),
                "no line per translated file:\n" + validate.err());
        String summary = validate.err().substring(validate.err().indexOf(heading.get(0)));
        for (String file : marked) {
            String folder = file.substring(0, file.lastIndexOf('/') + 1);
            String name = file.substring(file.lastIndexOf('/') + 1);
            String position = name + ":" + valueAt(file, "english:");
            assertTrue(summary.contains("  " + folder + " "), folder + " in:\n" + summary);
            assertTrue(summary.contains(position), position + " in:\n" + summary);
        }
    }

    @Test
    void strictMakesWarningsFailValidate() {
        CommandRun strict = CommandRun.english("validate", "--strict", "--source", source.toString(), "--today", TODAY);
        assertEquals(1, strict.exitCode());
        assertTrue(strict.err().contains("--strict makes them stop the build"), strict.err());
    }

    @Test
    void buildPublishesWithWarningsAndStrictBuildPublishesNothing() throws IOException {
        Path out = tmp.resolve("site");
        CommandRun build = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", TODAY);
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(build.err().contains("18 warnings, which do not stop the build: "), build.err());
        assertTrue(build.err().contains("To list them: ./portal validate --warnings"), build.err());
        assertTrue(Files.exists(out.resolve("fr/index.html")));

        Path strictOut = tmp.resolve("strict-site");
        TestSites.write(strictOut.resolve("index.html"), "previous site");
        CommandRun strict = CommandRun.english("build", "--strict", "--source", source.toString(), "--out", strictOut.toString(),
                "--today", TODAY);
        assertEquals(1, strict.exitCode(), strict.err());
        assertTrue(strict.err().contains("Nothing was published"), strict.err());
        assertEquals("previous site", Files.readString(strictOut.resolve("index.html")));
    }

    @Test
    void errorsComeFirstThenWarningsUnderTheirHeading() throws IOException {
        Path broken = TestSites.fixture("valid", tmp.resolve("broken"));
        Path action = broken.resolve("content/hrs4r/actions/03.yaml");
        Files.writeString(action, Files.readString(action).replace("status: planned", "status: started"));
        CommandRun run = CommandRun.english("validate", "--warnings", "--source", broken.toString(), "--today", TODAY);
        assertEquals(1, run.exitCode());
        List<String> err = run.err().lines().toList();
        int error = indexOf(err, "content/hrs4r/actions/03.yaml:");
        int heading = indexOf(err, "Warnings (");
        int warning = indexOf(err, "content/hrs4r/actions/01.yaml:");
        assertTrue(error >= 0 && error < heading && heading < warning, run.err());
        assertTrue(err.get(err.size() - 1).startsWith("1 error in the content, and "), run.err());
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anErrorIsNotBuriedUnderWarnings() throws IOException {
        Path broken = TestSites.fixture("valid", tmp.resolve("buried"));
        Path action = broken.resolve("content/hrs4r/actions/03.yaml");
        Files.writeString(action, Files.readString(action).replace("status: planned", "status: started"));
        CommandRun run = CommandRun.french("validate", "--source", broken.toString(), "--today", TODAY);
        assertEquals(1, run.exitCode());
        List<String> err = run.err().lines().toList();
        assertEquals(4, err.size(), run.err());
        assertTrue(err.get(0).startsWith("content/hrs4r/actions/03.yaml:9:9: status: attendu : l’une de ces valeurs : planned,"
                + " in_progress, done, cancelled ; trouvé : le texte \"started\""), run.err());
        assertTrue(err.get(2).contains("avertissements, qui n’empêchent pas la publication"), run.err());
        assertTrue(err.get(3).startsWith("1 erreur dans le contenu, et "), run.err());
    }
}
