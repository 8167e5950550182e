package fr.imt.portal.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * YAML as editors write it, read directly: each value with its kind and place, and each mistake
 * made by hand said as what to do (the catalogue key) at the line and column to fix.
 */
class YamlReaderTest {

    private static final Path FILE = Path.of("actions/03.yaml");

    @Test
    void eachValueKeepsItsKindAndItsPlace() {
        YamlNode.Mapping map = (YamlNode.Mapping) read("number: 3\nrate: 22.7\ndone: true\nnone:\ntitle: \"12\"\nlist:\n  - a\n  - 2\n");
        assertEquals(YamlNode.Scalar.Kind.INTEGER, scalar(map, "number").kind());
        assertEquals("22.7", scalar(map, "rate").text());
        assertEquals(YamlNode.Scalar.Kind.DECIMAL, scalar(map, "rate").kind());
        assertEquals(YamlNode.Scalar.Kind.BOOLEAN, scalar(map, "done").kind());
        assertEquals(YamlNode.Scalar.Kind.TEXT, scalar(map, "title").kind(), "a number in quotes is text");
        assertEquals(new SourcePosition(FILE, 2, 7), scalar(map, "rate").position());
        assertEquals(new SourcePosition(FILE, 3, 1), map.entries().get("done").keyPosition());
        YamlNode.Sequence list = assertInstanceOf(YamlNode.Sequence.class, map.get("list"));
        assertEquals(2, list.items().size());
        assertEquals(new SourcePosition(FILE, 8, 5), list.items().get(1).position());
        assertEquals(List.of("number", "rate", "done", "none", "title", "list"), List.copyOf(map.entries().keySet()), "in the file's order");
        assertEquals(YamlNode.Scalar.Kind.NULL, scalar((YamlNode.Mapping) read("a: null\n"), "a").kind());
        assertEquals(null, map.get("absent"));
    }

    @Test
    void aNodeIsDescribedAsAnEditorWroteIt() {
        YamlNode.Mapping map = (YamlNode.Mapping) read("t: " + "x".repeat(41) + "\nu: " + "y".repeat(40) + "\nn: 3\nb: false\ne: null\nl: []\n");
        assertEquals(Message.of("found.text", "x".repeat(37) + "..."), map.get("t").describe(), "a long text is cut");
        assertEquals(Message.of("found.text", "y".repeat(40)), map.get("u").describe());
        assertEquals(Message.of("found.number", "3"), map.get("n").describe());
        assertEquals(Message.of("found.boolean", "false"), map.get("b").describe());
        assertEquals(Message.of("found.empty"), map.get("e").describe());
        assertEquals(Message.of("found.list"), map.get("l").describe());
        assertEquals(Message.of("found.group"), map.describe());
    }

    @Test
    void anEmptyFileIsAnError() {
        Problem p = onlyError("# a comment only\n");
        assertEquals("yaml.empty", p.message().key());
        assertEquals(SourcePosition.startOf(FILE), p.position());
    }

    @Test
    void aSecondDocumentIsAnErrorWhereItStarts() {
        Problems problems = new Problems();
        Optional<YamlNode> first = YamlReader.parse(FILE, "a: 1\n---\nb: 2\n", problems);
        assertTrue(first.isPresent(), "the first document is still read");
        assertEquals(List.of("yaml.secondDocument"), keys(problems));
        assertEquals(3, problems.errors().get(0).position().line());
    }

    @Test
    void aFieldWrittenTwiceSaysWhereItFirstAppeared() {
        Problems problems = new Problems();
        YamlNode.Mapping map = (YamlNode.Mapping) YamlReader.parse(FILE, "status: planned\nnumber: 3\nstatus: done\n", problems).orElseThrow();
        Problem p = problems.errors().get(0);
        assertEquals("yaml.duplicate", p.message().key());
        assertEquals("status", p.field());
        assertEquals(List.of("1"), p.message().args());
        assertEquals(new SourcePosition(FILE, 3, 1), p.position());
        assertEquals("planned", scalar(map, "status").text(), "the first is kept");
    }

    @Test
    void anAliasIsRefusedAndNotPublishedAsItsName() {
        Problems problems = new Problems();
        YamlNode.Mapping map = (YamlNode.Mapping) YamlReader.parse(FILE, "a: &x Texte\nb: *x\n", problems).orElseThrow();
        assertEquals(List.of("yaml.alias"), keys(problems));
        assertEquals(2, problems.errors().get(0).position().line());
        assertEquals(YamlNode.Scalar.Kind.NULL, scalar(map, "b").kind());
        assertEquals("Texte", scalar(map, "a").text(), "an anchor alone is harmless");
    }

    @Test
    void aTabIsCalledATabAtItsColumn() {
        Problem p = onlyError("number: 3\n\tpillar: ethics\n");
        assertEquals("yaml.tab", p.message().key());
        assertEquals(new SourcePosition(FILE, 2, 1), p.position());
        Problem after = onlyError("number: 3\npillar:\t\tethics: x\n");
        assertEquals("yaml.tab", after.message().key());
        assertEquals(new SourcePosition(FILE, 2, 8), after.position());
    }

    @Test
    void anUnclosedQuoteIsPointedAtWhereTheTextStarts() {
        Problem p = onlyError("number: 3\ndeadline: \"Q4 2031\nstatus: planned\n");
        assertEquals("yaml.unclosedQuote", p.message().key());
        assertEquals(new SourcePosition(FILE, 2, 11), p.position());
        assertEquals(List.of("\""), p.message().args());
        Problem single = onlyError("a: 'texte\nb: 2\n");
        assertEquals(List.of("'"), single.message().args());
    }

    @Test
    void aMisalignedFieldSaysToAlignTheLine() {
        Problem p = onlyError("number: 3\nstatus: planned\n  completion: 20\n");
        assertEquals("yaml.indentation", p.message().key());
        assertEquals(new SourcePosition(FILE, 3, 1), p.position());
    }

    @Test
    void aColonInsideAnUnquotedTextSaysToQuoteIt() {
        Problem p = onlyError("title: Objectif: former\n");
        assertEquals("yaml.colon", p.message().key());
        assertEquals(1, p.position().line());
    }

    @Test
    void aLineWithoutItsColonIsSaid() {
        Problem p = onlyError("number: 3\ntext: {fr: a, en: b\nstatus: planned\n");
        assertTrue(List.of("yaml.brackets", "yaml.missingColon").contains(p.message().key()), p.message().key());
        Problem missing = onlyError("a:\n  b: 1\n  c\n  d: 2\n");
        assertTrue(List.of("yaml.missingColon", "yaml.indentation").contains(missing.message().key()), missing.message().key());
    }

    @Test
    void anUnclosedBracketIsSaid() {
        Problem p = onlyError("principles: [a, b\nstatus: planned\n");
        assertEquals("yaml.brackets", p.message().key());
    }

    @Test
    void aTextCannotStartWithAReservedCharacter() {
        assertEquals("yaml.reservedStart", onlyError("note: @team\n").message().key());
        assertEquals("yaml.reservedStart", onlyError("note: `code`\n").message().key());
    }

    @Test
    void aBackslashInDoubleQuotesMustBeDoubled() {
        Problem p = onlyError("path: \"C:\\dossier\"\n");
        assertEquals("yaml.escape", p.message().key());
        assertEquals(1, p.position().line());
    }

    @Test
    void aTextClosedEarlyByItsQuoteIsSaid() {
        Problem p = onlyError("title: \"Le \"guide\" des jurys\"\n");
        assertEquals("yaml.quoteClosedEarly", p.message().key());
        assertEquals(1, p.position().line());
    }

    @Test
    void groupsNestedDeeperThanSixtyFourLevelsAreRefused() {
        assertTrue(YamlReader.parse(FILE, "a: " + "[".repeat(63) + "]".repeat(63) + "\n", new Problems()).isPresent());
        Problem p = onlyError("a: " + "[".repeat(70) + "]".repeat(70) + "\n");
        assertEquals("yaml.tooDeep", p.message().key());
        assertEquals(List.of(64), p.message().args());
    }

    private static YamlNode read(String yaml) {
        Problems problems = new Problems();
        YamlNode node = YamlReader.parse(FILE, yaml, problems).orElseThrow();
        assertEquals(List.of(), problems.errors());
        return node;
    }

    private static YamlNode.Scalar scalar(YamlNode.Mapping map, String key) {
        return assertInstanceOf(YamlNode.Scalar.class, map.get(key));
    }

    private static Problem onlyError(String yaml) {
        Problems problems = new Problems();
        YamlReader.parse(FILE, yaml, problems);
        assertEquals(1, problems.errors().size(), () -> problems.errors().toString());
        return problems.errors().get(0);
    }

    private static List<String> keys(Problems problems) {
        return problems.errors().stream().map(p -> p.message().key()).toList();
    }
}
