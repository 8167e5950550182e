package fr.imt.portal.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /**
     * How deep groups and lists may nest. A content file needs only a few levels; a file that
     * nests more than this is a mistake (or a hostile file), reported before it can exhaust memory.
     */
    static final int MAX_DEPTH = 64;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

    /** Files parsed without a problem, kept by a preview (a tree is immutable, so handing it out twice is safe). */
    private static final KeptFiles<YamlNode> PARSED = new KeptFiles<>();

    /** Keeps parsed files and read texts from now on (for {@code serve}, which reloads the content after every edit). */
    public static void keepParsedFiles() {
        KeptFiles.keep();
    }

    /** What an editor reads when a file is not UTF-8 text (or not text at all). */
    static final String NOT_UTF8 = "this file is not text saved as UTF-8: save it again as UTF-8 (in a text editor, not a word processor)";

    private YamlReader() {}

    public static Optional<YamlNode> read(Path file, Problems problems) {
        BasicFileAttributes attributes;
        String source;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Optional<YamlNode> kept = PARSED.get(file, attributes);
            if (kept.isPresent()) {
                return kept;
            }
            source = Files.readString(file);
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.error(file, "", NOT_UTF8);
            return Optional.empty();
        } catch (IOException e) {
            problems.error(file, "", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        Problems found = new Problems();
        String clean = TextChecks.clean(file, source, 1, found);
        Optional<YamlNode> node = clean == null ? Optional.empty() : parse(file, clean, found);
        found.errors().forEach(p -> problems.error(p.position(), p.field(), p.message()));
        PARSED.put(file, attributes, found.hasErrors() ? null : node.orElse(null));
        return node;
    }

    /** Parses {@code source} as the text of {@code file} (for positions in messages). */
    public static Optional<YamlNode> parse(Path file, String source, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(source)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(file, "", "the file is empty; expected a group of fields");
                return Optional.empty();
            }
            YamlNode root = node(parser, file, problems);
            if (parser.nextToken() != null) {
                problems.error(position(parser, file), "", "a second document begins here (after a line \"---\"), and the "
                        + "generator would not read it: a file holds one document; remove the \"---\" line or move what "
                        + "follows into a file of its own");
            }
            return Optional.of(root);
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
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands an alias over as the anchor's name: refused, or the name would be published as the value.
            problems.error(here, "", "\"*" + parser.getText() + "\" repeats the value marked \"&" + parser.getText()
                    + "\" (a YAML alias), which the generator does not read: write the value in full here");
            return new YamlNode.Scalar(here, "", YamlNode.Scalar.Kind.NULL);
        }
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
        if (message.startsWith("Document nesting depth")) {
            return "groups and lists are nested more than " + MAX_DEPTH + " levels deep; a content file needs only a few:"
                    + " check the brackets and the indentation";
        }
        String first = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(message);
        return first.replace("mapping values are not allowed here",
                        "a \":\" appears where a value was expected (put text containing \": \" in quotes)")
                .replace("could not find expected ':'", "a \"key: value\" line is missing its \":\"");
    }
}
