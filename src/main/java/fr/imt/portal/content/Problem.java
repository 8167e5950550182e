package fr.imt.portal.content;

import fr.imt.portal.model.Lang;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One thing wrong (or worth a look) in the content, with everything an editor needs to fix it:
 * where, which field, and what was expected. Problems are data; exceptions are for bugs. The
 * message is put into words when printed, in the editor's language.
 */
public record Problem(Severity severity, SourcePosition position, String field, Message message) {

    /** Errors stop the build; warnings are reported and only fail it in strict mode. */
    public enum Severity { ERROR, WARNING }

    public static final Comparator<Problem> READING_ORDER = Comparator
            .comparing((Problem p) -> p.position().file().toString())
            .thenComparingInt(p -> p.position().line())
            .thenComparingInt(p -> p.position().column())
            .thenComparing(Problem::field)
            .thenComparing(p -> p.message().key());

    /** The message alone, in {@code lang}. */
    public String message(Lang lang) {
        return Catalogue.in(lang).render(message);
    }

    /** The line printed for editors: {@code file:line:column: field: message}, file relative to {@code root}. */
    public String describe(Path root, Lang lang) {
        Path file = position.file();
        Path shown = file.isAbsolute() && root != null && file.startsWith(root) ? root.relativize(file) : file;
        String where = shown.toString().replace('\\', '/') + ":" + position.line() + ":" + position.column();
        String what = field.isEmpty() ? message(lang) : field + ": " + message(lang);
        return where + ": " + (severity == Severity.WARNING ? Catalogue.in(lang).say("problem.warning") + " " : "") + what;
    }
}
