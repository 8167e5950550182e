package fr.imt.portal.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of Markdown prose made before it is converted (the render stage's job): how deep its
 * blocks and inline marks nest, since the Markdown library converts nested blocks by recursion
 * and a few hundred levels exhaust a thread's stack; and the links to the site's own pages it
 * holds, which the build checks once it knows every page.
 */
public final class MarkdownChecks {

    /**
     * How deep quotes and lists may nest, counting a list's indentation as one level per two
     * spaces. Prose needs three or four levels; the Markdown library fails at a few hundred.
     */
    static final int MAX_BLOCK_DEPTH = 32;

    /**
     * How many emphasis and link marks ({@code * _ [}) a paragraph may hold: inline marks nest
     * too, and the library fails at a few thousand of them in one paragraph.
     */
    static final int MAX_INLINE_MARKS = 1500;

    /**
     * A link to a site path: {@code [words](/fr/actions/12/)}, {@code ![image](/img/x.png)},
     * or a reference definition {@code [name]: /fr/actions/12/}; not {@code //host/...}.
     */
    private static final Pattern SITE_LINK = Pattern.compile("\\]\\(\\s*<?(/(?!/)[^\\s)>]*)|^ {0,3}\\[[^\\]]+\\]:\\s*<?(/(?!/)[^\\s>]*)",
            Pattern.MULTILINE);

    /** A link an editor wrote to a path of the site (such as {@code /fr/actions/12/}), and where. */
    public record SiteLink(String path, SourcePosition at) {}

    private MarkdownChecks() {}

    /** Reports, once per file, the first line whose blocks nest too deep and the first paragraph with too many inline marks. */
    static void nesting(Path file, String text, int firstLine, Problems problems) {
        int line = firstLine;
        int marks = 0;
        int paragraphStart = firstLine;
        boolean blocksReported = false;
        for (String row : text.split("\n", -1)) {
            if (row.isBlank()) {
                marks = 0;
                paragraphStart = line + 1;
            }
            if (!blocksReported && depth(row) > MAX_BLOCK_DEPTH) {
                problems.error(new SourcePosition(file, line, 1), "", "markdown.tooDeep", MAX_BLOCK_DEPTH);
                blocksReported = true;
            }
            for (int i = 0; i < row.length(); i++) {
                char c = row.charAt(i);
                if (c == '*' || c == '_' || c == '[') {
                    marks++;
                }
            }
            if (marks > MAX_INLINE_MARKS) {
                problems.error(new SourcePosition(file, paragraphStart, 1), "", "markdown.tooManyMarks", MAX_INLINE_MARKS);
                return;
            }
            line++;
        }
    }

    /** How many quote and list marks open the line, plus one level per two spaces of indentation. */
    private static int depth(String row) {
        int depth = 0;
        int indent = 0;
        int i = 0;
        while (i < row.length()) {
            char c = row.charAt(i);
            if (c == ' ') {
                indent++;
                i++;
            } else if (c == '\t') {
                indent += 4;
                i++;
            } else if (c == '>') {
                depth++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < row.length() && (row.charAt(i + 1) == ' ' || row.charAt(i + 1) == '\t')) {
                depth++;
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < row.length() && j - i < 9 && Character.isDigit(row.charAt(j))) {
                    j++;
                }
                if (j + 1 < row.length() && (row.charAt(j) == '.' || row.charAt(j) == ')') && row.charAt(j + 1) == ' ') {
                    depth++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return depth + indent / 2;
    }

    /** The links to site paths in {@code text}, Markdown from {@code file} (a link in a code span counts too). */
    static List<SiteLink> siteLinks(Path file, String text) {
        if (text.indexOf("/") < 0) {
            return List.of();
        }
        List<SiteLink> links = new ArrayList<>();
        Matcher m = SITE_LINK.matcher(text);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            int start = m.start(group);
            int line = 1;
            int lineStart = 0;
            for (int i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) {
                line++;
                lineStart = i + 1;
            }
            links.add(new SiteLink(m.group(group), new SourcePosition(file, line, start - lineStart + 1)));
        }
        return links;
    }
}
