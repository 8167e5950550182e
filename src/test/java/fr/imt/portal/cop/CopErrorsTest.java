package fr.imt.portal.cop;

import fr.imt.portal.CommandRun;

import fr.imt.portal.cli.PortalCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken COP content (the tracking fixture with the cop-errors overlay) run through the command
 * line: every problem is reported at once with file:line:column, field and expectation, the
 * exit code is non-zero and the previously published site is left as it was.
 */
class CopErrorsTest {

    @TempDir
    static Path work;
    static Path source;
    static Path out;
    static int exit;
    static List<String> lines;
    static List<String> french;

    @BeforeAll
    static void run() throws IOException {
        source = TestSites.assemble(work.resolve("src"), "cop-tracking", "cop-errors");
        Files.delete(source.resolve("content/cop/objectives/M1.en.md"));
        out = work.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("index.html"), "previous site");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = new CommandLine(new PortalCommand()).execute("build", "--source", source.toString(),
                    "--out", out.toString(), "--today", "2026-11-20", "--lang", "en");
        } finally {
            System.setErr(saved);
        }
        lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        french = CommandRun.french("validate", "--source", source.toString(), "--today", "2026-11-20").err().lines().toList();
    }

    /** The line:column where {@code text} first appears in a fixture file, computed from the file itself. */
    static String at(String file, String text) throws IOException {
        List<String> content = Files.readAllLines(source.resolve(file));
        for (int i = 0; i < content.size(); i++) {
            int column = content.get(i).indexOf(text);
            if (column >= 0) {
                return file + ":" + (i + 1) + ":" + (column + 1) + ": ";
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    static void reported(String prefix, String field, String... words) {
        String line = lines.stream().filter(l -> l.startsWith(prefix + field + ": ")).findFirst()
                .orElseThrow(() -> new AssertionError("no problem " + prefix + field + " in:\n" + String.join("\n", lines)));
        for (String w : words) {
            assertTrue(line.contains(w), line + " should say " + w);
        }
    }

    private static final String RISING = "content/cop/indicators/rising.yaml";
    private static final String FALLING = "content/cop/indicators/falling.yaml";
    private static final String ALPHA = "content/cop/schools/alpha/school.yaml";
    private static final String BETA = "content/cop/schools/beta/school.yaml";

    @Test
    void failedBuildExitsNonZeroAndLeavesThePreviousSiteUntouched() throws IOException {
        assertEquals(1, exit);
        assertEquals("previous site", Files.readString(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("en/cop")));
        assertTrue(lines.get(lines.size() - 1).contains("Nothing was published"), lines.get(lines.size() - 1));
    }

    @Test
    void yearsOutsideTheirPeriodAreReported() throws IOException {
        reported(at(RISING, "2031"), "trajectory.2031", "expected a year from 2023 to 2027");
        reported(at(RISING, "2015"), "previous_contract.values.2015", "expected a year from 2017 to 2022");
        reported(at(RISING, "2025"), "targets[1].year", "from 2027");
        reported(at(BETA, "2019"), "objectives[1].values.2019", "expected a year from 2021 to 2027");
    }

    @Test
    void aValueThatIsNotANumberIsReported() throws IOException {
        reported(at(RISING, "\"beaucoup\""), "actuals.2024", "expected a number", "beaucoup");
        reported(at(BETA, "\"12 %\""), "objectives[1].values.2023", "expected a number", "12 %");
    }

    @Test
    void unknownIdentifiersAreReportedWithWhatExists() throws IOException {
        reported(at(FALLING, "nowhere"), "domain", "unknown domain \"nowhere\"", "training");
        reported(at(FALLING, "M9"), "objectives[1]", "unknown objective \"M9\"", "M1");
        reported(at(FALLING, "nowhere-school"), "previous_contract.schools.nowhere-school", "unknown school", "alpha");
        reported(at(ALPHA, "quantum"), "positioning[1].strategic_themes[1]", "unknown theme \"quantum\"", "digital");
        reported(at(ALPHA, "missing-indicator"), "objectives[2].indicator", "unknown indicator", "falling");
        reported(at(FALLING, "studnets"), "actuals.2025.unit", "unknown unit \"studnets\"", "students");
    }

    @Test
    void unitMismatchesAreReported() throws IOException {
        reported(at(ALPHA, "students"), "objectives[1].unit", "unit mismatch", "falling", "kwh", "found students");
        reported(at(FALLING, "percent"), "actuals.2024.unit", "unit mismatch", "kwh", "found percent");
    }

    @Test
    void missingTranslationsAreReported() throws IOException {
        reported(RISING + ":3:7: ", "name.en", "missing", "English text");
        reported("content/cop/objectives/M1.yaml:1:1: ", "M1", "missing English text", "M1.en.md");
        reported(BETA + ":1:1: ", "summary", "missing English text", "summary.en.md");
    }

    @Test
    void theSameProblemsReadInFrench() throws IOException {
        assertEquals(lines.stream().filter(l -> l.startsWith("content/")).map(l -> l.substring(0, l.indexOf(": "))).toList(),
                french.stream().filter(l -> l.startsWith("content/")).map(l -> l.substring(0, l.indexOf(": "))).toList(),
                "the same places, in the same order");
        assertTrue(french.contains(at(BETA, "2019") + "objectives[1].values.2019: attendu : une année de 2021 à 2027 ;"
                + " trouvé : \"2019\""), String.join("\n", french));
        String mismatch = at(ALPHA, "students");
        assertTrue(french.stream().anyMatch(l -> l.startsWith(mismatch + "objectives[1].unit: unité incohérente :"
                + " cette ligne appartient à l’indicateur \"falling\", mesuré en kwh")), String.join("\n", french));
        assertTrue(french.contains("content/cop/objectives/M1.yaml:1:1: M1: texte anglais manquant : il faut le fichier"
                + " M1.en.md à côté de M1.yaml"), String.join("\n", french));
        assertTrue(french.get(french.size() - 1).matches("\\d+ erreurs dans le contenu[,.].*"), french.get(french.size() - 1));
    }
}
