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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a copy of the real content, a figure written the French way ({@code 14 460,5}) in one
 * indicator that ten other files refer to: the editor gets one error, in the file they edited,
 * which says what it holds back, and nothing about the files they never opened.
 */
class OneMistakeOneErrorTest {

    static final String INDICATOR = "content/cop/indicators/degree-students.yaml";

    @TempDir
    static Path tmp;
    static Path source;
    static CommandRun english;
    static CommandRun french;
    static List<Path> referring;

    @BeforeAll
    static void breakOneFigure() throws IOException {
        source = TestSites.real(tmp.resolve("site"));
        String trajectory = Files.readAllLines(source.resolve(INDICATOR)).stream()
                .filter(l -> l.startsWith("trajectory: {2023: ")).findFirst().orElseThrow();
        String year2024 = trajectory.replaceAll(".* 2024: (\\d+),.*", "$1");
        TestSites.edit(source.resolve(INDICATOR), "2024: " + year2024 + ",", "2024: " + year2024.substring(0, 2) + " "
                + year2024.substring(2) + ",5,");
        try (Stream<Path> files = Files.walk(source.resolve("content/cop"))) {
            referring = files.filter(f -> f.toString().endsWith(".yaml")).filter(f -> {
                try {
                    return Files.readString(f).matches("(?s).*(indicator|parent): degree-students\\b.*");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        english = CommandRun.english("validate", "--source", source.toString());
        french = CommandRun.french("validate", "--source", source.toString());
    }

    private static List<String> errors(CommandRun run) {
        return run.err().lines().filter(l -> l.startsWith("content/")).toList();
    }

    @Test
    void aMalformedFigureIsOneErrorInItsOwnFile() {
        assertTrue(referring.size() >= 3, "files that refer to the indicator: " + referring);
        assertEquals(1, english.exitCode());
        assertEquals(1, errors(english).size(), english.err());
        assertTrue(errors(english).get(0).startsWith(INDICATOR + ":"), english.err());
        assertTrue(english.err().contains("1 error in the content"), english.err());
        assertEquals(1, errors(french).size(), french.err());
        assertTrue(french.err().contains("1 erreur dans le contenu"), french.err());
    }

    @Test
    void theErrorSaysHowToWriteTheNumberAndWhatItHoldsBack() {
        String en = errors(english).get(0);
        assertTrue(en.contains("trajectory.2024: expected a number, found \"14 460,5\": a number is written without spaces"
                + " and with a dot for decimals (14460.5)"), en);
        assertTrue(en.contains("until this is fixed, the indicator \"degree-students\" is left out, and so are the references"
                + " to it in " + referring.size() + " other files ("), en);
        String fr = errors(french).get(0);
        assertTrue(fr.contains("trajectory.2024: attendu : un nombre ; trouvé : \"14 460,5\" : un nombre s’écrit sans espaces"
                + " et avec un point pour les décimales (14460.5)"), fr);
        assertTrue(fr.contains("tant que ce n’est pas corrigé, l’identifiant \"degree-students\" (indicateur) est laissé de"
                + " côté, ainsi que les renvois qui y mènent dans " + referring.size() + " autres fichiers ("), fr);
    }

    @Test
    void anIdentifierThatIsNotTheFileNameIsOneErrorToo() {
        Path site = TestSites.real(tmp.resolve("renamed"));
        TestSites.edit(site.resolve(INDICATOR), "id: degree-students", "id: degree-student");
        CommandRun run = CommandRun.english("validate", "--source", site.toString());
        assertEquals(1, errors(run).size(), run.err());
        assertTrue(errors(run).get(0).contains("id: expected \"degree-students\", the name of the file, found"
                + " \"degree-student\" (the identifier is the page's address); until this is fixed, the indicator"
                + " \"degree-students\" is left out"), run.err());
    }

    @Test
    void aPrincipleWhoseIdentifierIsNotItsFolderIsOneErrorNotOnePerAction() {
        Path site = TestSites.real(tmp.resolve("principle"));
        TestSites.edit(site.resolve("content/hrs4r/principles/assessment/principle.yaml"), "id: assessment", "id: assesment");
        CommandRun run = CommandRun.english("validate", "--source", site.toString());
        assertEquals(1, errors(run).size(), run.err());
        assertTrue(errors(run).get(0).startsWith("content/hrs4r/principles/assessment/principle.yaml:"), run.err());
        assertTrue(errors(run).get(0).contains("\"assessment\""), run.err());
        assertTrue(errors(run).get(0).contains("actions/14.yaml"), "it names the files that wait for the fix: " + run.err());
    }

    @Test
    void anActionWhoseNumberIsNotItsFileIsOneErrorNotOnePerCitation() {
        Path site = TestSites.real(tmp.resolve("action"));
        TestSites.edit(site.resolve("content/hrs4r/actions/14.yaml"), "number: 14", "number: 41");
        CommandRun run = CommandRun.french("validate", "--source", site.toString());
        assertEquals(1, errors(run).size(), run.err());
        assertTrue(errors(run).get(0).startsWith("content/hrs4r/actions/14.yaml:"), run.err());
        assertTrue(errors(run).get(0).contains("41.yaml"), run.err());
    }
}
