package fr.imt.portal.content;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each kind of value a content file may hold, checked directly on a few lines of YAML: what it
 * accepts, and for what it refuses, the catalogue key, the field and the line and column an
 * editor is sent to. Its JSON Schema, as an editor's tool applies it, accepts and refuses the same.
 */
class ShapeTest {

    private static final Path FILE = Path.of("cases.yaml");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @Test
    void aTextIsWrittenAsTextAndNotLeftBlank() {
        Shape text = Shape.text();
        accepted(text, "v: Bonjour");
        accepted(text, "v: \"2027\"");
        Problem number = only(text, "v: 2027");
        assertEquals("shape.found", number.message().key());
        assertEquals(Message.of("shape.text.quoted", "2027"), number.message().args().get(0), "a number is to be put in quotes");
        Problem empty = only(text, "v: null");
        assertEquals(Message.of("shape.text"), empty.message().args().get(0), "nothing to quote");
        assertEquals("shape.text.empty", only(text, "v:").message().key());
        assertEquals("shape.text.empty", only(text, "v: \"  \"").message().key());
        assertEquals(Message.of("shape.text"), only(text, "v: [a]").message().args().get(0));
    }

    @Test
    void aWholeNumberIsWithinItsBounds() {
        Shape order = Shape.wholeNumber(1, 20);
        accepted(order, "v: 1");
        accepted(order, "v: 20");
        Problem low = only(order, "v: 0");
        assertEquals(List.of(Message.of("shape.wholeNumber", "1", "20"), Message.of("found.number", "0")), low.message().args());
        assertEquals("found.number", only(order, "v: 21").message().args().get(1) instanceof Message m ? m.key() : "");
        assertEquals(Message.of("found.text", "5"), only(order, "v: \"5\"").message().args().get(1));
        assertEquals(Message.of("found.number", "1.5"), only(order, "v: 1.5").message().args().get(1));
        assertEquals(Message.of("found.list"), only(order, "v: [1]").message().args().get(1));
        refused(order, "v: 99999999999999999999");
    }

    @Test
    void aFigureIsAFiniteNumberOfAtMostFifteenDigitsEachSideOfThePoint() {
        Shape number = Shape.number();
        accepted(number, "v: 22.7");
        accepted(number, "v: 13606");
        accepted(number, "v: 123456789012345.123456789012345");
        assertEquals(Message.of("found.text", "22.7"), only(number, "v: \"22.7\"").message().args().get(1));
        assertEquals(Message.of("found.boolean", "true"), only(number, "v: true").message().args().get(1));
        assertEquals("shape.notFinite", onlyByValidator(number, "v: .nan").message().key());
        assertEquals("shape.notFinite", onlyByValidator(number, "v: .inf").message().key());
        Problem before = onlyByValidator(number, "v: 1234567890123456");
        assertEquals(Message.of("shape.tooManyDigits", Message.of("shape.number"), 15, "1234567890123456"), before.message());
        assertEquals("shape.tooManyDigits", onlyByValidator(number, "v: 0.1234567890123456").message().key());
    }

    @Test
    void aFlagIsTrueOrFalse() {
        accepted(Shape.flag(), "v: true");
        accepted(Shape.flag(), "v: false");
        assertEquals(Message.of("found.text", "oui"), only(Shape.flag(), "v: oui").message().args().get(1));
        refused(Shape.flag(), "v: 1");
    }

    @Test
    void aDateIsARealDayWrittenYearMonthDay() {
        Shape date = Shape.date();
        accepted(date, "v: 2026-03-15");
        accepted(date, "v: 2028-02-29");
        accepted(date, "v: 2000-02-29");
        accepted(date, "v: 2026-12-31");
        Problem notLeap = only(date, "v: 2026-02-29");
        assertEquals(List.of(Message.of("shape.date"), Message.of("found.quoted", "2026-02-29")), notLeap.message().args());
        refused(date, "v: 1900-02-29");
        refused(date, "v: 2026-04-31");
        refused(date, "v: 2026-13-01");
        refused(date, "v: 15/03/2026");
        refused(date, "v: 2026-3-15");
        assertEquals(Message.of("found.number", "20260315"), only(date, "v: 20260315").message().args().get(1));
    }

    @Test
    void aChoiceIsOneOfItsWords() {
        Shape status = Shape.oneOf("planned", "done");
        accepted(status, "v: done");
        Problem started = only(status, "v: started");
        assertEquals(Message.of("shape.oneOf", List.of("planned", "done")), started.message().args().get(0));
        refused(status, "v: Done");
        refused(status, "v: 1");
    }

    @Test
    void anIdentifierIsLowerCaseWordsJoinedByDashes() {
        Shape id = Shape.identifier();
        accepted(id, "v: open-science");
        accepted(id, "v: m1");
        for (String wrong : List.of("Open-Science", "open--science", "-open", "open-", "open science", "open_science")) {
            assertEquals(Message.of("shape.identifier"), only(id, "v: " + wrong).message().args().get(0), wrong);
        }
        Shape quarter = Shape.pattern("Q[1-4] \\d{4}", "shape.quarter");
        accepted(quarter, "v: Q2 2029");
        assertEquals(Message.of("shape.quarter"), only(quarter, "v: Q5 2029").message().args().get(0));
        refused(quarter, "v: x Q2 2029");
    }

    @Test
    void aReferenceIsCheckedAsItsIdentifierAndItsSchemaListsTheSitesOnes() {
        Shape principle = Shape.reference("principle");
        accepted(principle, "v: recruitment");
        assertEquals(Message.of("shape.identifier"), principle.expected());
        assertEquals(Message.of("shape.identifier"), only(principle, "v: Recruitment").message().args().get(0));
        assertTrue(schemaErrors(principle, "v: recruitment").isEmpty());
        assertTrue(!schemaErrors(principle, "v: unknown-principle").isEmpty(), "the schema knows the site's principles");
    }

    @Test
    void aListHasItsLeastNumberOfItemsEachCheckedAtItsPlace() {
        Shape list = Shape.listOf(Shape.identifier(), 1);
        accepted(list, "v: [hr, science]");
        accepted(Shape.listOf(Shape.identifier(), 0), "v: []");
        Problem empty = only(list, "v: []");
        assertEquals(List.of(Message.of("shape.list.atLeast", 1), Message.of("found.items", 0)), empty.message().args());
        Problem notAList = only(list, "v: hr");
        assertEquals(Message.of("shape.list.of", Message.of("shape.list.atLeast", 1), Message.of("shape.identifier")),
                notAList.message().args().get(0));
        assertEquals(Message.of("shape.list.of", Message.of("shape.list"), Message.of("shape.identifier")),
                only(Shape.listOf(Shape.identifier(), 0), "v: hr").message().args().get(0));
        Problem second = only(list, "v:\n  - hr\n  - Science\n");
        assertEquals("v[2]", second.field());
        assertEquals(3, second.position().line());
        assertEquals(5, second.position().column());
    }

    @Test
    void valuesByYearHaveYearsOfTheirRangeAsKeys() {
        Shape values = Shape.byYear(2023, 2027, Shape.number());
        accepted(values, "v: {2023: 12, 2027: 13.5}");
        Problem before = only(values, "v:\n  2023: 1\n  2022: 2\n");
        assertEquals("v.2022", before.field());
        assertEquals(3, before.position().line());
        assertEquals(3, before.position().column(), "at the year, not its value");
        assertEquals(List.of(Message.of("shape.year", "2023", "2027"), Message.of("found.quoted", "2022")), before.message().args());
        assertEquals("v.2028", only(values, "v: {2028: 1}").field());
        assertEquals("v.twenty", only(values, "v: {twenty: 1}").field());
        assertEquals("v.2024", only(values, "v: {2024: x}").field());
        assertEquals(Message.of("shape.byYear", "2023", "2027"), only(values, "v: 12").message().args().get(0));
    }

    @Test
    void aDecimalCommaIsOneMistakeSaidAsSuch() {
        Shape values = Shape.byYear(2023, 2027, Shape.number());
        Problem comma = onlyByValidator(values, "v: {2024: 14460,5, 2025: 3}");
        assertEquals("shape.decimalComma", comma.message().key());
        assertEquals("v.2024", comma.field());
        assertEquals(List.of("14460,5", "14460.5"), comma.message().args());
        Problem spaced = onlyByValidator(values, "v: {2023: 1,\n  2024: 14 460,5}");
        assertEquals(List.of("14 460,5", "14460.5"), spaced.message().args());
        assertEquals(2, spaced.position().line());
        Problems twoLines = check(values, "v:\n  2024: 14460\n  5:\n");
        assertEquals(List.of("v.5"), twoLines.errors().stream().map(Problem::field).toList(), "on two lines it is a key of its own");
    }

    @Test
    void valuesByIdentifierAreCheckedUnderTheirKey() {
        Shape bySchool = Shape.byIdentifier("school", Shape.number());
        accepted(bySchool, "v: {alpha: 1, beta: 2}");
        assertEquals("v.beta", only(bySchool, "v: {alpha: 1, beta: x}").field());
        assertEquals(Message.of("shape.byIdentifier"), only(bySchool, "v: [1]").message().args().get(0));
    }

    @Test
    void anExplicitEmptyValueIsAcceptedWhereAllowed() {
        Shape maybe = Shape.orNull(Shape.number());
        assertEquals(List.of(), check(maybe, "v: ~").errors(), "YAML's other way to write null");
        accepted(maybe, "v: null");
        accepted(maybe, "v: 3");
        assertEquals(Message.of("shape.number"), only(maybe, "v: x").message().args().get(0));
        assertEquals(Message.of("shape.orNull", Message.of("shape.number")), maybe.expected());
    }

    @Test
    void eitherShapeReportsTheAlternativeOfTheValuesKind() {
        Shape.Group map = Shape.group(Shape.Field.required("value", Shape.number(), "the number"));
        Shape figure = Shape.either("shape.figure", Shape.number(), map);
        accepted(figure, "v: 12");
        accepted(figure, "v: {value: 12}");
        Problem inMap = only(figure, "v: {value: x}");
        assertEquals("v.value", inMap.field(), "the group's own error, at its field");
        assertEquals(Message.of("shape.number"), only(figure, "v: x").message().args().get(0));
        Problem onlyGroups = only(Shape.either("shape.figure", map), "v: x");
        assertEquals(List.of(Message.of("shape.figure"), Message.of("found.text", "x")), onlyGroups.message().args());
    }

    @Test
    void aGroupNamesAnUnknownFieldAtItsKeyAndAMissingOneAtTheGroup() {
        Shape.Group group = Shape.group(Shape.Field.required("number", Shape.wholeNumber(1, 99), "the action's number in the plan"),
                Shape.Field.optional("note", Shape.text(), "a note on the value"));
        accepted(group, "v: {number: 3}");
        accepted(group, "v: {number: 3, note: Voir}");
        Problem unknown = only(group, "v:\n  number: 3\n  owner: me\n");
        assertEquals("shape.unknownField", unknown.message().key());
        assertEquals("v.owner", unknown.field());
        assertEquals(List.of(List.of("number", "note")), unknown.message().args());
        assertEquals(3, unknown.position().line());
        assertEquals(3, unknown.position().column());
        Problem missing = only(group, "v:\n  note: Voir\n");
        assertEquals("v.number", missing.field());
        assertEquals(List.of("the action's number in the plan", Message.of("shape.wholeNumber", "1", "99")), missing.message().args());
        assertEquals(2, missing.position().line());
        assertEquals(Message.of("shape.group", List.of("number", "note")), only(group, "v: 3").message().args().get(0));
        assertEquals(Message.of("shape.bilingual"), only(Shape.bilingual(), "v: Bonjour").message().args().get(0));
        assertEquals(List.of("v.en"), check(Shape.bilingual(), "v: {fr: Bonjour}").errors().stream().map(Problem::field).toList());
    }

    @Test
    void aGroupAtTheTopOfAFileNamesItsFieldsAlone() {
        Shape.Group group = Shape.group(Shape.Field.required("number", Shape.wholeNumber(1, 99), "the action's number in the plan"));
        Problems problems = new Problems();
        group.check(YamlReader.parse(FILE, "number: 0\nowner: me\n", problems).orElseThrow(), "", problems);
        assertEquals(List.of("number", "owner"), problems.errors().stream().map(Problem::field).toList());
    }

    @Test
    void groupRulesTieFieldsTogether() {
        Shape.Group target = Shape.group(Shape.Field.optional("value", Shape.number(), "the number"),
                        Shape.Field.optional("text", Shape.bilingual(), "the target's wording"),
                        Shape.Field.optional("above", Shape.flag(), "whether the source marks it provisional"), Shape.Field.optional("below", Shape.flag(), "whether the value is provisional"),
                        Shape.Field.optional("provisional", Shape.flag(), "whether the value is provisional"), Shape.Field.optional("note", Shape.text(), "a note on the value"))
                .where(Shape.Rule.atLeastOne("rule.target", "value", "text"), Shape.Rule.atMostOne("rule.oneQualifier", "above", "below"),
                        Shape.Rule.requiredWhen("provisional", true, "note", "rule.previousContract"));
        accepted(target, "v: {value: 3}");
        accepted(target, "v: {text: {fr: a, en: b}, above: true}");
        accepted(target, "v: {value: 3, provisional: false}");
        accepted(target, "v: {value: 3, provisional: true, note: estimé}");
        Problem none = only(target, "v:\n  above: true\n");
        assertEquals("rule.target", none.message().key());
        assertEquals("v", none.field());
        assertEquals(2, none.position().line());
        assertEquals("rule.oneQualifier", only(target, "v: {value: 3, above: true, below: true}").message().key());
        Problem noNote = only(target, "v: {value: 3, provisional: true}");
        assertEquals("rule.previousContract", noNote.message().key());
        assertEquals("v.note", noNote.field());

        Shape.Group whenFalse = Shape.group(Shape.Field.optional("previous_only", Shape.flag(), "whether the indicator belongs to the previous contract only"),
                Shape.Field.optional("targets", Shape.number(), "the targets")).where(Shape.Rule.requiredWhen("previous_only", false, "targets", "rule.targets"));
        assertEquals("v.targets", only(whenFalse, "v: {previous_only: false}").field());
        assertEquals("v.targets", only(whenFalse, "v: {}").field(), "an absent flag counts as false");
        accepted(whenFalse, "v: {previous_only: true}");
        accepted(whenFalse, "v: {targets: 3}");
    }

    @Test
    void aGroupExtendedWithMoreFieldsKeepsItsRules() {
        Shape.Group base = Shape.group(Shape.Field.optional("value", Shape.number(), "the number"))
                .where(Shape.Rule.atLeastOne("rule.target", "value", "text"));
        Shape.Group more = base.with(Shape.Field.optional("text", Shape.text(), "the target's wording"));
        accepted(more, "v: {text: a}");
        assertEquals("rule.target", only(more, "v: {}").message().key());
        assertEquals(List.of("value", "text"), List.copyOf(more.byName().keySet()));
    }

    // ---- helpers

    private static Problems check(Shape shape, String yaml) {
        Problems problems = new Problems();
        YamlNode.Mapping doc = (YamlNode.Mapping) YamlReader.parse(FILE, yaml, problems).orElseThrow();
        assertEquals(List.of(), problems.errors(), "the case is valid YAML");
        shape.check(doc.get("v"), "v", problems);
        return problems;
    }

    private static void accepted(Shape shape, String yaml) {
        assertEquals(List.of(), check(shape, yaml).errors().stream().map(p -> p.describe(null, Lang.EN)).toList(), yaml);
        assertEquals(List.of(), schemaErrors(shape, yaml), "the schema accepts " + yaml);
    }

    private static void refused(Shape shape, String yaml) {
        assertTrue(check(shape, yaml).hasErrors(), yaml);
        assertTrue(!schemaErrors(shape, yaml).isEmpty(), "the schema refuses " + yaml);
    }

    /** The one error of {@code yaml}, which the schema refuses too. */
    private static Problem only(Shape shape, String yaml) {
        Problem p = onlyByValidator(shape, yaml);
        assertTrue(!schemaErrors(shape, yaml).isEmpty(), "the schema refuses " + yaml);
        return p;
    }

    /** The one error of {@code yaml}, for a rule JSON Schema cannot say (digits, finite numbers, a decimal comma). */
    private static Problem onlyByValidator(Shape shape, String yaml) {
        List<Problem> errors = check(shape, yaml).errors();
        assertEquals(1, errors.size(), () -> yaml + ": " + errors.stream().map(p -> p.describe(null, Lang.EN)).toList());
        assertEquals(FILE, errors.get(0).position().file());
        return errors.get(0);
    }

    /** What the shape's JSON Schema says of the value {@code v} of {@code yaml}, the site knowing two principles and two schools. */
    private static List<String> schemaErrors(Shape shape, String yaml) {
        String schema = "{\"type\":\"object\",\"properties\":{\"v\":" + shape.schema() + "},"
                + "\"definitions\":{\"principle\":{\"enum\":[\"recruitment\",\"open-science\"]},\"school\":{\"enum\":[\"alpha\",\"beta\"]}}}";
        Schema compiled = REGISTRY.getSchema(schema);
        return compiled.validate(YAML.readTree(yaml)).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
    }
}
