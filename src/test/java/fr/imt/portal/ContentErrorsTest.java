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
 * The mistakes editors make, planted together in one fixture site: one run of the real command
 * line reports each with file, line, column, field and expectation, exits non-zero, prints no
 * stack trace and leaves the previously published site untouched.
 */
class ContentErrorsTest {

    @TempDir
    static Path tmp;
    static Path source;
    static Path out;
    static CommandRun build;
    static CommandRun french;

    @BeforeAll
    static void plantErrorsAndBuild() throws IOException {
        source = TestSites.fixture("valid", tmp);
        Path actions = source.resolve("content/hrs4r/actions");
        String valid = Files.readString(actions.resolve("03.yaml"));
        TestSites.write(actions.resolve("04.yaml"), valid.replace("number: 3", "number: 4")
                .replace("text: {fr: \"Action fictive future\",", "text: {fr: \"Action fictive future,"));
        TestSites.write(actions.resolve("05.yaml"), valid.replace("number: 3", "number: 5") + "completion: forty\n");
        TestSites.write(actions.resolve("06.yaml"), valid.replace("number: 3", "number: 6") + "owner: somebody\n");
        TestSites.write(actions.resolve("07.yaml"), valid.replace("number: 3", "number: 7").replace("deadline: \"Q4 2031\"\n", ""));
        TestSites.write(actions.resolve("08.yaml"), valid.replace("number: 3", "number: 8").replace("principles: [recruitment]", "principles: [recrutement]"));
        TestSites.write(actions.resolve("09.yaml"), valid.replace("number: 3", "number: 9").replace("leading: [hr, science]", "leading: [hr, rh]"));
        TestSites.write(actions.resolve("10.yaml"), valid.replace("number: 3", "number: 10").replace(", en: \"Fictional future action\"", ""));
        TestSites.write(actions.resolve("11.yaml"), valid.replace("number: 3", "number: 11").replace("status: planned", "status: started"));
        TestSites.write(actions.resolve("12.yaml"), valid.replace("number: 3", "number: 12").replace("deadline: \"Q4 2031\"", "deadline: \"2031-Q4\""));
        Path departments = source.resolve("content/hrs4r/departments.yaml");
        Files.writeString(departments, Files.readString(departments)
                + "  - id: hr\n    name: {fr: \"Doublon\", en: \"Duplicate\"}\n");
        Files.delete(source.resolve("content/hrs4r/principles/open-science/initiatives.en.md"));

        out = tmp.resolve("published");
        TestSites.write(out.resolve("index.html"), "previous site");
        build = CommandRun.english("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        french = CommandRun.french("validate", "--source", source.toString(), "--today", "2026-11-20");
    }

    private static String frenchLine(String file, String field) {
        List<String> lines = french.err().lines().filter(l -> l.startsWith(file + ":")).filter(l -> l.contains(field + ": ")).toList();
        assertEquals(1, lines.size(), () -> "one problem for " + file + " " + field + " in:\n" + french.err());
        return lines.get(0);
    }

    private static String line(String file, String field, String words) throws IOException {
        List<String> lines = build.err().lines().filter(l -> l.startsWith(file + ":")).filter(l -> l.contains(field + ": ")).toList();
        assertEquals(1, lines.size(), () -> "one problem for " + file + " " + field + " in:\n" + build.err());
        assertTrue(lines.get(0).contains(words), lines.get(0));
        return lines.get(0);
    }

    private static int lineOf(String file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(source.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    @Test
    void everyProblemIsReportedInOneRunWithANonZeroExitAndNoStackTrace() {
        assertEquals(1, build.exitCode());
        assertFalse(build.err().contains("Exception"), build.err());
        assertFalse(build.err().contains("\tat "), build.err());
        assertTrue(build.err().contains("11 errors in the content"), build.err());
        assertTrue(build.err().contains("Nothing was published; the previous site is unchanged."), build.err());
        assertEquals(1, french.exitCode());
        assertTrue(french.err().contains("11 erreurs dans le contenu"), french.err());
    }

    @Test
    void previousSiteIsLeftUntouched() throws IOException {
        assertEquals("previous site", Files.readString(out.resolve("index.html")));
        try (var siblings = Files.list(tmp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains("staging")), "no staging folder left behind");
        }
    }

    @Test
    void yamlSyntaxErrorGivesItsPosition() throws IOException {
        String file = "content/hrs4r/actions/04.yaml";
        String at = file + ":" + lineOf(file, "Fictional") + ":" + (Files.readAllLines(source.resolve(file)).stream()
                .filter(s -> s.contains("Fictional")).findFirst().orElseThrow().indexOf("Fictional") + 1) + ": ";
        String l = build.err().lines().filter(s -> s.startsWith(file + ":")).findFirst().orElseThrow();
        assertEquals(at + "the text in quotes ends just before here, and more text follows: a closing quote is missing"
                + " earlier on the line, or the text holds a quote of the same kind as the ones around it (put it between"
                + " the other kind of quotes)", l);
        String fr = french.err().lines().filter(s -> s.startsWith(file + ":")).findFirst().orElseThrow();
        assertTrue(fr.startsWith(at + "le texte entre guillemets se termine juste avant ici, et du texte suit : il manque un"
                + " guillemet fermant plus tôt sur la ligne"), fr);
    }

    @Test
    void wrongTypeNamesTheFieldAndWhatWasExpected() throws IOException {
        String l = line("content/hrs4r/actions/05.yaml", "completion", "expected a whole number from 0 to 100, found the text \"forty\"");
        assertTrue(l.startsWith("content/hrs4r/actions/05.yaml:" + lineOf("content/hrs4r/actions/05.yaml", "completion: forty") + ":13:"), l);
        assertTrue(frenchLine("content/hrs4r/actions/05.yaml", "completion").endsWith(
                "completion: attendu : un nombre entier de 0 à 100 ; trouvé : le texte \"forty\""));
    }

    @Test
    void unknownFieldIsReportedAtItsKey() throws IOException {
        String l = line("content/hrs4r/actions/06.yaml", "owner", "unknown field; expected one of number, pillar");
        assertTrue(frenchLine("content/hrs4r/actions/06.yaml", "owner").contains(
                "owner: champ inconnu ; les champs possibles ici sont : number, pillar"));
        assertTrue(l.startsWith("content/hrs4r/actions/06.yaml:" + lineOf("content/hrs4r/actions/06.yaml", "owner:") + ":1:"), l);
    }

    @Test
    void missingRequiredFieldSaysWhatToWrite() throws IOException {
        line("content/hrs4r/actions/07.yaml", "deadline", "this required field is missing; expected the deadline (a quarter and a year such as \"Q2 2029\")");
        assertTrue(frenchLine("content/hrs4r/actions/07.yaml", "deadline").endsWith(
                "deadline: ce champ obligatoire manque ; ajoutez-le, avec un trimestre et une année, par exemple \"Q2 2029\""));
    }

    @Test
    void unknownPrincipleListsTheKnownOnes() throws IOException {
        String l = line("content/hrs4r/actions/08.yaml", "principles[1]", "unknown principle \"recrutement\"; expected one of: ");
        assertTrue(l.contains("recruitment"), l);
        String fr = frenchLine("content/hrs4r/actions/08.yaml", "principles[1]");
        assertTrue(fr.contains("principles[1]: identifiant inconnu (principe) \"recrutement\" ; les identifiants possibles sont : ")
                && fr.contains("recruitment"), fr);
        assertTrue(l.startsWith("content/hrs4r/actions/08.yaml:" + lineOf("content/hrs4r/actions/08.yaml", "recrutement") + ":"), l);
    }

    @Test
    void unknownDepartmentPointsAtTheListItem() throws IOException {
        String l = line("content/hrs4r/actions/09.yaml", "leading[2]", "unknown department \"rh\"");
        assertTrue(l.startsWith("content/hrs4r/actions/09.yaml:" + lineOf("content/hrs4r/actions/09.yaml", "leading:") + ":"
                + (Files.readString(source.resolve("content/hrs4r/actions/09.yaml")).lines()
                        .filter(s -> s.startsWith("leading:")).findFirst().orElseThrow().indexOf("rh") + 1) + ":"), l);
    }

    @Test
    void duplicatedIdentifierNamesTheFirstDefinition() throws IOException {
        String l = line("content/hrs4r/departments.yaml", "departments[3].id", "duplicated department identifier \"hr\"");
        assertTrue(l.contains("departments.yaml line " + lineOf("content/hrs4r/departments.yaml", "- id: hr")), l);
        assertTrue(frenchLine("content/hrs4r/departments.yaml", "departments[3].id").contains("identifiant en double (direction)"
                + " \"hr\" : il est déjà utilisé par departments.yaml ligne " + lineOf("content/hrs4r/departments.yaml", "- id: hr")));
    }

    @Test
    void missingEnglishTextIsReported() throws IOException {
        line("content/hrs4r/actions/10.yaml", "text.en", "this required field is missing; expected the English text");
        line("content/hrs4r/principles/open-science/principle.yaml", "initiatives", "missing English text: expected the file initiatives.en.md");
    }

    @Test
    void unknownStatusListsTheAllowedOnes() throws IOException {
        line("content/hrs4r/actions/11.yaml", "status", "expected one of planned, in_progress, done, cancelled, found the text \"started\"");
    }

    @Test
    void malformedDeadlineShowsTheExpectedForm() throws IOException {
        line("content/hrs4r/actions/12.yaml", "deadline", "expected a quarter and a year such as \"Q2 2029\", found the text \"2031-Q4\"");
    }

    @Test
    void validateReportsTheSameProblemsAndWritesNothing() {
        CommandRun validate = CommandRun.english("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertEquals(1, validate.exitCode());
        assertEquals(build.err().lines().filter(l -> l.startsWith("content/")).toList(),
                validate.err().lines().filter(l -> l.startsWith("content/")).toList());
    }
}
