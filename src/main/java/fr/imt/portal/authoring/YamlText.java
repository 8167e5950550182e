package fr.imt.portal.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A YAML file edited as text, line by line, so that its comments, order, quoting and layout stay
 * as the editor wrote them. Positions come from the parsed tree ({@link fr.imt.portal.content.YamlNode});
 * edits are collected and applied from the bottom up so that they never shift one another.
 */
final class YamlText {

    private record Edit(int line, int remove, List<String> insert, int order) {}

    private final List<String> lines;
    private final List<Edit> edits = new ArrayList<>();

    YamlText(String text) {
        this.lines = new ArrayList<>(text.lines().toList());
    }

    String line(int index) {
        return lines.get(index);
    }

    int size() {
        return lines.size();
    }

    static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isContent(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("#");
    }

    /**
     * The index just after the last content line of the block that starts at line {@code first}
     * (0-based) and holds every following line indented more than {@code indent} (blank lines and
     * comments included); trailing blank lines and comments stay outside, with what follows.
     */
    int blockEnd(int first, int indent) {
        int end = first + 1;
        for (int i = first + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!isContent(line)) {
                continue;
            }
            if (indentOf(line) <= indent) {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    /** Replaces the scalar starting at {@code column} (1-based) of line {@code index} with {@code value}. */
    void replaceScalar(int index, int column, String value) {
        String line = lines.get(index);
        int start = column - 1;
        int end;
        char c = start < line.length() ? line.charAt(start) : ' ';
        if (c == '"' || c == '\'') {
            end = line.indexOf(c, start + 1) + 1;
        } else {
            end = start;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end)) && line.charAt(end) != '#') {
                end++;
            }
        }
        edits.add(new Edit(index, 1, List.of(line.substring(0, start) + value + line.substring(end)), edits.size()));
    }

    void replaceLine(int index, String text) {
        edits.add(new Edit(index, 1, List.of(text), edits.size()));
    }

    /** Inserts {@code text} before line {@code index} ({@code size()} to append). */
    void insert(int index, List<String> text) {
        edits.add(new Edit(index, 0, List.copyOf(text), edits.size()));
    }

    String apply() {
        List<String> out = new ArrayList<>(lines);
        // Bottom up; at one line, replacements before insertions, and insertions last-made first so
        // that they end up in the order they were made.
        edits.stream().sorted(Comparator.comparingInt(Edit::line).reversed()
                        .thenComparing(Comparator.comparingInt(Edit::remove).reversed())
                        .thenComparing(Comparator.comparingInt(Edit::order).reversed()))
                .forEach(e -> {
                    for (int i = 0; i < e.remove(); i++) {
                        out.remove(e.line());
                    }
                    out.addAll(e.line(), e.insert());
                });
        return String.join("\n", out) + "\n";
    }
}
