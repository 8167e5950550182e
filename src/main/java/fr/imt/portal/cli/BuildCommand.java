package fr.imt.portal.cli;

import fr.imt.portal.SiteBuilder;
import fr.imt.portal.content.Catalogue;
import fr.imt.portal.model.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Builds the whole site into the output folder, replacing it only if the build succeeds. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site (the default command). A failed build leaves the previous site untouched.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Mixin
    LanguageOption language = new LanguageOption();

    @Option(names = "--timings", description = "Also print the time spent in each stage (for the benchmark).")
    boolean timings;

    @Option(names = "--strict", description = "Fail on content warnings too: then nothing is published.")
    boolean strict;

    @Option(names = "--warnings", description = "List every warning (by default, only how many of each kind).")
    boolean warnings;

    @Mixin
    DeployOptions deploy = new DeployOptions();

    @Option(names = "--publish", description = "Build for publication: first check that every setting the legal"
            + " notice and the other prose pages quote is filled in, and stop (exit 1, nothing built) if one is not.")
    boolean publish;

    @Override
    public Integer call() {
        long startup = ManagementFactory.getRuntimeMXBean().getUptime();
        Lang lang = language.choose(site.source);
        Catalogue say = Catalogue.in(lang);
        long start = System.nanoTime();
        if (publish) {
            var missing = SiteBuilder.publicationCheck(site.source, deploy.settings());
            if (missing.hasErrors()) {
                ProblemReport.print(missing, site.source, System.err, new ProblemReport.Options(lang, true, strict, true));
                System.err.println(say.say("build.notPublished"));
                return 1;
            }
        }
        SiteBuilder.Report report;
        try {
            report = SiteBuilder.build(new SiteBuilder.Options(site.source, site.output(), site.buildDate(), deploy.settings()), strict);
        } catch (UncheckedIOException e) {
            return OutputFolder.unwritable(e, site.output(), System.err, lang);
        }
        ProblemReport.print(report.problems(), site.source, System.err, new ProblemReport.Options(lang, true, strict, warnings));
        if (report.problems().hasErrors() || (strict && !report.problems().warnings().isEmpty())) {
            return 1;
        }
        if (!report.renderingErrors().isEmpty()) {
            System.err.println(say.say("build.renderingFailed"));
            report.renderingErrors().stream().flatMap(String::lines).filter(l -> !l.isBlank()).limit(40)
                    .forEach(e -> System.err.println("  " + e));
            System.err.println(say.say("report.notPublished"));
            return 3;
        }
        Path out = site.output().toAbsolutePath().normalize();
        System.out.println(say.say("build.built", report.pages(), (System.nanoTime() - start) / 1_000_000, out));
        // A file:// view breaks the site's root-relative links and styles: the preview server shows it as published.
        System.out.println(say.say("build.lookAtIt"));
        if (timings) {
            StringBuilder line = new StringBuilder("stage-timings-ms startup=").append(startup);
            report.stages().millis().forEach((stage, ms) -> line.append(' ').append(stage).append('=').append(ms));
            System.out.println(line);
            StringBuilder cpu = new StringBuilder("stage-cpu-ms");
            report.stages().cpuMillis().forEach((stage, ms) -> cpu.append(' ').append(stage).append('=').append(ms));
            System.out.println(cpu);
        }
        return 0;
    }
}
