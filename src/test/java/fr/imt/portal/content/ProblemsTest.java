package fr.imt.portal.content;

import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Problems as data and how they read: collected in one run, listed in reading order (file, line,
 * column), errors apart from warnings, a consequence added to a file's first error only, and
 * each put into words in the editor's language with its place relative to the site.
 */
class ProblemsTest {

    private static final Path ROOT = Path.of("/site").toAbsolutePath();

    @Test
    void problemsAreListedInReadingOrderErrorsApartFromWarnings() {
        Problems problems = new Problems();
        problems.error(at("b.yaml", 1, 1), "x", "file.missing");
        problems.error(at("a.yaml", 10, 1), "x", "file.missing");
        problems.error(at("a.yaml", 2, 5), "x", "file.missing");
        problems.error(at("a.yaml", 2, 3), "y", "file.missing");
        problems.warning(at("a.yaml", 1, 1), "", "check.noEntry");
        assertEquals(List.of("a.yaml:2:3", "a.yaml:2:5", "a.yaml:10:1", "b.yaml:1:1"), problems.errors().stream()
                .map(p -> p.describe(ROOT, Lang.EN).split(": ")[0]).toList());
        assertEquals(1, problems.warnings().size());
        assertTrue(problems.hasErrors());
        Problems onlyWarnings = new Problems();
        onlyWarnings.warning(at("a.yaml", 1, 1), "", "check.noEntry");
        assertFalse(onlyWarnings.hasErrors());
    }

    @Test
    void problemsAtTheSamePlaceAreOrderedByFieldThenMessage() {
        Problems problems = new Problems();
        problems.error(at("a.yaml", 1, 1), "b", "file.missing");
        problems.error(at("a.yaml", 1, 1), "a", "yaml.empty");
        problems.error(at("a.yaml", 1, 1), "a", "file.missing");
        assertEquals(List.of("a file.missing", "a yaml.empty", "b file.missing"), problems.errors().stream()
                .map(p -> p.field() + " " + p.message().key()).toList());
    }

    @Test
    void aConsequenceIsAddedToTheFilesFirstErrorOnly() {
        Problems problems = new Problems();
        Path file = ROOT.resolve("a.yaml");
        problems.error(new SourcePosition(file, 5, 1), "later", "file.missing");
        problems.error(new SourcePosition(file, 2, 1), "first", "file.missing");
        problems.warning(new SourcePosition(file, 1, 1), "", "check.noEntry");
        problems.error(at("other.yaml", 1, 1), "", "file.missing");
        Message consequence = Message.of("check.noEntry");
        problems.addConsequence(file, consequence);
        List<Problem> errors = problems.errors();
        assertEquals(Message.of("problem.consequence", Message.of("file.missing"), consequence), errors.get(0).message());
        assertEquals("first", errors.get(0).field());
        assertEquals(Message.of("file.missing"), errors.get(1).message());
        assertEquals(Message.of("file.missing"), errors.get(2).message(), "another file's error is left as it was");
        assertEquals(Message.of("check.noEntry"), problems.warnings().get(0).message());
        Problems none = new Problems();
        none.addConsequence(file, consequence);
        assertFalse(none.hasErrors());
    }

    @Test
    void problemsFoundApartAreAddedWhole() {
        Problems apart = new Problems();
        apart.error(ROOT.resolve("a.yaml"), "f", "file.missing");
        apart.warning(at("a.yaml", 3, 1), "", "check.noEntry");
        Problems all = new Problems();
        all.addAll(apart);
        assertEquals(apart.errors(), all.errors());
        assertEquals(apart.warnings(), all.warnings());
        assertEquals(SourcePosition.startOf(ROOT.resolve("a.yaml")), all.errors().get(0).position());
    }

    @Test
    void aProblemReadsAsFileLineColumnFieldAndMessageInTheEditorsLanguage() {
        Problem error = new Problem(Problem.Severity.ERROR, at("hrs4r/actions/03.yaml", 4, 7), "deadline",
                Message.of("shape.found", Message.of("shape.oneOf", List.of("a", "b")), Message.of("found.items", 3)));
        assertEquals("hrs4r/actions/03.yaml:4:7: deadline: expected one of a, b, found 3 items", error.describe(ROOT, Lang.EN));
        assertEquals("hrs4r/actions/03.yaml:4:7: deadline: attendu : l’une de ces valeurs : a, b ; trouvé : 3 éléments",
                error.describe(ROOT, Lang.FR));
        Problem warning = new Problem(Problem.Severity.WARNING, at("a.yaml", 1, 1), "", Message.of("file.missing"));
        assertEquals("a.yaml:1:1: warning: this file is missing; see content/FORMAT.md for what it holds", warning.describe(ROOT, Lang.EN));
        assertEquals("a.yaml:1:1: avertissement : ce fichier manque ; voir content/FORMAT.md pour ce qu’il contient",
                warning.describe(ROOT, Lang.FR));
    }

    @Test
    void aFileOutsideTheSiteOrRelativeIsShownAsItIs() {
        Problem outside = new Problem(Problem.Severity.ERROR, new SourcePosition(Path.of("/elsewhere/x.yaml").toAbsolutePath(), 1, 2), "",
                Message.of("yaml.empty"));
        assertTrue(outside.describe(ROOT, Lang.EN).startsWith(Path.of("/elsewhere/x.yaml").toAbsolutePath().toString().replace('\\', '/') + ":1:2: "));
        Problem relative = new Problem(Problem.Severity.ERROR, new SourcePosition(Path.of("content/x.yaml"), 1, 2), "", Message.of("yaml.empty"));
        assertTrue(relative.describe(ROOT, Lang.EN).startsWith("content/x.yaml:1:2: "));
        assertTrue(relative.describe(null, Lang.EN).startsWith("content/x.yaml:1:2: "));
    }

    @Test
    void pluralsAndPathsAreWrittenAsTheLanguageDoes() {
        Catalogue en = Catalogue.in(Lang.EN);
        assertEquals(Lang.EN, en.lang());
        assertEquals("an empty list", en.say("found.items", 0));
        assertEquals("1 item", en.say("found.items", 1));
        assertEquals("2 items", en.say("found.items", 2));
        assertEquals("1 élément", Catalogue.in(Lang.FR).say("found.items", 1));
        assertEquals("expected a/b.yaml, found x", en.say("shape.found", Path.of("a", "b.yaml"), "x"));
        assertTrue(en.has("found.items"));
        assertFalse(en.has("no.such.key"));
        assertEquals(Catalogue.in(Lang.FR).keys(), en.keys());
        assertThrows(IllegalStateException.class, () -> en.say("no.such.key"));
    }

    private static SourcePosition at(String file, int line, int column) {
        return new SourcePosition(ROOT.resolve(file), line, column);
    }
}
