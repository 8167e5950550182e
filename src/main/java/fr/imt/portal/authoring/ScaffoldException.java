package fr.imt.portal.authoring;

/**
 * A request the scaffolding commands refuse (an unknown action, a file that already exists, a
 * status that does not exist): the message says what to do instead. {@code contentProblem}
 * tells a refusal caused by errors already in the content from a mistake in the request.
 */
public final class ScaffoldException extends Exception {

    private final boolean contentProblem;

    ScaffoldException(String message) {
        this(message, false);
    }

    ScaffoldException(String message, boolean contentProblem) {
        super(message);
        this.contentProblem = contentProblem;
    }

    public boolean contentProblem() {
        return contentProblem;
    }
}
