package fr.imt.portal.bench;

import fr.imt.portal.content.YamlNode;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a {@link YamlNode} tree back as YAML in the style of content/: block mappings, flow lists
 * of scalars, small groups of scalars in flow style ({@code {fr: "…", en: "…"}}). Texts are always
 * double-quoted, so a text never turns into a number, a date or a boolean, and numbers, booleans
 * and nulls stay unquoted, so every scalar keeps the kind the loaders check.
 */
final class YamlWriter {

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

    private final StringBuilder out = new StringBuilder(4096);

    private YamlWriter() {}

    static String write(YamlNode.Mapping root) {
        YamlWriter writer = new YamlWriter();
        writer.mapping(root, 0);
        return writer.out.toString();
    }

    private void mapping(YamlNode.Mapping map, int indent) {
        boolean first = true;
        for (YamlNode.Entry e : map.entries().values()) {
            if (!first || indent > 0) {
                pad(indent);
            }
            first = false;
            entry(e, indent);
        }
    }

    /** {@code key: value} at the current position (the indentation is already written). */
    private void entry(YamlNode.Entry e, int indent) {
        out.append(key(e.key())).append(':');
        YamlNode value = e.value();
        if (inline(value)) {
            out.append(' ');
            flow(value);
            out.append('\n');
        } else if (value instanceof YamlNode.Mapping m) {
            out.append('\n');
            mapping(m, indent + 2);
        } else {
            out.append('\n');
            sequence((YamlNode.Sequence) value, indent + 2);
        }
    }

    private void sequence(YamlNode.Sequence seq, int indent) {
        for (YamlNode item : seq.items()) {
            pad(indent);
            out.append("- ");
            if (item instanceof YamlNode.Mapping m && !m.entries().isEmpty()) {
                boolean first = true;
                for (YamlNode.Entry e : m.entries().values()) {
                    if (!first) {
                        pad(indent + 2);
                    }
                    first = false;
                    entry(e, indent + 2);
                }
            } else {
                flow(item);
                out.append('\n');
            }
        }
    }

    /** Scalars, empty groups and lists, lists of scalars and groups of scalars fit on one line. */
    private static boolean inline(YamlNode node) {
        if (node instanceof YamlNode.Scalar) {
            return true;
        }
        if (node instanceof YamlNode.Sequence s) {
            return s.items().stream().allMatch(i -> i instanceof YamlNode.Scalar);
        }
        Map<String, YamlNode.Entry> entries = ((YamlNode.Mapping) node).entries();
        return entries.values().stream().allMatch(e -> e.value() instanceof YamlNode.Scalar);
    }

    private void flow(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            scalar(s);
        } else if (node instanceof YamlNode.Sequence seq) {
            out.append('[');
            List<YamlNode> items = seq.items();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                flow(items.get(i));
            }
            out.append(']');
        } else {
            out.append('{');
            boolean first = true;
            for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries().values()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(key(e.key())).append(": ");
                flow(e.value());
            }
            out.append('}');
        }
    }

    private void scalar(YamlNode.Scalar s) {
        switch (s.kind()) {
            case TEXT -> quote(s.text(), out);
            case NULL -> out.append("null");
            default -> out.append(s.text());
        }
    }

    private static String key(String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return key;
        }
        StringBuilder quoted = new StringBuilder();
        quote(key, quoted);
        return quoted.toString();
    }

    /** A YAML double-quoted scalar: the escapes it shares with JSON, and line breaks YAML would fold. */
    static void quote(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private void pad(int indent) {
        out.append(" ".repeat(indent));
    }
}
