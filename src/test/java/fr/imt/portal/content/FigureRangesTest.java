package fr.imt.portal.content;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A unit that says what it measures bounds its figures, checked directly: a count is never
 * negative, a percentage is from 0 to 100, wherever the figure is written (alone, as a value,
 * by year, by school, in a list); a unit that says nothing bounds nothing.
 */
class FigureRangesTest {

    @Test
    void aCountIsNeverNegative() {
        assertEquals(List.of("v.2024 figure.negativeCount [students, -3]"), check("students", "v: {2023: 0, 2024: -3, 2025: 12}"));
    }

    @Test
    void aPercentageIsFromZeroToOneHundred() {
        assertEquals(List.of(), check("percent", "v: {2023: 0, 2024: 100, 2025: 99.9}"));
        assertEquals(List.of("v.2024 figure.over100 [percent, 100.5]", "v.2025 figure.negativePercentage [percent, -0.1]"),
                check("percent", "v: {2024: 100.5, 2025: -0.1}"));
    }

    @Test
    void aFigureIsFoundWhereverItIsWritten() {
        assertEquals(List.of("v figure.negativeCount [students, -1]"), check("students", "v: -1"));
        assertEquals(List.of("v.value figure.negativeCount [students, -2]"),
                check("students", "v: {value: -2, year: -2027, note: {fr: a, en: b}, provisional: true}"));
        assertEquals(List.of("v.alpha.2021 figure.over100 [percent, 140]", "v[2].value figure.over100 [percent, 101]"),
                concat(check("percent", "v:\n  alpha: {2021: 140}\n"), check("percent", "v: [1, {value: 101, text: {fr: a, en: b}}]")));
    }

    @Test
    void onlyNumbersAreChecked() {
        assertEquals(List.of(), check("percent", "v: {2024: n/a, 2025: \"-5\", 2026: true}"));
    }

    @Test
    void aUnitThatSaysNothingBoundsNothing() {
        assertEquals(List.of(), check("euros", "v: -5"));
        assertEquals(List.of(), check(null, "v: -5"));
    }

    private static List<String> check(String unit, String yaml) {
        Problems problems = new Problems();
        YamlNode.Mapping doc = (YamlNode.Mapping) YamlReader.parse(Path.of("x.yaml"), yaml, problems).orElseThrow();
        FigureRanges ranges = new FigureRanges();
        ranges.declare("students", "count");
        ranges.declare("percent", "percentage");
        ranges.check(doc.get("v"), unit, "v", problems);
        ranges.check(null, "percent", "w", problems);
        return problems.errors().stream().map(p -> p.field() + " " + p.message().key() + " " + p.message().args()).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}
