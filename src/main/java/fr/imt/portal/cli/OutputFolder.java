package fr.imt.portal.cli;

import fr.imt.portal.content.Catalogue;
import fr.imt.portal.model.Lang;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a site is written to ({@code --out}) when it cannot be: a file where a folder should
 * be, no permission, a full disk. It is not the content's fault, and the editor is told so in
 * plain words, with exit code {@value #EXIT_CODE}, never with a stack trace.
 */
final class OutputFolder {

    static final int EXIT_CODE = 4;

    private OutputFolder() {}

    /** Fails if the folder that holds {@code out} (where the site and its staging folder go) cannot be made and written. */
    static void checkWritable(Path out) {
        Path parent = out.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return; // The root itself: the build says what it cannot do there.
        }
        try {
            Files.createDirectories(parent);
            if (!Files.isWritable(parent)) {
                throw new AccessDeniedException(parent.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site to " + out.toAbsolutePath().normalize(), e);
        }
    }

    /** Says why the site could not be written to {@code out} (the system's reason as it gave it); returns the exit code. */
    static int unwritable(UncheckedIOException e, Path out, PrintStream err, Lang lang) {
        err.println(Catalogue.in(lang).say("out.unwritable", out.toAbsolutePath().normalize(),
                String.valueOf(e.getCause() != null ? e.getCause() : e.getMessage())));
        return EXIT_CODE;
    }
}
