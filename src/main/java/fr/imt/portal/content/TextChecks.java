package fr.imt.portal.content;

import java.nio.file.Path;

/**
 * Checks of a source file's characters before it is parsed: a byte-order mark at the very start
 * is dropped (some editors write one), and every character that has no place in a text an editor
 * means to publish is an error at its line and column: control characters other than tab and line
 * breaks (NUL, BEL, the C1 controls), a byte-order mark inside the text, and the non-characters
 * U+FFFE and U+FFFF. None of them can be seen in an editor, and XML (the Atom feeds, the sitemap,
 * the SVG charts) cannot hold most of them, so they must never reach a page.
 */
final class TextChecks {

    /** At most this many characters reported per file: a binary file saved as text would give thousands. */
    private static final int REPORTED = 5;

    private TextChecks() {}

    /**
     * {@code text} without a leading byte-order mark; every forbidden character is reported in
     * {@code problems} ({@code firstLine} is the line of the file where {@code text} begins).
     * Returns null when one was found.
     */
    static String clean(Path file, String text, int firstLine, Problems problems) {
        String body = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        int line = firstLine;
        int lineStart = 0;
        int found = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (forbidden(c)) {
                if (found < REPORTED) {
                    problems.error(new SourcePosition(file, line, i - lineStart + 1), "",
                            "text.invisible", name(c));
                }
                found++;
            }
        }
        if (found > REPORTED) {
            problems.error(SourcePosition.startOf(file), "", "text.moreInvisible", found - REPORTED);
        }
        return found == 0 ? body : null;
    }

    /** Control characters except tab, line feed and carriage return; a byte-order mark inside; non-characters. */
    static boolean forbidden(char c) {
        return (c < ' ' && c != '\t' && c != '\n' && c != '\r') || (c >= '\u007F' && c <= '\u009F')
                || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF';
    }

    private static String name(char c) {
        String code = String.format("U+%04X", (int) c);
        return switch (c) {
            case '\u0000' -> code + " (NUL)";
            case '\u0007' -> code + " (BEL)";
            case '\u0008' -> code + " (backspace)";
            case '\u000B' -> code + " (vertical tab)";
            case '\u000C' -> code + " (form feed)";
            case '\u001B' -> code + " (escape)";
            case '\u007F' -> code + " (delete)";
            case '\uFEFF' -> code + " (a byte-order mark, allowed only at the very start of a file)";
            default -> c < ' ' || c <= '\u009F' ? code + " (a control character)" : code + " (not a character)";
        };
    }
}
