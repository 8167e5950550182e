package fr.imt.portal.content;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong (or worth a look) in the content, with everything an editor needs to fix it:
 * where, which field, and what was expected. Problems are data; exceptions are for bugs.
 */
public record Problem(Severity severity, SourcePosition position, String field, String message) {

    /** Errors stop the build; warnings are reported and only fail it in strict mode. */
    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> READING_ORDER = Comparator
            .comparing((Problem p) -> p.position().file().toString())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    /** The line printed for editors: {@code file:line:column: field: message}, file relative to {@code root}. */
    public String describe(Path root) {
        Path file = position.file();
        Path shown = file.isAbsolute() && root != null && file.startsWith(root) ? root.relativize(file) : file;
        String where = shown.toString().replace('\\', '/') + ":" + position.line() + ":" + position.column();
        String what = field.isEmpty() ? message : field + ": " + message;
        return where + ": " + (severity == Severity.WARNING ? "warning: " : "") + what;
    }
}
