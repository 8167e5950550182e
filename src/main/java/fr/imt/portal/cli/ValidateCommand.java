package fr.imt.portal.cli;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.content.Catalogue;
import fr.imt.portal.content.Problems;
import fr.imt.portal.model.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** Checks every source file and writes nothing: fast enough for a pre-commit hook. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks every content file and reports all problems at once, errors then warnings; writes nothing."
                + " Exits 1 on errors (or, with --strict, on warnings too).")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Mixin
    LanguageOption language = new LanguageOption();

    @Option(names = "--strict", description = "Fail on warnings too (for example in continuous integration).")
    boolean strict;

    @Option(names = "--warnings", description = "List every warning (by default, only how many of each kind).")
    boolean warnings;

    @Option(names = "--before-commit", hidden = true, description = "Ends with what the pre-commit hook tells the editor.")
    boolean beforeCommit;

    @Override
    public Integer call() {
        Lang lang = language.choose(site.source);
        Catalogue say = Catalogue.in(lang);
        Problems problems = SiteBuilder.validate(site.source, site.buildDate());
        ProblemReport.print(problems, site.source, System.err, new ProblemReport.Options(lang, false, strict, warnings));
        if (problems.hasErrors() || (strict && !problems.warnings().isEmpty())) {
            if (beforeCommit) {
                System.err.println(say.say("hook.refused"));
            }
            return 1;
        }
        System.out.println(say.say(problems.warnings().isEmpty() ? "validate.valid" : "validate.validWithWarnings"));
        return 0;
    }
}
