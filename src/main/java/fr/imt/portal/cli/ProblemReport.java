package fr.imt.portal.cli;

import fr.imt.portal.content.Problem;
import fr.imt.portal.content.Problems;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Prints content problems for editors: one line each, errors then warnings, with a count. */
final class ProblemReport {

    private ProblemReport() {}

    static void print(Problems problems, Path source, PrintStream out, boolean building) {
        Path root = source.toAbsolutePath().normalize();
        List<Problem> errors = problems.errors();
        List<Problem> warnings = problems.warnings();
        errors.forEach(p -> out.println(p.describe(root)));
        warnings.forEach(p -> out.println(p.describe(root)));
        if (!errors.isEmpty()) {
            out.println(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the content"
                    + (warnings.isEmpty() ? "" : ", " + warnings.size() + " warning(s)")
                    + (building ? ". Nothing was published; the previous site is unchanged." : "."));
        } else if (!warnings.isEmpty()) {
            out.println(warnings.size() + " warning(s) in the content.");
        }
    }
}
