package fr.imt.portal.cli;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.content.Problems;
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

    @Option(names = "--strict", description = "Fail on warnings too (for example in continuous integration).")
    boolean strict;

    @Override
    public Integer call() {
        Problems problems = SiteBuilder.validate(site.source, site.buildDate());
        ProblemReport.print(problems, site.source, System.err, false, strict);
        if (problems.hasErrors() || (strict && !problems.warnings().isEmpty())) {
            return 1;
        }
        System.out.println(problems.warnings().isEmpty() ? "The content is valid."
                : "The content is valid, with warnings (above).");
        return 0;
    }
}
