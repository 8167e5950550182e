package fr.imt.portal.content;


import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The marked text that {@code new news} and {@code new update} write for editors to replace,
 * such as {@code [À COMPLÉTER : …]}. Any such text left in the content is an error, so a
 * scaffold can never be published half-filled.
 */
public final class Placeholders {

    /** How a French text to fill in starts. */
    public static final String FR = "[À COMPLÉTER";
    /** How an English text to fill in starts. */
    public static final String EN = "[TO FILL IN";

    /** The key of the message that reports a text still to fill in (the scaffolds look for it). */
    public static final String LEFT = "placeholder.left";

    private Placeholders() {}

    public static boolean in(String text) {
        return text.contains(FR) || text.contains(EN);
    }

    /** Reports every text value of {@code node} that still holds a placeholder. */
    static void check(YamlNode node, String field, Problems problems) {
        if (node instanceof YamlNode.Scalar s) {
            if (s.kind() == YamlNode.Scalar.Kind.TEXT && in(s.text())) {
                report(s.position(), field, problems);
            }
        } else if (node instanceof YamlNode.Sequence seq) {
            List<YamlNode> items = seq.items();
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), FieldPath.item(field, i), problems);
            }
        } else if (node instanceof YamlNode.Mapping map) {
            for (Map.Entry<String, YamlNode.Entry> e : map.entries().entrySet()) {
                check(e.getValue().value(), FieldPath.child(field, e.getKey()), problems);
            }
        }
    }

    /** Reports every line of a Markdown {@code text} (its first line being {@code firstLine}) that holds a placeholder. */
    static void check(Path file, String text, int firstLine, Problems problems) {
        if (!in(text)) {
            return;
        }
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = Math.max(line.indexOf(FR), line.indexOf(EN));
            if (at >= 0) {
                report(new SourcePosition(file, firstLine + i, at + 1), "", problems);
            }
        }
    }

    private static void report(SourcePosition at, String field, Problems problems) {
        problems.error(at, field, Placeholders.LEFT);
    }
}
