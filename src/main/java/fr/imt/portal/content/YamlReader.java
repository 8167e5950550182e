package fr.imt.portal.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

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

    /**
     * How deep groups and lists may nest. A content file needs only a few levels; a file that
     * nests more than this is a mistake (or a hostile file), reported before it can exhaust memory.
     */
    static final int MAX_DEPTH = 64;

    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();

    /** What an editor reads when a file is not UTF-8 text (or not text at all). */
    static final String NOT_UTF8 = "file.notUtf8";

    private YamlReader() {}

    /** Parses {@code source} as the text of {@code file} (for positions in messages). */
    public static Optional<YamlNode> parse(Path file, String source, Problems problems) {
        try (JsonParser parser = FACTORY.createParser(source)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error(file, "", "yaml.empty");
                return Optional.empty();
            }
            YamlNode root = node(parser, file, problems);
            if (parser.nextToken() != null) {
                problems.error(position(parser, file), "", "yaml.secondDocument");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            syntaxError(file, source, e, problems);
            return Optional.empty();
        } catch (IOException e) {
            problems.error(file, "", "file.unreadable", String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private static YamlNode node(JsonParser parser, Path file, Problems problems) throws IOException {
        SourcePosition here = position(parser, file);
        JsonToken token = parser.currentToken();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands an alias over as the anchor's name: refused, or the name would be published as the value.
            problems.error(here, "", "yaml.alias", parser.getText());
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
                        problems.error(keyAt, key, "yaml.duplicate", String.valueOf(entries.get(key).keyPosition().line()));
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

    /**
     * A syntax error in plain words, at the place to fix. SnakeYAML (under Jackson) says what it
     * was parsing ("while scanning a quoted scalar") and what it found, in parser terms; the
     * mistakes editors make are recognised from those and said as what to do. A mistake not
     * recognised is still pointed at, with advice on what to look at.
     */
    private static void syntaxError(Path file, String source, JsonProcessingException e, Problems problems) {
        MarkedYAMLException marked = e.getCause() instanceof MarkedYAMLException m ? m : null;
        String problem = marked == null ? String.valueOf(e.getOriginalMessage()) : String.valueOf(marked.getProblem());
        String context = marked == null ? "" : String.valueOf(marked.getContext());
        SourcePosition at = marked != null && marked.getProblemMark() != null ? at(file, marked.getProblemMark())
                : e.getLocation() == null ? SourcePosition.startOf(file)
                : new SourcePosition(file, Math.max(1, e.getLocation().getLineNr()), Math.max(1, e.getLocation().getColumnNr()));
        SourcePosition opened = marked != null && marked.getContextMark() != null ? at(file, marked.getContextMark()) : at;
        int tab = firstTab(source, at.line());
        String line = line(source, at.line());
        String before = line.substring(0, Math.min(line.length(), at.column() - 1)).stripTrailing();
        if (problem.startsWith("Document nesting depth") || String.valueOf(e.getOriginalMessage()).startsWith("Document nesting depth")) {
            problems.error(at, "", "yaml.tooDeep", MAX_DEPTH);
        } else if (problem.contains("\\t") || problem.contains("tab character") || tab > 0) {
            problems.error(tab > 0 ? new SourcePosition(file, at.line(), tab) : at, "", "yaml.tab");
        } else if (problem.contains("escape")) {
            problems.error(at, "", "yaml.escape");
        } else if (context.contains("quoted scalar")) {
            String opening = line(source, opened.line());
            char quote = opened.column() <= opening.length() ? opening.charAt(opened.column() - 1) : '"';
            problems.error(opened, "", "yaml.unclosedQuote", String.valueOf(quote));
        } else if ((problem.contains("<scalar>")) && (before.endsWith("\"") || before.endsWith("'"))) {
            problems.error(at, "", "yaml.quoteClosedEarly");
        } else if (problem.contains("mapping values are not allowed")) {
            // "key: value" on a line indented under a value that is not a group: the line is misaligned.
            boolean field = line.matches("\\s+[\\w-]+:(\\s.*)?") && at.line() > 1;
            problems.error(field ? new SourcePosition(file, at.line(), 1) : at, "", field ? "yaml.indentation" : "yaml.colon");
        } else if (problem.contains("could not find expected ':'")) {
            problems.error(opened, "", "yaml.missingColon");
        } else if (context.contains("flow mapping") || context.contains("flow sequence")) {
            problems.error(at, "", "yaml.brackets");
        } else if (problem.startsWith("expected <block end>") || context.contains("while parsing a block")) {
            problems.error(at, "", "yaml.indentation");
        } else if (problem.contains("cannot start any token") || context.contains("alias") || context.contains("anchor")) {
            problems.error(at, "", "yaml.reservedStart");
        } else {
            problems.error(at, "", "yaml.other");
        }
    }

    private static String line(String source, int line) {
        return source.lines().skip(Math.max(0, line - 1)).findFirst().orElse("");
    }

    private static SourcePosition at(Path file, Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The column of the first tab used as indentation or separation on {@code line}, 0 if none. */
    private static int firstTab(String source, int line) {
        String text = line(source, line);
        int tab = text.indexOf('\t');
        return tab >= 0 && text.substring(0, tab).chars().noneMatch(c -> c == '"' || c == '\'') ? tab + 1 : 0;
    }
}
