package fr.imt.portal.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an editor can type that would publish something other than what they meant, found in
 * the sources: an unquoted {@code " #"} that makes YAML drop the rest of a text as a comment (a
 * warning, since a comment may be meant), and HTML tags, which the site would show as written
 * (an error: Markdown says the same safely).
 */
final class TextTraps {

    /** An HTML tag or comment: {@code <b>}, {@code </p>}, {@code <a href="…">}, {@code <br/>}, {@code <!--}. */
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|<!--");
    /**
     * A value a comment may follow on purpose: an identifier, a status, a date, a code such as M1
     * ({@code status: done # since March}); not a sentence nor a capitalised word.
     */
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9][a-z0-9_./:+-]*|[A-Z][0-9]+");
    /** Markdown code, where tags are meant to show as written: `…` spans. */
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)[^`]*?\\1");

    private TextTraps() {}

    /** Checks every text value of a YAML tree, reading the file's own lines for what YAML dropped. */
    static void yaml(YamlNode node, String field, Problems problems) {
        yaml(node, field, problems, new FileLines());
    }

    private static void yaml(YamlNode node, String field, Problems problems, FileLines lines) {
        if (node instanceof YamlNode.Scalar s) {
            if (s.kind() == YamlNode.Scalar.Kind.TEXT) {
                int tag = tagAt(s.text());
                if (tag >= 0) {
                    reportHtml(s.position(), field, s.text(), tag, problems);
                }
                cutByComment(s, field, problems, lines);
            }
        } else if (node instanceof YamlNode.Sequence seq) {
            List<YamlNode> items = seq.items();
            for (int i = 0; i < items.size(); i++) {
                yaml(items.get(i), FieldPath.item(field, i), problems, lines);
            }
        } else if (node instanceof YamlNode.Mapping map) {
            for (Map.Entry<String, YamlNode.Entry> e : map.entries().entrySet()) {
                yaml(e.getValue().value(), FieldPath.child(field, e.getKey()), problems, lines);
            }
        }
    }

    /**
     * The lines of the file a tree was read from: the tree keeps the texts, not how they were
     * written (quoted or not, what followed on the line), so the file is read again, once per tree.
     */
    private static final class FileLines {
        private Path file;
        private List<String> lines = List.of();

        List<String> of(Path wanted) {
            if (!wanted.equals(file)) {
                file = wanted;
                try {
                    lines = Files.readString(wanted).lines().toList();
                } catch (IOException e) {
                    lines = List.of(); // the file was read a moment ago; a problem reading it again is reported by the next run
                }
            }
            return lines;
        }
    }

    /** Checks Markdown {@code text} of {@code file} (its first line being {@code firstLine}) for HTML outside code. */
    static void markdown(Path file, String text, int firstLine, Problems problems) {
        List<String> lines = text.lines().toList();
        boolean fenced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            int tag = fenced ? -1 : tagAt(line);
            if (tag >= 0) {
                reportHtml(new SourcePosition(file, firstLine + i, tag + 1), "", line, tag, problems);
            }
        }
    }

    /** Where {@code text} holds an HTML tag outside code, or -1. */
    private static int tagAt(String text) {
        Matcher tag = TAG.matcher(blankCode(text));
        return tag.find() ? tag.start() : -1;
    }

    private static void reportHtml(SourcePosition at, String field, String text, int tag, Problems problems) {
        int end = text.indexOf('>', tag);
        String written = text.substring(tag, end < 0 ? Math.min(text.length(), tag + 4) : end + 1);
        problems.error(at, field, "text.html", written);
    }

    /** {@code text} with its code spans blanked out, positions kept. */
    private static String blankCode(String text) {
        Matcher code = CODE_SPAN.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (code.find()) {
            for (int i = code.start(); i < code.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    /**
     * A plain (unquoted) text whose line goes on with {@code " #"}: YAML read the rest as a
     * comment, and the site would publish the text cut there.
     */
    private static void cutByComment(YamlNode.Scalar s, String field, Problems problems, FileLines source) {
        SourcePosition at = s.position();
        List<String> lines = source.of(at.file());
        if (at.line() < 1 || at.line() > lines.size()) {
            return;
        }
        String line = lines.get(at.line() - 1);
        int start = at.column() - 1;
        if (start < 0 || start >= line.length() || "\"'|>".indexOf(line.charAt(start)) >= 0) {
            return; // quoted or a block: a # is part of the text
        }
        int comment = line.indexOf(" #", start);
        int tab = line.indexOf("\t#", start);
        if (tab >= 0 && (comment < 0 || tab < comment)) {
            comment = tab;
        }
        // The text must end right where the comment starts: in [a, b] # note, the list ends first.
        if (comment < 0 || !line.substring(start, comment).strip().equals(s.text()) || TOKEN.matcher(s.text()).matches()) {
            return;
        }
        String dropped = line.substring(comment + 1).strip();
        String whole = line.substring(start).strip();
        problems.warning(new SourcePosition(at.file(), at.line(), comment + 2), field, "text.cutByComment",
                dropped, whole.replace("\"", "\\\""));
    }
}
