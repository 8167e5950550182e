package fr.imt.portal.content;

import fr.imt.portal.TestSites;
import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loaders' own rules, each broken once in a copy of the fixture site {@code progress} and
 * all found in one direct check of the content: the catalogue key, the file, the line and the
 * field of each problem, and nothing else reported for the same file.
 */
class PlantedProblemsTest {

    static final Path FIXTURE = Path.of("src/test/resources/sites/progress/content").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    // Planted and checked for each test, not once for the class: a mutation test attributes what a
    // test covers by running it alone, and a class-wide check would count for the first test only.
    @TempDir
    Path tmp;
    Path content;
    List<Problem> errors;
    List<Problem> warnings;

    @BeforeEach
    void plantAndCheck() throws IOException {
        content = tmp.resolve("site/content");
        TestSites.copyTree(FIXTURE, content);
        Path actions = content.resolve("hrs4r/actions");
        String three = Files.readString(actions.resolve("03.yaml"));
        // An unknown principle and an unknown department.
        write("hrs4r/actions/04.yaml", three.replace("number: 3", "number: 4").replace("principles: [recruitment]", "principles: [recrutement]")
                .replace("leading: [hr, science]", "leading: [hr, rh]"));
        // A number that is not the file's.
        write("hrs4r/actions/05.yaml", three.replace("number: 3", "number: 6"));
        // A deadline not written as a quarter.
        write("hrs4r/actions/07.yaml", three.replace("number: 3", "number: 7").replace("deadline: \"Q4 2031\"", "deadline: \"2031-Q4\""));
        // Done, but the last entry that sets a status says in progress.
        edit("hrs4r/actions/01.yaml", "status: in_progress   # set by the entry of 2025-06-01", "status: done");
        // The same department twice.
        append("hrs4r/departments.yaml", "  - id: hr\n    name: {fr: \"Doublon\", en: \"Duplicate\"}\n");
        // A principle whose id is not its folder's name, and a principle without its English initiatives.
        edit("hrs4r/principles/open-science/principle.yaml", "id: open-science", "id: open-sciences");
        Files.delete(content.resolve("hrs4r/principles/recruitment/initiatives.en.md"));
        // Two steps for 2024, and a progress entry that cancels the 2027 step while the step says planned.
        edit("cop/milestones/J1.yaml", "  - year: 2025\n", "  - year: 2024\n    text: {fr: \"Doublon\", en: \"Duplicate\"}\n  - year: 2025\n");
        append("cop/milestones/J1.yaml", "  - date: 2026-03-01\n    year: 2027\n    status: cancelled\n    text: {fr: \"Abandon\", en: \"Dropped\"}\n");
        // An actual value in a unit that is not the indicator's, and an objective that does not exist.
        edit("cop/indicators/rising.yaml", "2024: {value: 12500, unit: students}", "2024: {value: 12500, unit: kwh}");
        edit("cop/indicators/qualitative.yaml", "objectives: [M1]", "objectives: [M9]");
        // An indicator whose id is not its file's name.
        edit("cop/indicators/falling.yaml", "id: falling", "id: fallen");
        // A row pointing to a footnote mark the school does not define.
        edit("cop/schools/alpha/school.yaml", "footnotes: [\"(*)\"]", "footnotes: [\"(**)\"]");
        // News: a header's date that is not the file name's, a post without a header.
        edit("news/2025-06-01-guide.en.md", "date: 2025-06-01", "date: 2025-06-02");
        write("news/2025-08-01-plain.fr.md", "Pas d'en-tête.\n");

        Problems problems = ContentLoader.check(content, TODAY);
        errors = problems.errors();
        warnings = problems.warnings();
    }

    @Test
    void referencesToUnknownIdentifiersAreErrorsAtTheirItem() {
        Problem principle = the("hrs4r/actions/04.yaml", "principles[1]");
        assertEquals("ref.unknown", principle.message().key());
        assertEquals(lineOf("hrs4r/actions/04.yaml", "principles:"), principle.position().line());
        assertTrue(principle.message(Lang.EN).contains("\"recrutement\""), principle.message(Lang.EN));
        assertTrue(principle.message(Lang.EN).contains("recruitment"), "the known ones are listed: " + principle.message(Lang.EN));
        assertEquals("ref.unknown", the("hrs4r/actions/04.yaml", "leading[2]").message().key());
        assertEquals("ref.unknown", the("cop/indicators/qualitative.yaml", "objectives[1]").message().key());
    }

    @Test
    void anActionsNumberIsItsFilesName() {
        Problem p = the("hrs4r/actions/05.yaml", "number");
        assertEquals("hrs4r.actionFile", p.message().key());
        assertEquals(List.of("6", "06.yaml"), p.message().args());
        assertEquals(lineOf("hrs4r/actions/05.yaml", "number:"), p.position().line());
    }

    @Test
    void aDeadlineIsAQuarterAndAYear() {
        Problem p = the("hrs4r/actions/07.yaml", "deadline");
        assertEquals("shape.found", p.message().key());
        assertEquals(Message.of("shape.quarter"), p.message().args().get(0));
    }

    @Test
    void theStatusAgreesWithTheLatestEntryThatSetsOne() {
        Problem action = the("hrs4r/actions/01.yaml", "status");
        assertEquals("progress.statusDisagrees", action.message().key());
        assertTrue(action.message(Lang.EN).contains("in_progress") && action.message(Lang.EN).contains("2025-06-01"), action.message(Lang.EN));
        Problem step = errorsIn("cop/milestones/J1.yaml").stream().filter(p -> p.message().key().startsWith("progress.")).findFirst().orElseThrow();
        assertEquals("progress.statusDisagrees", step.message().key());
        assertTrue(step.message(Lang.EN).contains("cancelled") && step.message(Lang.EN).contains("planned"), step.message(Lang.EN));
    }

    @Test
    void anIdentifierIsDefinedOnce() {
        Problem p = the("hrs4r/departments.yaml", "departments[3].id");
        assertEquals("ref.duplicate", p.message().key());
        assertEquals(lineOf("hrs4r/departments.yaml", "  - id: hr\n    name: {fr: \"Doublon\""), p.position().line());
        assertTrue(p.message(Lang.EN).contains("line " + lineOf("hrs4r/departments.yaml", "  - id: hr")), "points to the first: " + p.message(Lang.EN));
    }

    @Test
    void anIdentifierIsItsFileOrFoldersName() {
        Problem principle = the("hrs4r/principles/open-science/principle.yaml", "id");
        // Two actions cite the folder's name: the error says it holds them back, instead of one error in each.
        assertEquals("problem.consequence", principle.message().key());
        Message cause = (Message) principle.message().args().get(0);
        assertEquals("hrs4r.principleId", cause.key());
        assertEquals(List.of("open-science", "open-sciences"), cause.args());
        assertEquals("ref.heldBack", ((Message) principle.message().args().get(1)).key());
        assertTrue(errorsIn("hrs4r/actions/01.yaml").stream().noneMatch(p -> p.message().key().equals("ref.unknown")));
        Problem indicator = the("cop/indicators/falling.yaml", "id");
        assertEquals("cop.idFile", indicator.message().key());
        assertEquals(List.of("falling", "fallen"), indicator.message().args());
    }

    @Test
    void aMissingTranslationNamesTheFileExpected() {
        Problem p = errorsIn("hrs4r/principles/recruitment/principle.yaml").stream()
                .filter(e -> e.message().key().equals("prose.missingEnglish")).findFirst().orElseThrow();
        assertTrue(p.message(Lang.EN).contains("initiatives.en.md"), p.message(Lang.EN));
    }

    @Test
    void aMilestoneHasOneStepPerYear() {
        Problem p = errorsIn("cop/milestones/J1.yaml").stream().filter(e -> e.message().key().equals("cop.stepTwice")).findFirst().orElseThrow();
        assertEquals(List.of(2024), p.message().args().stream().map(a -> Integer.valueOf(a.toString())).toList());
        assertEquals(lineOf("cop/milestones/J1.yaml", "  - year: 2024\n    text: {fr: \"Doublon\""), p.position().line());
    }

    @Test
    void anActualValueInAnotherUnitThanItsIndicatorsIsAMismatch() {
        Problem p = errorsIn("cop/indicators/rising.yaml").stream().filter(e -> e.message().key().equals("cop.unitMismatch")).findFirst().orElseThrow();
        assertEquals(lineOf("cop/indicators/rising.yaml", "2024: {value: 12500"), p.position().line());
        assertTrue(p.message(Lang.EN).contains("rising"), p.message(Lang.EN));
    }

    @Test
    void aRowsFootnoteMarkIsOneTheSchoolDefines() {
        Problem p = errorsIn("cop/schools/alpha/school.yaml").stream().filter(e -> e.message().key().equals("cop.unknownFootnote")).findFirst().orElseThrow();
        assertEquals("(**)", p.message().args().get(0));
        assertEquals(lineOf("cop/schools/alpha/school.yaml", "footnotes: [\"(**)\"]"), p.position().line());
    }

    @Test
    void aNewsPostHasAHeaderWhoseDateIsItsFileNames() {
        assertEquals(List.of("news.date"), errorsIn("news/2025-06-01-guide.en.md").stream().map(p -> p.message().key()).toList());
        assertEquals(List.of("news.noHeader"), errorsIn("news/2025-08-01-plain.fr.md").stream().map(p -> p.message().key()).toList());
        assertTrue(errorsIn("news/2025-06-01-guide.fr.md").isEmpty(), "its French twin is right");
    }

    @Test
    void filesLeftAloneHaveNoError() {
        for (String file : List.of("hrs4r/actions/03.yaml", "hrs4r/pillars.yaml", "cop/contract.yaml", "cop/units.yaml",
                "cop/objectives/M1.yaml")) {
            assertEquals(List.of(), errorsIn(file), file);
        }
    }

    private Problem the(String file, String field) {
        List<Problem> found = errorsIn(file).stream().filter(p -> p.field().equals(field)).toList();
        assertEquals(1, found.size(), () -> file + " " + field + " in " + describe(errors));
        return found.get(0);
    }

    private List<Problem> errorsIn(String file) {
        return errors.stream().filter(p -> p.position().file().equals(content.resolve(file))).toList();
    }

    private List<String> describe(List<Problem> problems) {
        return problems.stream().map(p -> p.describe(content, Lang.EN)).toList();
    }

    /** The line where {@code text} starts in {@code file}. */
    private int lineOf(String file, String text) {
        try {
            String all = Files.readString(content.resolve(file));
            int at = all.indexOf(text);
            assertFalse(at < 0, text + " in " + file);
            return (int) all.substring(0, at).chars().filter(c -> c == '\n').count() + 1 + (text.startsWith("\n") ? 1 : 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void write(String file, String text) {
        TestSites.write(content.resolve(file), text);
    }

    private void edit(String file, String from, String to) {
        TestSites.edit(content.resolve(file), from, to);
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(content.resolve(file), text, java.nio.file.StandardOpenOption.APPEND);
    }
}
