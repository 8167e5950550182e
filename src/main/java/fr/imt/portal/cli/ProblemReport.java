package fr.imt.portal.cli;

import fr.imt.portal.content.Problem;
import fr.imt.portal.content.Problems;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints content problems for editors: errors first, one line each; then, under their own
 * heading, warnings. A warning repeated in many places (English still marked as our
 * translation, in about a hundred files) becomes one summary listing every place, folder by
 * folder, so the report stays readable and every file stays findable.
 */
final class ProblemReport {

    /** From this many places on, a warning is summarised instead of printed line by line. */
    static final int SUMMARY_FROM = 4;
    private static final int WIDTH = 100;

    private ProblemReport() {}

    static void print(Problems problems, Path source, PrintStream out, boolean building) {
        print(problems, source, out, building, false);
    }

    static void print(Problems problems, Path source, PrintStream out, boolean building, boolean strict) {
        Path root = source.toAbsolutePath().normalize();
        List<Problem> errors = problems.errors();
        List<Problem> warnings = problems.warnings();
        errors.forEach(p -> out.println(p.describe(root)));
        if (!warnings.isEmpty()) {
            if (!errors.isEmpty()) {
                out.println();
            }
            out.println("Warnings (" + warnings.size() + "): worth a look, "
                    + (strict ? "and --strict makes them stop the build:" : "but they do not stop the build (--strict makes them):"));
            printWarnings(warnings, root, out);
        }
        boolean failed = !errors.isEmpty() || (strict && !warnings.isEmpty());
        String warningCount = warnings.size() + (warnings.size() == 1 ? " warning" : " warnings");
        String count = errors.isEmpty() ? warningCount + " in the content"
                : errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the content"
                + (warnings.isEmpty() ? "" : ", and " + warningCount);
        if (errors.isEmpty() && warnings.isEmpty()) {
            return;
        }
        out.println(count + (failed && building ? ". Nothing was published; the previous site is unchanged." : "."));
    }

    private static void printWarnings(List<Problem> warnings, Path root, PrintStream out) {
        Map<String, List<Problem>> byMessage = new LinkedHashMap<>();
        warnings.forEach(w -> byMessage.computeIfAbsent(w.message(), m -> new ArrayList<>()).add(w));
        for (Problem w : warnings) {
            if (byMessage.get(w.message()).size() < SUMMARY_FROM) {
                out.println(w.describe(root));
            }
        }
        byMessage.forEach((message, places) -> {
            if (places.size() >= SUMMARY_FROM) {
                summarise(message, places, root, out);
            }
        });
    }

    /** One heading with the message and the count, then each folder on its own (wrapped) line with its files. */
    private static void summarise(String message, List<Problem> places, Path root, PrintStream out) {
        Map<String, List<String>> byFolder = new LinkedHashMap<>();
        for (Problem p : places) {
            String where = relative(p.position().file(), root);
            int slash = where.lastIndexOf('/');
            String at = where.substring(slash + 1) + ":" + p.position().line() + ":" + p.position().column();
            byFolder.computeIfAbsent(where.substring(0, slash + 1), f -> new ArrayList<>()).add(at);
        }
        long files = places.stream().map(p -> p.position().file()).distinct().count();
        boolean oneField = places.stream().map(Problem::field).distinct().count() == 1;
        out.println("warning: " + (oneField && !places.get(0).field().isEmpty() ? places.get(0).field() + ": " : "")
                + message + " (" + places.size() + (places.size() == files ? "" : " places in " + files)
                + " files):");
        byFolder.forEach((folder, ats) -> {
            StringBuilder line = new StringBuilder("  " + folder + " ");
            for (int i = 0; i < ats.size(); i++) {
                String item = ats.get(i) + (i < ats.size() - 1 ? "," : "");
                if (line.length() + 1 + item.length() > WIDTH && !line.toString().isBlank()) {
                    out.println(line.toString().stripTrailing());
                    line = new StringBuilder("      ");
                }
                line.append(item).append(' ');
            }
            out.println(line.toString().stripTrailing());
        });
    }

    private static String relative(Path file, Path root) {
        Path shown = file.isAbsolute() && file.startsWith(root) ? root.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }
}
