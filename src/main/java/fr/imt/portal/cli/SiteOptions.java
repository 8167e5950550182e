package fr.imt.portal.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;

/** Options shared by the commands that read a site folder. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/, templates/, assets/ and site.properties (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site (default: target/site under the source folder).")
    Path out;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The build date, which decides which actions are late (default: today).")
    LocalDate today;

    Path output() {
        return out != null ? out : source.resolve("target").resolve("site");
    }

    LocalDate buildDate() {
        return today != null ? today : LocalDate.now();
    }
}
