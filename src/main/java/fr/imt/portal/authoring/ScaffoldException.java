package fr.imt.portal.authoring;

import fr.imt.portal.content.Catalogue;
import fr.imt.portal.content.Message;
import fr.imt.portal.content.Problem;
import fr.imt.portal.model.Lang;

import java.nio.file.Path;
import java.util.List;

/**
 * A request the scaffolding commands refuse (an unknown action, a file that already exists, a
 * status that does not exist): the message says what to do instead, in the editor's language
 * ({@link #describe}), followed by the content's problems when they are the cause.
 * {@code contentProblem} tells a refusal caused by errors already in the content from a mistake
 * in the request.
 */
public final class ScaffoldException extends Exception {

    private final transient Message reason;
    private final transient Path site;
    private final transient List<Problem> problems;
    private final boolean contentProblem;

    /** A mistake in the request. */
    ScaffoldException(Message reason) {
        this(reason, null, List.of(), false);
    }

    /** A refusal caused by the content of the file to edit, with its {@code problems} (found in {@code site}). */
    ScaffoldException(Message reason, Path site, List<Problem> problems) {
        this(reason, site, problems, true);
    }

    private ScaffoldException(Message reason, Path site, List<Problem> problems, boolean contentProblem) {
        super(Catalogue.in(Lang.EN).render(reason));
        this.reason = reason;
        this.site = site;
        this.problems = List.copyOf(problems);
        this.contentProblem = contentProblem;
    }

    public boolean contentProblem() {
        return contentProblem;
    }

    /** The refusal in {@code lang}, then the problems that caused it, one a line. */
    public String describe(Lang lang) {
        StringBuilder text = new StringBuilder(Catalogue.in(lang).render(reason));
        problems.stream().map(p -> p.describe(site, lang)).distinct().forEach(p -> text.append('\n').append(p));
        return text.toString();
    }
}
