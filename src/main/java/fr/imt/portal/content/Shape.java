package fr.imt.portal.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The expected shape of a YAML value, written once per kind of source file. The same
 * declaration checks a file (every problem, with its position) and is published as a JSON
 * Schema for editors' tools, so the two cannot disagree.
 */
public sealed interface Shape {

    /** What an editor should have written, in plain words: "a whole number from 1 to 20". */
    String expected();

    /** Checks {@code node} (written at {@code field}) and reports what does not fit. */
    void check(YamlNode node, String field, Problems problems);

    static Shape text() {
        return new Text();
    }

    static Shape wholeNumber(int min, int max) {
        return new WholeNumber(min, max);
    }

    static Shape number() {
        return new Decimal();
    }

    static Shape flag() {
        return new Flag();
    }

    static Shape date() {
        return new IsoDate();
    }

    static Shape oneOf(String... values) {
        return new Choice(List.of(values));
    }

    static Shape pattern(String regex, String expected) {
        return new Matching(Pattern.compile(regex), expected);
    }

    static Shape identifier() {
        return new Matching(Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*"),
                "an identifier in lower-case letters, digits and dashes, such as \"open-science\"");
    }

    static Shape listOf(Shape item, int minItems) {
        return new ListOf(item, minItems);
    }

    /** A map whose keys are years (written as numbers) and whose values all have one shape. */
    static Shape byYear(int firstYear, int lastYear, Shape value) {
        return new ByYear(firstYear, lastYear, value);
    }

    /** A map from identifiers to values of one shape (e.g. a value per school). */
    static Shape byIdentifier(Shape value) {
        return new ByIdentifier(value);
    }

    /** A value that may take one of several shapes, tried in order. */
    static Shape either(String expected, Shape... alternatives) {
        return new Either(expected, List.of(alternatives));
    }

    /** A value of {@code shape}, or an explicit empty value ({@code null}). */
    static Shape orNull(Shape shape) {
        return new OrNull(shape);
    }

    static Shape.Group group(Field... fields) {
        return new Group(List.of(fields));
    }

    static Shape bilingual() {
        return group(Field.required("fr", text(), "the French text"), Field.required("en", text(), "the English text"));
    }

    /** A field of a {@link Group}. */
    record Field(String name, Shape shape, boolean required, String description) {
        public static Field required(String name, Shape shape, String description) {
            return new Field(name, shape, true, description);
        }

        public static Field optional(String name, Shape shape, String description) {
            return new Field(name, shape, false, description);
        }
    }

    private static String join(String parent, String child) {
        return parent.isEmpty() ? child : parent + "." + child;
    }

    private static void wrongKind(YamlNode node, String field, Problems problems, String expected) {
        problems.error(node.position(), field, "expected " + expected + ", found " + node.describe());
    }

    record Text() implements Shape {
        public String expected() {
            return "a text";
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.NULL) {
                wrongKind(node, field, problems, expected());
            } else if (s.text().isBlank()) {
                problems.error(node.position(), field, "expected a text, found an empty one");
            }
        }
    }

    record WholeNumber(int min, int max) implements Shape {
        public String expected() {
            return "a whole number from " + min + " to " + max;
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.INTEGER) {
                wrongKind(node, field, problems, expected());
                return;
            }
            long value = Long.parseLong(s.text());
            if (value < min || value > max) {
                problems.error(node.position(), field, "expected " + expected() + ", found " + value);
            }
        }
    }

    record Decimal() implements Shape {
        public String expected() {
            return "a number (with a dot for decimals, such as 22.7)";
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s)
                    || (s.kind() != YamlNode.Scalar.Kind.INTEGER && s.kind() != YamlNode.Scalar.Kind.DECIMAL)) {
                wrongKind(node, field, problems, expected());
            }
        }
    }

    record Flag() implements Shape {
        public String expected() {
            return "true or false";
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.BOOLEAN) {
                wrongKind(node, field, problems, expected());
            }
        }
    }

    record IsoDate() implements Shape {
        public String expected() {
            return "a date written year-month-day, such as 2026-03-15";
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.TEXT) {
                wrongKind(node, field, problems, expected());
                return;
            }
            try {
                LocalDate.parse(s.text());
            } catch (DateTimeParseException e) {
                problems.error(node.position(), field, "expected " + expected() + ", found \"" + s.text() + "\"");
            }
        }
    }

    record Choice(List<String> values) implements Shape {
        public String expected() {
            return "one of " + String.join(", ", values);
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s) || !values.contains(s.text())
                    || s.kind() == YamlNode.Scalar.Kind.NULL) {
                wrongKind(node, field, problems, expected());
            }
        }
    }

    record Matching(Pattern regex, String expected) implements Shape {
        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s) || s.kind() == YamlNode.Scalar.Kind.NULL
                    || !regex.matcher(s.text()).matches()) {
                wrongKind(node, field, problems, expected);
            }
        }
    }

    record ListOf(Shape item, int minItems) implements Shape {
        public String expected() {
            return minItems > 0 ? "a list of at least " + minItems + " item" + (minItems > 1 ? "s" : "")
                    : "a list (write [] for none)";
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Sequence seq)) {
                wrongKind(node, field, problems, expected() + " of " + item.expected());
                return;
            }
            if (seq.items().size() < minItems) {
                problems.error(node.position(), field, "expected " + expected() + ", found "
                        + (seq.items().isEmpty() ? "an empty list" : seq.items().size() + " item(s)"));
            }
            for (int i = 0; i < seq.items().size(); i++) {
                item.check(seq.items().get(i), field + "[" + (i + 1) + "]", problems);
            }
        }
    }

    record ByYear(int firstYear, int lastYear, Shape value) implements Shape {
        public String expected() {
            return "values by year (" + firstYear + " to " + lastYear + "), such as " + firstYear + ": 12";
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Mapping map)) {
                wrongKind(node, field, problems, expected());
                return;
            }
            for (YamlNode.Entry e : map.entries().values()) {
                String key = e.key();
                if (!key.matches("\\d{4}") || Integer.parseInt(key) < firstYear || Integer.parseInt(key) > lastYear) {
                    problems.error(e.keyPosition(), join(field, key), "expected a year from " + firstYear
                            + " to " + lastYear + ", found \"" + key + "\"");
                    continue;
                }
                value.check(e.value(), join(field, key), problems);
            }
        }
    }

    record ByIdentifier(Shape value) implements Shape {
        public String expected() {
            return "values by identifier, such as imt-atlantique: …";
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Mapping map)) {
                wrongKind(node, field, problems, expected());
                return;
            }
            for (YamlNode.Entry e : map.entries().values()) {
                value.check(e.value(), join(field, e.key()), problems);
            }
        }
    }

    record OrNull(Shape shape) implements Shape {
        public String expected() {
            return shape.expected() + ", or null";
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL)) {
                shape.check(node, field, problems);
            }
        }
    }

    record Either(String expected, List<Shape> alternatives) implements Shape {
        public void check(YamlNode node, String field, Problems problems) {
            for (Shape alternative : alternatives) {
                Problems trial = new Problems();
                alternative.check(node, field, trial);
                if (!trial.hasErrors()) {
                    return;
                }
            }
            // Report against the alternative of the same kind when there is one: it is the most precise.
            for (Shape alternative : alternatives) {
                if ((alternative instanceof Group) == (node instanceof YamlNode.Mapping)) {
                    alternative.check(node, field, problems);
                    return;
                }
            }
            wrongKind(node, field, problems, expected);
        }
    }

    record Group(List<Field> fields) implements Shape {
        public String expected() {
            return "a group of fields (" + String.join(", ", fields.stream().map(Field::name).toList()) + ")";
        }

        public Map<String, Field> byName() {
            Map<String, Field> map = new LinkedHashMap<>();
            fields.forEach(f -> map.put(f.name(), f));
            return map;
        }

        /** The same group with more fields: for kinds of files that extend a common shape. */
        public Group with(Field... more) {
            List<Field> all = new ArrayList<>(fields);
            all.addAll(Arrays.asList(more));
            return new Group(all);
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Mapping map)) {
                wrongKind(node, field, problems, expected());
                return;
            }
            Map<String, Field> known = byName();
            for (YamlNode.Entry e : map.entries().values()) {
                Field f = known.get(e.key());
                if (f == null) {
                    problems.error(e.keyPosition(), join(field, e.key()), "unknown field; expected one of "
                            + String.join(", ", known.keySet()));
                } else {
                    f.shape().check(e.value(), join(field, e.key()), problems);
                }
            }
            for (Field f : fields) {
                if (f.required() && !map.entries().containsKey(f.name())) {
                    problems.error(map.position(), join(field, f.name()), "this required field is missing; expected "
                            + f.description() + " (" + f.shape().expected() + ")");
                }
            }
        }
    }
}
