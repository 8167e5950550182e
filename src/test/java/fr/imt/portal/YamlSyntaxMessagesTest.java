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
 * The YAML mistakes editors make by hand, each planted in its own action file of a fixture site:
 * {@code validate} says each in plain words, in French and in English, at the line and column
 * to fix, and never in the parser's words.
 */
class YamlSyntaxMessagesTest {

    @TempDir
    static Path tmp;
    static Path source;
    static CommandRun french;
    static CommandRun english;

    @BeforeAll
    static void plantMistakes() throws IOException {
        source = TestSites.fixture("valid", tmp);
        Path actions = source.resolve("content/hrs4r/actions");
        String valid = Files.readString(actions.resolve("03.yaml"));
        TestSites.write(actions.resolve("21.yaml"), number(valid, 21).replace("pillar:", "\tpillar:"));
        TestSites.write(actions.resolve("22.yaml"), number(valid, 22).replace("deadline: \"Q4 2031\"", "deadline: \"Q4 2031"));
        TestSites.write(actions.resolve("23.yaml"), number(valid, 23).replace("status: planned", "status: planned\n  completion: 20"));
        TestSites.write(actions.resolve("24.yaml"), number(valid, 24) + "status: done\n");
        TestSites.write(actions.resolve("25.yaml"), number(valid, 25).replace("deadline: \"Q4 2031\"", "deadline:\n  - \"Q4 2031\""));
        english = CommandRun.english("validate", "--source", source.toString(), "--today", "2026-11-20");
        french = CommandRun.french("validate", "--source", source.toString(), "--today", "2026-11-20");
    }

    private static String number(String valid, int number) {
        return valid.replace("number: 3", "number: " + number);
    }

    /** The one line about {@code file} in {@code run}'s report. */
    private static String line(CommandRun run, String file) {
        List<String> lines = run.err().lines().filter(l -> l.startsWith("content/hrs4r/actions/" + file + ":")).toList();
        assertEquals(1, lines.size(), () -> "one problem for " + file + " in:\n" + run.err());
        return lines.get(0);
    }

    private static int lineOf(String file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(source.resolve("content/hrs4r/actions").resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    @Test
    void everyMistakeIsOneErrorWithoutParserWords() {
        assertEquals(1, french.exitCode());
        assertTrue(french.err().contains("5 erreurs dans le contenu"), french.err());
        assertTrue(english.err().contains("5 errors in the content"), english.err());
        for (String words : List.of("scalar", "mapping", "block", "token", "node", "stream", "<")) {
            assertFalse(french.err().contains(words), words + " in:\n" + french.err());
            assertFalse(english.err().contains(words), words + " in:\n" + english.err());
        }
    }

    @Test
    void aTabIsCalledATabAtItsColumn() throws IOException {
        String at = "content/hrs4r/actions/21.yaml:" + lineOf("21.yaml", "\tpillar") + ":1: ";
        assertEquals(at + "une tabulation est utilisée ici ; le YAML n’accepte que des espaces pour décaler ou séparer :"
                + " remplacez la tabulation par des espaces", line(french, "21.yaml"));
        assertEquals(at + "a tab is used here; YAML accepts only spaces to indent and separate: replace the tab with spaces",
                line(english, "21.yaml"));
    }

    @Test
    void aMissingClosingQuoteIsPointedAtWhereTheTextStarts() throws IOException {
        String at = "content/hrs4r/actions/22.yaml:" + lineOf("22.yaml", "deadline:") + ":11: ";
        assertEquals(at + "le texte qui commence ici par \" n’est jamais fermé : ajoutez le \" de fin à la fin du texte (si"
                + " le texte lui-même contient un \", entourez-le de l’autre sorte de guillemets)", line(french, "22.yaml"));
        assertTrue(line(english, "22.yaml").startsWith(at + "the text that starts here with \" is never closed: add the"
                + " closing \" at the end of the text"), line(english, "22.yaml"));
    }

    @Test
    void aBadIndentationSaysToAlignTheLine() throws IOException {
        String at = "content/hrs4r/actions/23.yaml:" + lineOf("23.yaml", "  completion: 20") + ":1: ";
        assertEquals(at + "cette ligne n’est pas alignée sur les lignes de son groupe : décalez-la du même nombre d’espaces"
                + " que le champ au-dessus (ou de plus, si elle en fait partie)", line(french, "23.yaml"));
        assertTrue(line(english, "23.yaml").startsWith(at + "this line is not aligned with the lines of its group"),
                line(english, "23.yaml"));
    }

    @Test
    void aDuplicateKeySaysWhereItFirstAppeared() throws IOException {
        String at = "content/hrs4r/actions/24.yaml:" + lineOf("24.yaml", "status: done") + ":1: status: ";
        int first = lineOf("24.yaml", "status: planned");
        assertEquals(at + "ce champ est écrit deux fois dans le même groupe (la première fois ligne " + first
                + ") ; n’en gardez qu’un", line(french, "24.yaml"));
        assertEquals(at + "this field is written twice in the same group (first on line " + first + "); keep only one",
                line(english, "24.yaml"));
    }

    @Test
    void aListWhereATextWasExpectedSaysWhatToWrite() throws IOException {
        String at = "content/hrs4r/actions/25.yaml:" + lineOf("25.yaml", "- \"Q4 2031\"") + ":3: deadline: ";
        assertEquals(at + "attendu : un trimestre et une année, par exemple \"Q2 2029\" ; trouvé : une liste",
                line(french, "25.yaml"));
        assertEquals(at + "expected a quarter and a year such as \"Q2 2029\", found a list", line(english, "25.yaml"));
    }
}
