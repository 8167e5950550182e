package fr.imt.portal.content;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
 * declaration checks a file (every problem, with its position) and describes itself as a JSON
 * Schema (draft-07) for editors' tools ({@link Schemas}), so the two cannot disagree: a test
 * checks that both accept and reject the same files.
 */
public sealed interface Shape {

    /** What an editor should have written, in plain words: "a whole number from 1 to 20". */
    Message expected();

    /** Checks {@code node} (written at {@code field}) and reports what does not fit. */
    void check(YamlNode node, String field, Problems problems);

    /** The same rules as {@link #check}, as a JSON Schema (draft-07) node. */
    ObjectNode schema();

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

    /** Text matching {@code regex}; {@code expected} is the key of its description in the editors' catalogue. */
    static Shape pattern(String regex, String expected) {
        return new Matching(Pattern.compile(regex), Message.of(expected));
    }

    static Shape identifier() {
        return new Matching(Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*"), Message.of("shape.identifier"));
    }

    /**
     * An identifier defined in another file ({@code kind}: "principle", "unit"…), written as
     * {@code base}. The loaders check that it exists; its schema also lists the identifiers the
     * site defines ({@link Schemas}), so that editors' tools propose them and flag a typo.
     */
    static Shape reference(String kind, Shape base) {
        return new Reference(kind, base);
    }

    static Shape reference(String kind) {
        return new Reference(kind, identifier());
    }

    static Shape listOf(Shape item, int minItems) {
        return new ListOf(item, minItems);
    }

    /** A map whose keys are years (written as numbers) and whose values all have one shape. */
    static Shape byYear(int firstYear, int lastYear, Shape value) {
        return new ByYear(firstYear, lastYear, value);
    }

    /**
     * A map from identifiers of {@code kind} defined elsewhere (see {@link #reference}) to values of
     * one shape (e.g. a value per school).
     */
    static Shape byIdentifier(String kind, Shape value) {
        return new ByIdentifier(kind, value);
    }

    /** A value that may take one of several shapes, tried in order ({@code expected}: a catalogue key). */
    static Shape either(String expected, Shape... alternatives) {
        return new Either(Message.of(expected), List.of(alternatives));
    }

    /** A value of {@code shape}, or an explicit empty value ({@code null}). */
    static Shape orNull(Shape shape) {
        return new OrNull(shape);
    }

    static Shape.Group group(Field... fields) {
        return new Group(List.of(fields), List.of());
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

    private static void wrongKind(YamlNode node, String field, Problems problems, Message expected) {
        problems.error(node.position(), field, "shape.found", expected, node.describe());
    }

    /** A scalar YAML read as text (quoted or not, but not a number, true/false or an empty value). */
    private static boolean isText(YamlNode node) {
        return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.TEXT;
    }

    private static ObjectNode typed(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        return node;
    }

    /** A Java regular expression that must match a whole value, as an ECMA-262 pattern (which matches anywhere). */
    private static String anchored(String regex) {
        return "^(?:" + regex + ")$";
    }


    record Text() implements Shape {
        public Message expected() {
            return Message.of("shape.text");
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!isText(node)) {
                wrongKind(node, field, problems, node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL
                        ? Message.of("shape.text.quoted", s.text()) : expected());
            } else if (((YamlNode.Scalar) node).text().isBlank()) {
                problems.error(node.position(), field, "shape.text.empty");
            }
        }

        public ObjectNode schema() {
            ObjectNode node = typed("string");
            node.put("pattern", "\\S");
            return node;
        }
    }

    record WholeNumber(int min, int max) implements Shape {
        public Message expected() {
            // As text: a year is not written 2 023.
            return Message.of("shape.wholeNumber", String.valueOf(min), String.valueOf(max));
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.INTEGER) {
                wrongKind(node, field, problems, expected());
                return;
            }
            java.math.BigInteger value;
            try {
                value = new java.math.BigInteger(s.text());
            } catch (NumberFormatException e) {
                wrongKind(node, field, problems, expected());
                return;
            }
            if (value.compareTo(java.math.BigInteger.valueOf(min)) < 0 || value.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
                problems.error(node.position(), field, "shape.found", expected(), Message.of("found.number", value.toString()));
            }
        }

        public ObjectNode schema() {
            ObjectNode node = typed("integer");
            node.put("minimum", min);
            node.put("maximum", max);
            return node;
        }
    }

    record Decimal() implements Shape {
        public Message expected() {
            return Message.of("shape.number");
        }

        /** The most digits a figure may have before and after the point: no figure of the content comes near. */
        static final int MAX_DIGITS = 15;

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s)
                    || (s.kind() != YamlNode.Scalar.Kind.INTEGER && s.kind() != YamlNode.Scalar.Kind.DECIMAL)) {
                wrongKind(node, field, problems, expected());
                return;
            }
            // YAML also reads .nan, .inf and 1e999999999 as numbers: none is a figure a page can show.
            java.math.BigDecimal value;
            try {
                value = new java.math.BigDecimal(s.text().replace("_", "").replace("+", ""));
            } catch (NumberFormatException | ArithmeticException e) {
                problems.error(node.position(), field, "shape.notFinite", expected(), s.text());
                return;
            }
            if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS) {
                problems.error(node.position(), field, "shape.tooManyDigits", expected(), MAX_DIGITS, s.text());
            }
        }

        public ObjectNode schema() {
            return typed("number");
        }
    }

    record Flag() implements Shape {
        public Message expected() {
            return Message.of("shape.flag");
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Scalar.Kind.BOOLEAN) {
                wrongKind(node, field, problems, expected());
            }
        }

        public ObjectNode schema() {
            return typed("boolean");
        }
    }

    record IsoDate() implements Shape {
        /** Every real day from 0000-01-01 to 9999-12-31, leap years included: what {@link LocalDate#parse} accepts. */
        static final String DAY = "\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)"
                + "|02-(?:0[1-9]|1\\d|2[0-8]))"
                + "|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29";

        public Message expected() {
            return Message.of("shape.date");
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!isText(node)) {
                wrongKind(node, field, problems, expected());
                return;
            }
            String text = ((YamlNode.Scalar) node).text();
            boolean real;
            try {
                LocalDate.parse(text);
                real = text.matches(DAY);
            } catch (DateTimeParseException e) {
                real = false;
            }
            if (!real) {
                problems.error(node.position(), field, "shape.found", expected(), Message.of("found.quoted", text));
            }
        }

        public ObjectNode schema() {
            ObjectNode node = typed("string");
            node.put("format", "date");
            node.put("pattern", anchored(DAY));
            return node;
        }
    }

    record Choice(List<String> values) implements Shape {
        public Message expected() {
            return Message.of("shape.oneOf", values);
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!isText(node) || !values.contains(((YamlNode.Scalar) node).text())) {
                wrongKind(node, field, problems, expected());
            }
        }

        public ObjectNode schema() {
            ObjectNode node = typed("string");
            ArrayNode allowed = node.putArray("enum");
            values.forEach(allowed::add);
            return node;
        }
    }

    record Matching(Pattern regex, Message expected) implements Shape {
        // A pattern is equal to another of the same expression (Pattern itself compares identities),
        // so that shapes built again for the same years are the same shape (see SourceFiles).
        @Override
        public boolean equals(Object o) {
            return o instanceof Matching m && m.regex.pattern().equals(regex.pattern()) && m.expected.equals(expected);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(regex.pattern(), expected);
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!isText(node) || !regex.matcher(((YamlNode.Scalar) node).text()).matches()) {
                wrongKind(node, field, problems, expected);
            }
        }

        public ObjectNode schema() {
            ObjectNode node = typed("string");
            node.put("pattern", anchored(regex.pattern()));
            return node;
        }
    }

    record Reference(String kind, Shape base) implements Shape {
        /** Where the site's identifiers of a kind are, inside a schema: filled in by {@link Schemas}. */
        public static final String DEFINITIONS = "definitions";

        public Message expected() {
            return base.expected();
        }

        public void check(YamlNode node, String field, Problems problems) {
            base.check(node, field, problems);
        }

        public ObjectNode schema() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.putArray("allOf").add(base.schema())
                    .add(JsonNodeFactory.instance.objectNode().put("$ref", "#/" + DEFINITIONS + "/" + kind));
            return node;
        }
    }

    record ListOf(Shape item, int minItems) implements Shape {
        public Message expected() {
            return minItems > 0 ? Message.of("shape.list.atLeast", minItems) : Message.of("shape.list");
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Sequence seq)) {
                wrongKind(node, field, problems, Message.of("shape.list.of", expected(), item.expected()));
                return;
            }
            if (seq.items().size() < minItems) {
                problems.error(node.position(), field, "shape.found", expected(), Message.of("found.items", seq.items().size()));
            }
            for (int i = 0; i < seq.items().size(); i++) {
                item.check(seq.items().get(i), FieldPath.item(field, i), problems);
            }
        }

        public ObjectNode schema() {
            ObjectNode node = typed("array");
            node.set("items", described(item.schema(), null, item.expected()));
            if (minItems > 0) {
                node.put("minItems", minItems);
            }
            return node;
        }
    }

    record ByYear(int firstYear, int lastYear, Shape value) implements Shape {
        public Message expected() {
            return Message.of("shape.byYear", String.valueOf(firstYear), String.valueOf(lastYear));
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Mapping map)) {
                wrongKind(node, field, problems, expected());
                return;
            }
            List<YamlNode.Entry> entries = List.copyOf(map.entries().values());
            for (int i = 0; i < entries.size(); i++) {
                YamlNode.Entry e = entries.get(i);
                String key = e.key();
                YamlNode.Entry next = i + 1 < entries.size() ? entries.get(i + 1) : null;
                if (next != null && decimalsAfterComma(e, next)) {
                    // {2024: 14460,5}: YAML read the decimal comma as the end of the value; one mistake, one error.
                    String written = ((YamlNode.Scalar) e.value()).text() + "," + next.key();
                    problems.error(e.value().position(), FieldPath.child(field, key), "shape.decimalComma", written,
                            written.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.'));
                    i++;
                    continue;
                }
                if (!key.matches("\\d{4}") || Integer.parseInt(key) < firstYear || Integer.parseInt(key) > lastYear) {
                    problems.error(e.keyPosition(), FieldPath.child(field, key), "shape.found", Message.of("shape.year",
                            String.valueOf(firstYear), String.valueOf(lastYear)), Message.of("found.quoted", key));
                    continue;
                }
                value.check(e.value(), FieldPath.child(field, key), problems);
            }
        }

        /** {@code next} is the decimal part of {@code entry}'s number, cut off by a comma on the same line. */
        private static boolean decimalsAfterComma(YamlNode.Entry entry, YamlNode.Entry next) {
            return entry.value() instanceof YamlNode.Scalar value && value.kind() != YamlNode.Scalar.Kind.NULL
                    && value.text().matches("\\d[\\d\\s\u00a0\u202f]*") && next.key().matches("\\d+")
                    && next.value() instanceof YamlNode.Scalar rest && rest.text().isEmpty()
                    && next.keyPosition().line() == value.position().line();
        }

        public ObjectNode schema() {
            // A pattern, not a property per year: YAML reads 2024 as a number, and yaml-language-server
            // (VS Code) then never matches it with a property named "2024"; a pattern tests it as text.
            ObjectNode node = typed("object");
            List<String> years = new ArrayList<>();
            for (int year = firstYear; year <= lastYear; year++) {
                years.add(Integer.toString(year));
            }
            node.putObject("patternProperties").set(anchored(String.join("|", years)),
                    described(value.schema(), "the value of a year from " + firstYear + " to " + lastYear, value.expected()));
            node.put("additionalProperties", false);
            return node;
        }
    }

    /** {@code kind}: what the keys refer to (their schema lists the site's identifiers). */
    record ByIdentifier(String kind, Shape value) implements Shape {
        public Message expected() {
            return Message.of("shape.byIdentifier");
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Mapping map)) {
                wrongKind(node, field, problems, expected());
                return;
            }
            for (YamlNode.Entry e : map.entries().values()) {
                value.check(e.value(), FieldPath.child(field, e.key()), problems);
            }
        }

        public ObjectNode schema() {
            ObjectNode node = typed("object");
            node.set("additionalProperties", described(value.schema(), null, value.expected()));
            node.putObject("propertyNames").put("$ref", "#/" + Reference.DEFINITIONS + "/" + kind);
            return node;
        }
    }

    record OrNull(Shape shape) implements Shape {
        public Message expected() {
            return Message.of("shape.orNull", shape.expected());
        }

        public void check(YamlNode node, String field, Problems problems) {
            if (!(node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL)) {
                shape.check(node, field, problems);
            }
        }

        public ObjectNode schema() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.putArray("anyOf").add(typed("null")).add(shape.schema());
            return node;
        }
    }

    record Either(Message expected, List<Shape> alternatives) implements Shape {
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

        public ObjectNode schema() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            ArrayNode any = node.putArray("anyOf");
            alternatives.forEach(a -> any.add(a.schema()));
            return node;
        }
    }

    /**
     * A rule tying fields of one group together (JSON Schema can say it, a field's own shape
     * cannot): checked after the fields, published as an {@code allOf} entry of the group.
     */
    sealed interface Rule {
        void check(YamlNode.Mapping map, String field, Problems problems);

        ObjectNode schema();

        /** At least one of {@code fields} must be given ({@code message}: a catalogue key). */
        static Rule atLeastOne(String message, String... fields) {
            return new AtLeastOne(List.of(fields), message);
        }

        /**
         * {@code required} must be given when the flag {@code flag} is {@code value} (an absent flag
         * counts as false); {@code message} is a catalogue key.
         */
        static Rule requiredWhen(String flag, boolean value, String required, String message) {
            return new RequiredWhen(flag, value, required, message);
        }

        /** At most one of {@code fields} may be given. */
        static Rule atMostOne(String message, String... fields) {
            return new AtMostOne(List.of(fields), message);
        }
    }

    record AtMostOne(List<String> fields, String message) implements Rule {
        public void check(YamlNode.Mapping map, String field, Problems problems) {
            if (fields.stream().filter(map.entries()::containsKey).count() > 1) {
                problems.error(map.position(), field, message);
            }
        }

        public ObjectNode schema() {
            // "not two of them": for each pair, not both required.
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            ArrayNode all = node.putArray("allOf");
            for (int i = 0; i < fields.size(); i++) {
                for (int j = i + 1; j < fields.size(); j++) {
                    ObjectNode both = JsonNodeFactory.instance.objectNode();
                    both.putArray("required").add(fields.get(i)).add(fields.get(j));
                    all.addObject().set("not", both);
                }
            }
            return node;
        }
    }

    record AtLeastOne(List<String> fields, String message) implements Rule {
        public void check(YamlNode.Mapping map, String field, Problems problems) {
            if (fields.stream().noneMatch(map.entries()::containsKey)) {
                problems.error(map.position(), field, message);
            }
        }

        public ObjectNode schema() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            ArrayNode any = node.putArray("anyOf");
            fields.forEach(f -> any.add(requiring(f)));
            return node;
        }
    }

    record RequiredWhen(String flag, boolean value, String required, String message) implements Rule {
        public void check(YamlNode.Mapping map, String field, Problems problems) {
            YamlNode given = map.get(flag);
            boolean on = given instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN
                    && Boolean.parseBoolean(s.text());
            if (on == value && !map.entries().containsKey(required)) {
                problems.error(map.position(), FieldPath.child(field, required), message);
            }
        }

        public ObjectNode schema() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            ObjectNode flagTrue = requiring(flag);
            flagTrue.putObject("properties").putObject(flag).put("const", true);
            node.set("if", flagTrue);
            node.set(value ? "then" : "else", requiring(required));
            return node;
        }
    }

    private static ObjectNode requiring(String field) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.putArray("required").add(field);
        return node;
    }

    /** {@code schema} with a description for editors' tools: what the value is, and what is expected (in English). */
    private static ObjectNode described(ObjectNode schema, String what, Message expectedMessage) {
        String expected = Catalogue.in(fr.imt.portal.model.Lang.EN).render(expectedMessage);
        String text = what == null ? capitalized(expected) + "." : capitalized(what) + ": " + expected + ".";
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("description", text);
        node.setAll(schema);
        return node;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    record Group(List<Field> fields, List<Rule> rules) implements Shape {
        public Message expected() {
            List<String> names = fields.stream().map(Field::name).toList();
            return names.equals(List.of("fr", "en")) ? Message.of("shape.bilingual") : Message.of("shape.group", names);
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
            return new Group(all, rules);
        }

        /** The same group with rules tying its fields together. */
        public Group where(Rule... more) {
            List<Rule> all = new ArrayList<>(rules);
            all.addAll(Arrays.asList(more));
            return new Group(fields, all);
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
                    problems.error(e.keyPosition(), FieldPath.child(field, e.key()), "shape.unknownField", List.copyOf(known.keySet()));
                } else {
                    f.shape().check(e.value(), FieldPath.child(field, e.key()), problems);
                }
            }
            for (Field f : fields) {
                if (f.required() && !map.entries().containsKey(f.name())) {
                    problems.error(map.position(), FieldPath.child(field, f.name()), "shape.missing", f.description(), f.shape().expected());
                }
            }
            rules.forEach(r -> r.check(map, field, problems));
        }

        public ObjectNode schema() {
            ObjectNode node = typed("object");
            ObjectNode properties = node.putObject("properties");
            for (Field f : fields) {
                ObjectNode property = described(f.shape().schema(), f.description(), f.shape().expected());
                // Markdown, which VS Code's hover shows instead of the plain description: French first.
                property.put("markdownDescription", "**FR** " + capitalized(FieldDescriptions.french(f.description()))
                        + ".\n\n**EN** " + property.get("description").asText());
                properties.set(f.name(), property);
            }
            List<String> required = fields.stream().filter(Field::required).map(Field::name).toList();
            if (!required.isEmpty()) {
                ArrayNode names = node.putArray("required");
                required.forEach(names::add);
            }
            node.put("additionalProperties", false);
            if (!rules.isEmpty()) {
                ArrayNode all = node.putArray("allOf");
                rules.forEach(r -> all.add(r.schema()));
            }
            return node;
        }
    }
}
