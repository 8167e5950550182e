package fr.imt.portal.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a YAML file with jackson-dataformat-yaml into a {@link YamlNode} tree that keeps the
 * position of every value. A syntax error or a repeated key becomes a {@link Problem}.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {}

    /** Parses {@code source} as the text of {@code file} (for positions in messages). */
    public static Optional<YamlNode> parse(Path file, String source, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(source)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(file, "", "the file is empty; expected a group of fields");
                return Optional.empty();
            }
            return Optional.of(node(parser, file, problems));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            SourcePosition position = at == null ? SourcePosition.startOf(file)
                    : new SourcePosition(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            problems.error(position, "", "this is not valid YAML: " + plainWords(e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.error(file, "", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static YamlNode node(JsonParser parser, Path file, Problems problems) throws IOException {
        SourcePosition here = position(parser, file);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    SourcePosition keyAt = position(parser, file);
                    parser.nextToken();
                    YamlNode value = node(parser, file, problems);
                    if (entries.containsKey(key)) {
                        problems.error(keyAt, key, "this field is written twice in the same group (first on line "
                                + entries.get(key).keyPosition().line() + "); keep only one");
                    } else {
                        entries.put(key, new YamlNode.Entry(key, keyAt, value));
                    }
                }
                return new YamlNode.Mapping(here, entries);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, file, problems));
                }
                return new YamlNode.Sequence(here, items);
            }
            case VALUE_NUMBER_INT -> {
                return new YamlNode.Scalar(here, parser.getText(), YamlNode.Scalar.Kind.INTEGER);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new YamlNode.Scalar(here, parser.getText(), YamlNode.Scalar.Kind.DECIMAL);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new YamlNode.Scalar(here, parser.getText(), YamlNode.Scalar.Kind.BOOLEAN);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(here, "", YamlNode.Scalar.Kind.NULL);
            }
            default -> {
                return new YamlNode.Scalar(here, parser.getText(), YamlNode.Scalar.Kind.TEXT);
            }
        }
    }

    private static SourcePosition position(JsonParser parser, Path file) {
        JsonLocation at = parser.currentTokenLocation();
        return new SourcePosition(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }

    /** SnakeYAML's messages are written for programmers; keep their first sentence. */
    private static String plainWords(String message) {
        if (message == null) {
            return "the structure could not be understood";
        }
        String first = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
        return first.replace("mapping values are not allowed here",
                        "a \":\" appears where a value was expected (put text containing \": \" in quotes)")
                .replace("could not find expected ':'", "a \"key: value\" line is missing its \":\"");
    }
}
