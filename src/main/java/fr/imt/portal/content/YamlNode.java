package fr.imt.portal.content;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so that every check can point an editor to
 * the exact line and column. Built by {@link YamlReader}.
 */
public sealed interface YamlNode {

    SourcePosition position();

    /** How the node is described in messages: "a text", "a list", "a group of fields". */
    Message describe();

    /** A mapping; keys keep their own positions and the file's order. */
    record Mapping(SourcePosition position, Map<String, Entry> entries) implements YamlNode {
        public Message describe() {
            return Message.of("found.group");
        }

        public YamlNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }
    }

    /** One key of a mapping with the position of the key itself. */
    record Entry(String key, SourcePosition keyPosition, YamlNode value) {}

    record Sequence(SourcePosition position, List<YamlNode> items) implements YamlNode {
        public Message describe() {
            return Message.of("found.list");
        }
    }

    /** A scalar with the type YAML gave it (an unquoted 12 is a number, "12" is text). */
    record Scalar(SourcePosition position, String text, Kind kind) implements YamlNode {
        public enum Kind { TEXT, INTEGER, DECIMAL, BOOLEAN, NULL }

        public Message describe() {
            return switch (kind) {
                case TEXT -> Message.of("found.text", abbreviated());
                case INTEGER, DECIMAL -> Message.of("found.number", text);
                case BOOLEAN -> Message.of("found.boolean", text);
                case NULL -> Message.of("found.empty");
            };
        }

        private String abbreviated() {
            return text.length() > 40 ? text.substring(0, 37) + "..." : text;
        }
    }
}
