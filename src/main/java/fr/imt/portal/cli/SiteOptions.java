package fr.imt.portal.cli;

import fr.imt.portal.content.SettingsCheck;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** Options shared by the commands that read a site folder. */
final class SiteOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/, templates/, assets/ and site.properties (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site (default: target/site under the source folder).")
    Path out;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "The build date, which decides which actions are late (default: today in the time zone of site.properties).")
    LocalDate today;

    Path output() {
        return out != null ? out : defaultOutput(source);
    }

    /** Where a site folder's site is written when no --out says otherwise. */
    static Path defaultOutput(Path source) {
        return source.resolve("target").resolve("site");
    }

    /**
     * The date given, or today where the publisher is (site.timeZone), as the content's dates
     * are; the machine's day when site.properties gives no valid zone, which the build reports.
     */
    LocalDate buildDate() {
        return today != null ? today : SettingsCheck.timeZone(source, Map.of()).map(LocalDate::now).orElseGet(LocalDate::now);
    }
}
