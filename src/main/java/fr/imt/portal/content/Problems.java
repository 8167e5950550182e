package fr.imt.portal.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem found in one run, so that editors see all of them at once. */
public final class Problems {

    private final List<Problem> all = new ArrayList<>();

    /** An error at {@code at}: the message {@code key} of the editors' catalogue, with {@code args}. */
    public void error(SourcePosition at, String field, String key, Object... args) {
        error(at, field, Message.of(key, args));
    }

    public void warning(SourcePosition at, String field, String key, Object... args) {
        warning(at, field, Message.of(key, args));
    }

    public void error(Path file, String field, String key, Object... args) {
        error(SourcePosition.startOf(file), field, Message.of(key, args));
    }

    /** A source that could not be read: said in plain words, a text not saved as UTF-8 apart. */
    public void unreadable(Path file, String field, IOException e) {
        if (e instanceof CharacterCodingException) {
            error(file, field, YamlReader.NOT_UTF8);
        } else {
            error(file, field, "file.unreadable", String.valueOf(e.getMessage()));
        }
    }

    public synchronized void error(SourcePosition at, String field, Message message) {
        all.add(new Problem(Problem.Severity.ERROR, at, field, message));
    }

    public synchronized void warning(SourcePosition at, String field, Message message) {
        all.add(new Problem(Problem.Severity.WARNING, at, field, message));
    }

    /**
     * Says, in the first error of {@code file}, what else that error holds back ({@code consequence}),
     * so that one mistake is one error however many files depend on it.
     */
    public synchronized void addConsequence(Path file, Message consequence) {
        all.stream().filter(p -> p.severity() == Problem.Severity.ERROR && p.position().file().equals(file))
                .min(Problem.READING_ORDER).ifPresent(first -> all.set(all.indexOf(first), new Problem(first.severity(),
                        first.position(), first.field(), Message.of("problem.consequence", first.message(), consequence))));
    }

    /** Adds every problem of {@code other} (found apart, by checks whose findings are kept). */
    public void addAll(Problems other) {
        List<Problem> found;
        synchronized (other) {
            found = List.copyOf(other.all);
        }
        synchronized (this) {
            all.addAll(found);
        }
    }

    public synchronized List<Problem> errors() {
        return sorted(Problem.Severity.ERROR);
    }

    public synchronized List<Problem> warnings() {
        return sorted(Problem.Severity.WARNING);
    }

    public synchronized boolean hasErrors() {
        return all.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    private List<Problem> sorted(Problem.Severity severity) {
        return all.stream().filter(p -> p.severity() == severity).sorted(Problem.READING_ORDER).toList();
    }
}
