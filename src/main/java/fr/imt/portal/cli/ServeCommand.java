package fr.imt.portal.cli;

import fr.imt.portal.Preview;
import fr.imt.portal.SiteBuilder;
import fr.imt.portal.content.Catalogue;
import fr.imt.portal.model.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Builds, serves the site on localhost, and rebuilds when a source changes, for editors who
 * preview before they push. After a content change only what it affects is rebuilt, and the
 * pages open in a browser reload themselves: the server adds a small script to the HTML it
 * serves (never to the built files), which listens for "rebuilt" events. A rebuild with content
 * errors prints them, shows them over the open pages, and keeps serving the last good site.
 * The HTTP side and its limits are {@link PreviewServer}'s.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://localhost:PORT/, rebuilds what a change affects and reloads the browser.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site = new SiteOptions();

    @Mixin
    LanguageOption language = new LanguageOption();

    @Option(names = "--port", description = "Port on localhost (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--host-name", paramLabel = "NAME", description = "Also answer requests addressed to NAME (a container's"
            + " or a tunnel's forwarded name); by default only localhost, 127.0.0.1 and [::1] are answered, so that no other"
            + " web site can read the preview.")
    List<String> hostNames = new ArrayList<>();

    @Option(names = "--poll", description = "Look at the files for changes every " + SourceWatch.POLL_MILLIS
            + " ms instead of listening to the system's file events (for shared or network folders, which send none).")
    boolean poll;

    @Override
    public Integer call() throws Exception {
        Lang lang = language.choose(site.source);
        Catalogue say = Catalogue.in(lang);
        Path out = site.output().toAbsolutePath().normalize();
        Path source = site.source.toAbsolutePath().normalize();
        try {
            OutputFolder.checkWritable(out);
        } catch (UncheckedIOException e) {
            return OutputFolder.unwritable(e, out, System.err, lang);
        }
        // The sources are watched before the first build: an edit saved while it runs, or just
        // after the site is first served, still makes a rebuild.
        try (Preview preview = new Preview(() -> new SiteBuilder.Options(site.source, site.output(), site.buildDate(), Map.of(), true));
             SourceWatch sources = SourceWatch.start(source, poll, System.err, say)) {
            // The port is taken before the first build (a port in use is said at once), and
            // answered after it.
            PreviewServer server;
            try {
                server = PreviewServer.bind(port, out, hostNames, say);
            } catch (BindException e) {
                System.err.println(say.say("serve.portInUse", String.valueOf(port), String.valueOf(port + 1)));
                return 2;
            }
            try (server) {
                rebuild(preview, server, false, lang);
                preview.warmUp();
                collectGarbage();
                server.start();
                System.out.println(say.say("serve.serving", out, String.valueOf(server.port())));
                while (true) {
                    rebuild(preview, server, sources.next().contentOnly(), lang);
                    collectGarbage();
                }
            }
        } catch (InterruptedException stopped) {
            // Stopped by the program that started it (a test, an IDE); Ctrl+C ends the whole process.
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void rebuild(Preview preview, PreviewServer server, boolean contentOnly, Lang lang) {
        Catalogue say = Catalogue.in(lang);
        long start = System.nanoTime();
        boolean[] notified = {false};
        SiteBuilder.Report report = preview.rebuild(contentOnly, () -> {
            notified[0] = true;
            server.rebuilt();
        });
        ProblemReport.print(report.problems(), site.source, System.err, new ProblemReport.Options(lang, true, false, false));
        if (!report.renderingErrors().isEmpty()) {
            System.err.println(say.say("serve.renderingFailed"));
            report.renderingErrors().forEach(e -> System.err.println("  " + e));
            System.err.println(say.say("serve.lastGoodSite"));
        }
        if (report.published()) {
            System.out.println(say.say("serve.rebuilt", report.pages(), report.built(), report.rendered(),
                    (System.nanoTime() - start) / 1_000_000, report.stages().millis().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(java.util.stream.Collectors.joining(", "))));
            if (!notified[0]) {
                server.rebuilt();
            }
        } else if (!report.problems().errors().isEmpty() || !report.renderingErrors().isEmpty()) {
            server.failed(report.problems().errors(), report.renderingErrors(), site.source, lang);
        }
    }

    /**
     * Collects a rebuild's garbage while the editor reads the page, rather than in the middle of
     * the next rebuild: a full collection of a large site's heap takes 0.2 s.
     */
    private static void collectGarbage() {
        System.gc();
    }
}
