package fr.imt.portal.cli;

import fr.imt.portal.content.Catalogue;
import fr.imt.portal.content.Message;
import fr.imt.portal.content.Problem;
import fr.imt.portal.content.Problems;
import fr.imt.portal.model.Lang;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints content problems for editors, in their language: every error, one line each; then the
 * warnings as one short summary (how many of each kind, and the command that lists them), so
 * that an error is never buried under them. Listed in full on request ({@code --warnings}), or
 * when {@code --strict} makes them stop the build: then a warning repeated in many places
 * (English still marked as our translation, in about a hundred files) becomes one heading
 * listing every place, folder by folder, so every file stays findable.
 */
final class ProblemReport {

    /** From this many places on, a listed warning is summarised instead of printed line by line. */
    static final int SUMMARY_FROM = 4;
    private static final int WIDTH = 100;

    /** How the report ends and how much of it is shown. */
    record Options(Lang lang, boolean building, boolean strict, boolean allWarnings) {}

    private ProblemReport() {}

    static void print(Problems problems, Path source, PrintStream out, Options options) {
        Catalogue say = Catalogue.in(options.lang());
        Path root = source.toAbsolutePath().normalize();
        List<Problem> errors = problems.errors();
        List<Problem> warnings = problems.warnings();
        if (errors.isEmpty() && warnings.isEmpty()) {
            return;
        }
        errors.forEach(p -> out.println(p.describe(root, options.lang())));
        if (!warnings.isEmpty()) {
            if (!errors.isEmpty()) {
                out.println();
            }
            if (options.allWarnings() || options.strict()) {
                out.println(say.say(options.strict() ? "report.warnings.headingStrict" : "report.warnings.heading",
                        warnings.size()));
                printWarnings(warnings, root, out, options.lang());
            } else {
                out.println(say.say("report.warnings.summary", warnings.size(), kinds(warnings)));
            }
        }
        boolean failed = !errors.isEmpty() || (options.strict() && !warnings.isEmpty());
        if (!failed && !options.allWarnings()) {
            return; // the summary line already counts the warnings
        }
        String count = errors.isEmpty() ? say.say("report.count.warnings", warnings.size())
                : warnings.isEmpty() ? say.say("report.count.errors", errors.size())
                : say.say("report.count.errorsAndWarnings", errors.size(), warnings.size());
        out.println(count + (failed && options.building() ? " " + say.say("report.notPublished") : ""));
    }

    /**
     * "120 English texts marked as our unreviewed translation, 2 dates after the build date": one
     * item per kind, given how many, then the arguments of the kind's first warning (a kind's words
     * quote only those every warning of the kind shares, such as the translated language).
     */
    private static List<Message> kinds(List<Problem> warnings) {
        Map<String, Integer> byKey = new LinkedHashMap<>();
        Map<String, List<Object>> firstArgs = new LinkedHashMap<>();
        warnings.forEach(w -> {
            byKey.merge(w.message().key(), 1, Integer::sum);
            firstArgs.putIfAbsent(w.message().key(), w.message().args());
        });
        List<Message> kinds = new ArrayList<>();
        int others = 0;
        for (Map.Entry<String, Integer> kind : byKey.entrySet()) {
            if (Catalogue.in(Lang.FR).has(kind.getKey() + ".kind")) {
                List<Object> args = new ArrayList<>();
                args.add(kind.getValue());
                args.addAll(firstArgs.get(kind.getKey()));
                kinds.add(new Message(kind.getKey() + ".kind", args));
            } else {
                others += kind.getValue();
            }
        }
        if (others > 0) {
            kinds.add(Message.of("report.warnings.other", others));
        }
        return kinds;
    }

    private static void printWarnings(List<Problem> warnings, Path root, PrintStream out, Lang lang) {
        Map<Message, List<Problem>> byMessage = new LinkedHashMap<>();
        warnings.forEach(w -> byMessage.computeIfAbsent(w.message(), m -> new ArrayList<>()).add(w));
        for (Problem w : warnings) {
            if (byMessage.get(w.message()).size() < SUMMARY_FROM) {
                out.println(w.describe(root, lang));
            }
        }
        byMessage.forEach((message, places) -> {
            if (places.size() >= SUMMARY_FROM) {
                summarise(places, root, out, lang);
            }
        });
    }

    /** One heading with the message and the count, then each folder on its own (wrapped) line with its files. */
    private static void summarise(List<Problem> places, Path root, PrintStream out, Lang lang) {
        Catalogue say = Catalogue.in(lang);
        Map<String, List<String>> byFolder = new LinkedHashMap<>();
        for (Problem p : places) {
            String where = relative(p.position().file(), root);
            int slash = where.lastIndexOf('/');
            String at = where.substring(slash + 1) + ":" + p.position().line() + ":" + p.position().column();
            byFolder.computeIfAbsent(where.substring(0, slash + 1), f -> new ArrayList<>()).add(at);
        }
        long files = places.stream().map(p -> p.position().file()).distinct().count();
        boolean oneField = places.stream().map(Problem::field).distinct().count() == 1;
        String message = (oneField && !places.get(0).field().isEmpty() ? places.get(0).field() + ": " : "")
                + places.get(0).message(lang);
        out.println(say.say("problem.warning") + " " + (places.size() == files
                ? say.say("report.warnings.inFiles", message, files)
                : say.say("report.warnings.inPlaces", message, places.size(), files)));
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
