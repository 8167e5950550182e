package fr.imt.portal;

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
 * A mistake in the search synonyms files is an editors' problem like any other: reported at its
 * file, line and column, in French and English, in the same run as the content's other problems
 * and before anything is built, with a non-zero exit and the previous site left as it was.
 */
class SearchSynonymsErrorsTest {

    private static final String FRENCH_FILE = "content/search/synonyms.fr.txt";
    private static final String ENGLISH_FILE = "content/search/synonyms.en.txt";

    @TempDir
    static Path tmp;
    static Path source;
    static Path out;
    static CommandRun build;
    static CommandRun french;

    @BeforeAll
    static void plantMistakesAndBuild() throws IOException {
        source = TestSites.fixture("valid", tmp);
        TestSites.write(source.resolve(FRENCH_FILE), """
                # Sigles
                COP, contrat d'objectifs et de performance
                QVT,  de la
                HDR, habilitation à diriger des recherches,
                """);
        TestSites.write(source.resolve(ENGLISH_FILE), "COP, objectives and performance contract\nresearch integrity officer\n");
        // Another content mistake: both are reported in the one run.
        Path action = source.resolve("content/hrs4r/actions/03.yaml");
        Files.writeString(action, Files.readString(action).replace("deadline: \"Q4 2031\"", "deadline: \"2031-Q4\""));
        out = tmp.resolve("published");
        TestSites.write(out.resolve("index.html"), "previous site");
        build = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        french = CommandRun.french("validate", "--source", source.toString(), "--today", "2026-11-20");
    }

    private static List<String> problems(CommandRun run, String file) {
        return run.err().lines().filter(l -> l.startsWith(file + ":")).toList();
    }

    @Test
    void aBadSynonymsLineIsAProblemAtItsLineAndColumnWithTheOtherProblems() {
        assertEquals(List.of(
                FRENCH_FILE + ":3:7: the phrase \"de la\" has no word a search can look for (only small words such as"
                        + " \"the\", \"of\", \"and\"): write the acronym or the words it stands for",
                FRENCH_FILE + ":4:44: there is no phrase here, between two commas or after the last one: remove the extra comma"),
                problems(build, FRENCH_FILE), build.err());
        assertEquals(List.of(ENGLISH_FILE + ":2:1: \"research integrity officer\" is alone on its line, so search relates it to"
                + " nothing: write the phrases that mean the same on one line, separated by commas, such as"
                + " \"RIS, research integrity officer\""), problems(build, ENGLISH_FILE), build.err());
        assertEquals(1, problems(build, "content/hrs4r/actions/03.yaml").size(), build.err());
        assertTrue(build.err().contains("4 errors in the content"), build.err());
    }

    @Test
    void theBuildStopsWithNoStackTraceAndThePreviousSiteIntact() throws IOException {
        assertEquals(1, build.exitCode());
        assertFalse(build.err().contains("search index"), build.err());
        assertFalse(build.err().contains("Exception"), build.err());
        assertFalse(build.err().contains("\tat "), build.err());
        assertTrue(build.err().contains("Nothing was published; the previous site is unchanged."), build.err());
        assertEquals("previous site", Files.readString(out.resolve("index.html")));
    }

    @Test
    void validateReportsThemInFrench() {
        assertEquals(1, french.exitCode());
        assertEquals(List.of(FRENCH_FILE + ":3:7: l’expression « de la » n’a aucun mot que la recherche puisse chercher"
                        + " (seulement des petits mots comme « de », « la », « et ») : écrivez le sigle ou les mots qu’il désigne",
                FRENCH_FILE + ":4:44: il n’y a pas d’expression ici, entre deux virgules ou après la dernière : retirez la virgule en trop"),
                problems(french, FRENCH_FILE), french.err());
        assertEquals(1, problems(french, ENGLISH_FILE).size(), french.err());
        assertTrue(french.err().contains("4 erreurs dans le contenu"), french.err());
    }
}
