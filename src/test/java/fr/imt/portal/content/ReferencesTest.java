package fr.imt.portal.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * References between files, checked directly: an identifier defined twice, a reference to an
 * unknown one (listing those that exist), and one mistake, one error: references to what a
 * broken file would define are not reported, its first error says what it holds back instead.
 */
class ReferencesTest {

    private static final Path PILLARS = Path.of("content/hrs4r/pillars.yaml");

    @Test
    void anIdentifierDefinedTwiceIsAnErrorPointingToTheFirst() {
        References references = new References();
        Problems problems = new Problems();
        assertTrue(references.define("pillar", "ethics", new SourcePosition(PILLARS, 3, 9), "pillars.id", problems));
        assertTrue(references.define("department", "ethics", new SourcePosition(PILLARS, 4, 9), "x", problems), "another kind");
        assertFalse(references.define("pillar", "ethics", new SourcePosition(PILLARS, 7, 9), "pillars.id", problems));
        Problem p = problems.errors().get(0);
        assertEquals("ref.duplicate", p.message().key());
        assertEquals(List.of(Message.of("kind.pillar"), "ethics", "pillars.yaml", "3"), p.message().args());
        assertEquals(7, p.position().line());
        assertEquals(1, problems.errors().size());
    }

    @Test
    void aReferenceToAnUnknownIdentifierListsTheKnownOnes() {
        References references = new References();
        Problems problems = new Problems();
        references.define("pillar", "ethics", new SourcePosition(PILLARS, 3, 9), "pillars.id", problems);
        references.define("pillar", "evaluation", new SourcePosition(PILLARS, 6, 9), "pillars.id", problems);
        Path action = Path.of("content/hrs4r/actions/01.yaml");
        references.refer("pillar", "ethics", new SourcePosition(action, 2, 9), "pillar");
        references.refer("pillar", "ethic", new SourcePosition(action, 2, 9), "pillar");
        references.refer("unit", "students", new SourcePosition(action, 3, 9), "unit");
        references.check(problems);
        assertEquals(List.of("pillar [kind.pillar, ethic, [ethics, evaluation]]", "unit [kind.unit, students, list.none]"),
                problems.errors().stream().map(p -> p.field() + " " + p.message().args().stream()
                        .map(a -> a instanceof Message m ? m.key() : a.toString()).toList()).toList());
    }

    @Test
    void referencesFromAListAndAFieldAreRecordedAtTheirPlace() {
        Problems read = new Problems();
        YamlNode.Mapping map = (YamlNode.Mapping) YamlReader.parse(Path.of("a.yaml"), "leading: [hr, rh]\npillar: ethik\nparent: null\n", read).orElseThrow();
        References references = new References();
        Problems problems = new Problems();
        references.define("department", "hr", SourcePosition.startOf(PILLARS), "", problems);
        references.referAll("department", map, "leading");
        references.referOne("pillar", map, "pillar");
        references.referOne("indicator", map, "parent");
        references.referOne("indicator", map, "absent");
        references.check(problems);
        assertEquals(List.of("1:15 leading[2]", "2:9 pillar"), problems.errors().stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.field()).toList());
    }

    @Test
    void referencesToWhatABrokenFileWouldDefineAreItsFirstErrorsConsequence() {
        References references = new References();
        Problems problems = new Problems();
        Path principle = Path.of("content/hrs4r/principles/recruitment/principle.yaml");
        problems.error(new SourcePosition(principle, 4, 1), "rating", "file.missing");
        problems.error(new SourcePosition(principle, 2, 1), "id", "file.missing");
        references.broken("principle", "recruitment", principle);
        List<Path> actions = List.of(Path.of("content/hrs4r/actions/01.yaml"), Path.of("content/hrs4r/actions/02.yaml"),
                Path.of("content/hrs4r/actions/03.yaml"), Path.of("content/hrs4r/actions/04.yaml"), Path.of("content/hrs4r/actions/05.yaml"));
        for (Path action : actions) {
            references.refer("principle", "recruitment", new SourcePosition(action, 5, 14), "principles[1]");
        }
        references.refer("principle", "open-science", new SourcePosition(actions.get(0), 5, 20), "principles[2]");
        references.check(problems);
        List<Problem> errors = problems.errors();
        assertEquals(List.of("principles[2]", "id", "rating"), errors.stream().map(Problem::field).toList(), "no error at each reference");
        Message consequence = (Message) errors.get(1).message().args().get(1);
        assertEquals(Message.of("ref.heldBack", Message.of("kind.principle"), List.of("\"recruitment\""), 1, 5,
                List.of("actions/01.yaml", "actions/02.yaml", "actions/03.yaml", Message.of("list.more", 2))), consequence);
        assertEquals("problem.consequence", errors.get(1).message().key());
        assertEquals("file.missing", errors.get(2).message().key(), "only the first error says it");
    }

    @Test
    void aBrokenFileOfAWholeKindHoldsBackEveryReferenceToIt() {
        References references = new References();
        Problems problems = new Problems();
        problems.error(new SourcePosition(PILLARS, 1, 1), "", "yaml.empty");
        references.brokenKind("pillar", PILLARS);
        Path action = Path.of("content/hrs4r/actions/01.yaml");
        references.refer("pillar", "ethics", new SourcePosition(action, 2, 9), "pillar");
        references.refer("pillar", "evaluation", new SourcePosition(action, 2, 9), "pillar");
        references.refer("pillar", "ethics", new SourcePosition(Path.of("02.yaml"), 2, 9), "pillar");
        references.check(problems);
        assertEquals(1, problems.errors().size());
        Message consequence = (Message) problems.errors().get(0).message().args().get(1);
        assertEquals(Message.of("ref.heldBack", Message.of("kind.pillar"), List.of("\"ethics\"", "\"evaluation\""), 2, 2,
                List.of("actions/01.yaml", "02.yaml")), consequence);
    }
}
