package fr.imt.portal.cli;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.content.Problems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Checks every source file and writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks every content file and reports all problems at once; writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Override
    public Integer call() {
        Problems problems = SiteBuilder.validate(site.source);
        ProblemReport.print(problems, site.source, System.err, false);
        if (problems.hasErrors()) {
            return 1;
        }
        System.out.println("The content is valid.");
        return 0;
    }
}
