package fr.imt.portal.cli;

import fr.imt.portal.authoring.ScaffoldException;
import fr.imt.portal.authoring.Scaffolds;
import fr.imt.portal.content.Catalogue;
import fr.imt.portal.content.SettingsCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code new news} and {@code new update action|milestone}: write what editors start from, dated
 * today, in both languages, with marked texts to fill in that {@code validate} reports until done.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Starts a news post or a progress update, dated today, in both languages.",
        subcommands = {NewCommand.News.class, NewCommand.Update.class})
final class NewCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                Catalogue.in(EditorLanguage.choose(null, System.getenv(), Path.of("."))).say("new.sayWhat"));
    }

    /** Options every scaffolding command takes. */
    static final class Where {
        @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/ (default: the current folder).")
        Path source = Path.of(".");

        @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The date to write (default: today in the time zone of site.properties).")
        LocalDate today;

        @picocli.CommandLine.Mixin
        LanguageOption language = new LanguageOption();

        Catalogue say() {
            return Catalogue.in(language.choose(source));
        }

        /**
         * Today where the publisher is (site.timeZone), as the pages' dates are, whatever the
         * machine's time zone; the machine's day when site.properties gives no valid zone, which
         * the {@code validate} the command suggests next reports.
         */
        LocalDate date() {
            return today != null ? today
                    : SettingsCheck.timeZone(source, Map.of()).map(LocalDate::now).orElseGet(LocalDate::now);
        }
    }

    static int report(Scaffolds.Written written, Catalogue say) {
        written.files().forEach(f -> System.out.println(say.say("new.wrote", f)));
        System.out.println("(" + say.render(written.note()) + ")");
        System.out.println(say.say("new.fillIn"));
        System.out.println("  ./portal validate");
        return 0;
    }

    static int refuse(ScaffoldException e, Catalogue say) {
        System.err.println(e.describe(say.lang()));
        return e.contentProblem() ? 1 : 2;
    }

    @Command(name = "news", mixinStandardHelpOptions = true,
            description = "Writes content/news/<today>-<slug>.fr.md and .en.md.")
    static final class News implements Callable<Integer> {
        @picocli.CommandLine.Mixin
        Where where = new Where();

        @Option(names = "--slug", required = true, description = "The post's address: lower-case words joined by dashes.")
        String slug;

        @Option(names = "--title-fr", description = "The French title (else a text to fill in).")
        String titleFr;

        @Option(names = "--title-en", description = "The English title (else a text to fill in).")
        String titleEn;

        @Override
        public Integer call() {
            try {
                return report(Scaffolds.news(where.source.toAbsolutePath().normalize(), slug, titleFr, titleEn, where.date()),
                        where.say());
            } catch (ScaffoldException e) {
                return refuse(e, where.say());
            }
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Adds a dated progress entry to an action or a milestone.",
            subcommands = {Update.ActionUpdate.class, Update.MilestoneUpdate.class})
    static final class Update implements Runnable {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    Catalogue.in(EditorLanguage.choose(null, System.getenv(), Path.of("."))).say("new.sayWhatUpdate"));
        }

        @Command(name = "action", mixinStandardHelpOptions = true,
                description = "Adds a progress entry dated today to content/hrs4r/actions/NN.yaml (and sets its status).")
        static final class ActionUpdate implements Callable<Integer> {
            @picocli.CommandLine.Mixin
            Where where = new Where();

            @Parameters(paramLabel = "NUMBER", descriptionKey = "number", description = "The action's number, such as 18.")
            int number;

            @Option(names = "--status", description = "The new status: planned, in_progress, done or cancelled (omit to keep it).")
            String status;

            @Override
            public Integer call() {
                try {
                    return report(Scaffolds.action(where.source.toAbsolutePath().normalize(), number, status, where.date()),
                            where.say());
                } catch (ScaffoldException e) {
                    return refuse(e, where.say());
                }
            }
        }

        @Command(name = "milestone", mixinStandardHelpOptions = true,
                description = "Adds a progress entry dated today to content/cop/milestones/<ID>.yaml about one year's step "
                        + "(and sets that step's status and report date).")
        static final class MilestoneUpdate implements Callable<Integer> {
            @picocli.CommandLine.Mixin
            Where where = new Where();

            @Parameters(paramLabel = "ID", descriptionKey = "id", description = "The milestone's code, such as J2.")
            String id;

            @Option(names = "--year", required = true, description = "The year of the step the update is about.")
            int year;

            @Option(names = "--status", description = "The step's new status: planned, in_progress, done or cancelled (omit to keep it).")
            String status;

            @Override
            public Integer call() {
                try {
                    return report(Scaffolds.milestone(where.source.toAbsolutePath().normalize(), id, year, status, where.date()),
                            where.say());
                } catch (ScaffoldException e) {
                    return refuse(e, where.say());
                }
            }
        }
    }
}
