package fr.imt.portal.search;

import fr.imt.portal.SiteBrowser;

import fr.imt.portal.TestSites;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search benchmark of docs/search.md, not part of {@code mvn verify} (its name matches none of
 * surefire's test patterns): {@code src/bench/benchmark.sh search} runs it. For a sequence of
 * queries per language, what a browser downloads to show the results (the client script and the
 * index files, not the page and its CSS, which any visit costs; search has no stylesheet of its
 * own), as served and as a host compressing
 * with gzip would send it, how many requests that takes, and the time to the first results on
 * 127.0.0.1: for the first query (cold cache) and for each further query typed on the same page.
 * Run on the real site and on a synthetic site ten times its size ({@code SyntheticSite}). When
 * the system property {@code pagefind} names a Pagefind executable ({@code src/bench/benchmark.sh
 * search} installs Pagefind 1.6.0 from its lockfile), the same queries are run with Pagefind's
 * JavaScript API over a copy of the same built site, ten results' data loaded as ours shows ten.
 * Writes target/search-bench.md and holds the budget: a first query under 50 KB on the real site
 * and under 70 KB at ten times the content.
 */
class SearchBytesBenchmark {

    /** Per language: a first query, then further ones typed on the same page. */
    static final Map<String, List<String>> QUERIES = Map.of(
            "fr", List.of("egalite", "recrutement des chercheurs", "données ouvertes", "création d'entreprises", "recrutemnt"),
            "en", List.of("gender equality", "researchers", "open data", "start up", "mentoring"));
    private static final List<String> LANGS = List.of("fr", "en");
    private static final int RESULTS = 10;
    /** Typed mode: the time between two keystrokes, the same for both engines (a brisk typist). */
    static final int KEYSTROKE_MILLIS = 120;

    /**
     * How a query reached the engine: the first one by the page's address (cold cache); a further
     * one submitted at once (pasted, or chosen from history) or typed a character at a time.
     */
    enum Kind { FIRST("first"), SUBMITTED("further, submitted"), TYPED("further, typed");
        final String label;
        Kind(String label) { this.label = label; }
    }

    record Figure(String site, String engine, String lang, String query, Kind kind, long bytes, long gzip,
                  int requests, long fragments, long firstMillis, long millis) {
        boolean first() { return kind == Kind.FIRST; }
    }

    @Test
    void firstAndFurtherQueriesAgainstPagefind() throws Exception {
        String pagefind = System.getProperty("pagefind", "");
        // Times vary from run to run on a shared machine: each figure is the median of the runs,
        // each run in a new browser (a cold cache for the first query).
        int runs = Integer.getInteger("runs", 1);
        List<List<Figure>> all = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        for (Map.Entry<String, Path> site : List.of(Map.entry("real", SearchSites.real()), Map.entry("x10", SearchSites.synthetic(10)))) {
            Path copy = null;
            sizes.add(site.getKey() + ": ours " + folder(site.getValue().resolve("search")));
            if (!pagefind.isEmpty()) {
                copy = withPagefind(site.getValue(), Path.of(pagefind), TestSites.PROJECT.resolve("target/search-bench/" + site.getKey()));
                sizes.add(site.getKey() + ": Pagefind " + folder(copy.resolve("pagefind")));
            }
            for (int run = 0; run < runs; run++) {
                for (boolean typed : List.of(false, true)) {
                    all.add(ours(site.getKey(), site.getValue(), typed));
                    if (copy != null) {
                        all.add(pagefind(site.getKey(), copy, typed));
                    }
                }
            }
        }
        List<Figure> figures = medians(all);
        StringBuilder md = new StringBuilder("Medians of " + runs + (runs == 1 ? " run" : " runs")
                + (Integer.getInteger("latency", 0) > 0 ? ", " + Integer.getInteger("latency") + " ms latency per request" : "")
                + "; typed: " + KEYSTROKE_MILLIS + " ms per character, times from the last keystroke, bytes from the first."
                + " Requests: all of them (of which the results' fragment files).\n\n"
                + "| site | query | | ours: as served | gzip | requests | first result shown | all shown "
                + "| Pagefind: as served | gzip | requests | first result shown | all shown |\n"
                + "|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        Map<String, Figure> theirs = new java.util.HashMap<>();
        figures.stream().filter(f -> !f.engine().equals("ours")).forEach(f -> theirs.put(row(f), f));
        // Side by side, per site: the first queries, then the further ones submitted, then typed.
        figures.stream().filter(f -> f.engine().equals("ours"))
                .sorted(java.util.Comparator.comparing((Figure f) -> f.site().equals("real") ? 0 : 1).thenComparing(Figure::kind))
                .forEach(f -> md.append(String.format(Locale.ROOT, "| %s | %s: `%s` | %s | %s | %s |%n", f.site(), f.lang(), f.query(),
                        f.kind().label, cells(f), theirs.containsKey(row(f)) ? cells(theirs.get(row(f))) : "– | – | – | – | –")));
        md.append("\nIndex on disk, both languages: ").append(String.join("; ", sizes)).append('\n');
        Files.writeString(TestSites.PROJECT.resolve("target/search-bench.md"), md);
        System.out.println(md);
        for (Figure f : figures) {
            if (f.engine().equals("ours") && f.first()) {
                long budget = f.site().equals("real") ? 50 * 1024 : 70 * 1024;
                assertTrue(f.bytes() < budget, f.toString());
            }
        }
    }

    private static String row(Figure f) {
        return f.site() + " " + f.lang() + " " + f.query() + " " + f.kind();
    }

    private static String cells(Figure f) {
        return String.format(Locale.ROOT, "%.1f KB | %.1f KB | %d (%d) | %d ms | %d ms", f.bytes() / 1024.0, f.gzip() / 1024.0,
                f.requests(), f.fragments(), f.firstMillis(), f.millis());
    }

    /** Figure by figure (the runs list them in the same order), the median of each number over the runs. */
    private static List<Figure> medians(List<List<Figure>> runs) {
        Map<String, List<Figure>> byKey = new java.util.LinkedHashMap<>();
        for (List<Figure> run : runs) {
            for (Figure f : run) {
                byKey.computeIfAbsent(f.site() + " " + f.engine() + " " + f.lang() + " " + f.query() + " " + f.kind(), k -> new ArrayList<>()).add(f);
            }
        }
        return byKey.values().stream().map(same -> {
            Figure f = same.get(0);
            return new Figure(f.site(), f.engine(), f.lang(), f.query(), f.kind(), median(same, Figure::bytes),
                    median(same, Figure::gzip), (int) median(same, x -> x.requests()), median(same, Figure::fragments),
                    median(same, Figure::firstMillis), median(same, Figure::millis));
        }).toList();
    }

    private static long median(List<Figure> figures, java.util.function.ToLongFunction<Figure> value) {
        long[] sorted = figures.stream().mapToLong(value).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    /**
     * Our client on the search page: per language, a first query by the address, then the further
     * queries on the same page, each submitted at once or, if {@code typed}, typed (a new browser
     * for each, so the two start from the same cache). The first query's figure is kept from the
     * submitted session only.
     */
    private static List<Figure> ours(String name, Path site, boolean typed) {
        List<Figure> out = new ArrayList<>();
        try (SiteBrowser browser = new SiteBrowser(site)) {
            delayed(browser);
            for (String lang : LANGS) {
                List<String> queries = QUERIES.get(lang);
                browser.takeServed();
                browser.open((lang.equals("fr") ? "fr/recherche/" : "en/search/") + "?q=" + URLEncoder.encode(queries.get(0), StandardCharsets.UTF_8));
                Figure first = figure(name, "ours", lang, queries.get(0), Kind.FIRST, browser, 0, ready(browser, queries.get(0)));
                if (!typed) {
                    out.add(first);
                }
                for (String q : queries.subList(1, queries.size())) {
                    further(browser, name, "ours", lang, q, typed, out);
                }
            }
        }
        return out;
    }

    /** Pagefind's JavaScript API on its page ({@link #withPagefind}), the same queries the same way. */
    private static List<Figure> pagefind(String name, Path site, boolean typed) {
        List<Figure> out = new ArrayList<>();
        try (SiteBrowser browser = new SiteBrowser(site)) {
            delayed(browser);
            for (String lang : LANGS) {
                List<String> queries = QUERIES.get(lang);
                browser.takeServed();
                browser.open("pagefind-bench." + lang + ".html?q=" + URLEncoder.encode(queries.get(0), StandardCharsets.UTF_8));
                Figure first = figure(name, "Pagefind", lang, queries.get(0), Kind.FIRST, browser, 0, ready(browser, queries.get(0)));
                if (!typed) {
                    out.add(first);
                }
                for (String q : queries.subList(1, queries.size())) {
                    further(browser, name, "Pagefind", lang, q, typed, out);
                }
            }
        }
        return out;
    }

    /**
     * A further query on the open page. Submitted: the field is set and the form submitted (ours),
     * or the query searched (Pagefind). Typed: the field is set a character more every
     * {@link #KEYSTROKE_MILLIS} ms with an input event each time, as a keyboard would (ours then
     * searches as it does for a visitor; Pagefind's page calls {@code pagefind.preload()} on each,
     * as Pagefind's own UI does, and searches right at the last keystroke, without the UI's 300 ms
     * wait); times run from the last keystroke, and the bytes count from the first.
     */
    private static void further(SiteBrowser browser, String name, String engine, String lang, String q, boolean typed,
                                List<Figure> out) {
        browser.takeServed();
        boolean ours = engine.equals("ours");
        if (!typed) {
            browser.driver.executeScript("window.benchStart = performance.now();"
                    + "document.getElementById('search-form').removeAttribute('data-first-at');"
                    + (ours ? "document.getElementById('search-q').value = arguments[0];"
                            + "document.getElementById('search-form').requestSubmit();" : "window.benchSearch(arguments[0]);"), q);
        } else {
            browser.driver.executeAsyncScript("""
                    const [q, pause, ours, done] = arguments;
                    const input = document.getElementById('search-q');
                    const form = document.getElementById('search-form');
                    let typed = 0;
                    const key = () => {
                      typed++;
                      const last = typed === q.length;
                      if (last) { form.removeAttribute('data-first-at'); window.benchStart = performance.now(); }
                      input.value = q.slice(0, typed);
                      input.dispatchEvent(new Event('input', { bubbles: true }));
                      if (!last) { setTimeout(key, pause); return; }
                      if (!ours) { window.benchSearch(q); }
                      done();
                    };
                    key();
                    """, q, KEYSTROKE_MILLIS, ours);
        }
        long done = ready(browser, q);
        // Requests still under way for a query overtaken by the typing count for this query, not the next.
        settle();
        out.add(figure(name, engine, lang, q, typed ? Kind.TYPED : Kind.SUBMITTED, browser, started(browser), done));
    }

    private static void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * With the system property {@code latency} (milliseconds), every request of the browser waits
     * that long more for its response, as over a network (Chromium's own network emulation): on
     * 127.0.0.1 a round trip costs almost nothing, and a further round trip shows only so.
     */
    private static void delayed(SiteBrowser browser) {
        int latency = Integer.getInteger("latency", 0);
        if (latency > 0) {
            browser.driver.executeCdpCommand("Network.enable", Map.of());
            browser.driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", latency,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
    }

    /** Waits for the results of {@code query}; the time they were shown, from navigation. */
    private static long ready(SiteBrowser browser, String query) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(d ->
                query.equals(d.findElement(By.id("search-form")).getAttribute("data-ready")));
        return Long.parseLong(browser.driver.findElement(By.id("search-form")).getAttribute("data-ready-at"));
    }

    private static long started(SiteBrowser browser) {
        return Math.round(((Number) browser.driver.executeScript("return window.benchStart;")).doubleValue());
    }

    /**
     * What a query cost, from {@code start} (0: the navigation) to the first result shown with its
     * excerpt (or, with none, to the answer) and to all of them, {@code done}.
     */
    private static Figure figure(String site, String engine, String lang, String query, Kind kind, SiteBrowser browser,
                                 long start, long done) {
        // Removed when the query is submitted or its last key typed: a result of a query typed before
        // cannot set it again (ours runs a query at its keystroke, and drops the results of an older one).
        String firstAt = browser.driver.findElement(By.id("search-form")).getAttribute("data-first-at");
        long firstMillis = (firstAt == null ? done : Long.parseLong(firstAt)) - start;
        String prefix = engine.equals("ours") ? "/search/" : "/pagefind/";
        String script = engine.equals("ours") ? "/js/search.js" : "/pagefind/pagefind.js";
        // What a result shown costs: our fragment files, Pagefind's fragment files.
        String result = engine.equals("ours") ? "/f/" : "/pagefind/fragment/";
        var served = browser.takeServed().stream().filter(s -> s.path().startsWith(prefix) || s.path().equals(script)).toList();
        return new Figure(site, engine, lang, query, kind, served.stream().mapToLong(SiteBrowser.Served::bytes).sum(),
                served.stream().mapToLong(SiteBrowser.Served::gzipBytes).sum(), served.size(),
                served.stream().filter(s -> s.path().contains(result)).count(), firstMillis, done - start);
    }

    /**
     * A copy of {@code site} indexed by Pagefind (all of each page's body, as it does by default),
     * with a page per language that runs a query through Pagefind's JavaScript API and loads the
     * data of the first ten results, as ours shows ten.
     */
    private static Path withPagefind(Path site, Path pagefind, Path copy) throws IOException, InterruptedException {
        TestSites.deleteTree(copy);
        TestSites.copyTree(site, copy);
        Process run = new ProcessBuilder(pagefind.toString(), "--site", copy.toString()).redirectErrorStream(true)
                .redirectOutput(copy.resolveSibling(copy.getFileName() + "-pagefind.log").toFile()).start();
        assertTrue(run.waitFor(10, TimeUnit.MINUTES), "Pagefind took more than 10 minutes");
        assertEquals(0, run.exitValue(), "Pagefind failed: see " + copy + "-pagefind.log");
        for (String lang : LANGS) {
            Files.writeString(copy.resolve("pagefind-bench." + lang + ".html"), """
                    <!doctype html>
                    <html lang="%s"><head><meta charset="utf-8"><title>Pagefind</title></head>
                    <body><form id="search-form" data-ready=""><input id="search-q" type="search"></form>
                    <script type="module">
                    const pagefind = await import("/pagefind/pagefind.js");
                    const form = document.getElementById("search-form");
                    // As Pagefind's UI does while a visitor types: the index chunks of the query so far.
                    document.getElementById("search-q").addEventListener("input", (e) => pagefind.preload(e.target.value));
                    window.benchSearch = async (q) => {
                      const found = await pagefind.search(q);
                      const data = found.results.slice(0, %d).map(r => r.data());
                      if (data.length) {
                        data[0].then(() => form.setAttribute("data-first-at", String(Math.round(performance.now()))));
                      }
                      const shown = await Promise.all(data);
                      form.setAttribute("data-urls", shown.map(d => d.url).join(" "));
                      form.setAttribute("data-ready-at", String(Math.round(performance.now())));
                      form.setAttribute("data-ready", q);
                    };
                    const q = new URL(location.href).searchParams.get("q");
                    if (q) { benchSearch(q); }
                    </script></body></html>
                    """.formatted(lang, RESULTS));
        }
        return copy;
    }

    /** How many files a folder holds and their size. */
    private static String folder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path f : regular) {
                bytes += Files.size(f);
            }
            return String.format(Locale.ROOT, "%d files, %.1f MB", regular.size(), bytes / 1048576.0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
