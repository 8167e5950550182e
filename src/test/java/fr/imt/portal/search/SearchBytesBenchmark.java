package fr.imt.portal.search;

import fr.imt.portal.SiteBrowser;

import fr.imt.portal.TestSites;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A benchmark, not part of {@code mvn verify} (its name matches none of surefire's test patterns):
 * {@code src/bench/benchmark.sh search} runs it. For a set of queries, what a browser with a cold cache downloads
 * to show the first results (the client script and the index files, not the page and its CSS,
 * which any visit costs), as served and as a host compressing with gzip would send it, and the
 * time from navigation to the first results on 127.0.0.1. Run on the real site and on the real
 * content ten times over. Writes target/search-bench.md and holds the budget: under 50 KB on the
 * real site, under 100 KB at ten times the content.
 */
class SearchBytesBenchmark {

    static final List<String[]> QUERIES = List.of(
            new String[]{"fr", "egalite"}, new String[]{"fr", "recrutement des chercheurs"},
            new String[]{"fr", "science ouverte"}, new String[]{"fr", "handicap"},
            new String[]{"fr", "recrutemnt"}, new String[]{"fr", "forma"},
            new String[]{"en", "gender equality"}, new String[]{"en", "researchers"},
            new String[]{"en", "open science training"}, new String[]{"en", "mentoring"});

    record Figure(String site, String lang, String query, long bytes, long gzip, int requests, long millis) {}

    @Test
    void aFirstQueryStaysWithinTheBudget() throws IOException {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(measure("real", SearchSites.real()));
        figures.addAll(measure("10x", SearchSites.tenfold()));
        StringBuilder md = new StringBuilder("| site | query | bytes (as served) | bytes (gzip) | requests | first results |\n|---|---|---|---|---|---|\n");
        for (Figure f : figures) {
            md.append(String.format(Locale.ROOT, "| %s | %s: `%s` | %.1f KB | %.1f KB | %d | %d ms |%n", f.site(), f.lang(), f.query(),
                    f.bytes() / 1024.0, f.gzip() / 1024.0, f.requests(), f.millis()));
        }
        Files.writeString(TestSites.PROJECT.resolve("target/search-bench.md"), md);
        System.out.println(md);
        for (Figure f : figures) {
            long budget = f.site().equals("real") ? 50 * 1024 : 100 * 1024;
            assertTrue(f.bytes() < budget, f.toString());
        }
    }

    private static List<Figure> measure(String name, Path site) {
        List<Figure> out = new ArrayList<>();
        try (SiteBrowser browser = new SiteBrowser(site)) {
            for (String[] q : QUERIES) {
                String page = q[0].equals("fr") ? "fr/recherche/" : "en/search/";
                browser.takeServed();
                browser.open(page + "?q=" + URLEncoder.encode(q[1], StandardCharsets.UTF_8));
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d ->
                        q[1].equals(d.findElement(By.id("search-form")).getAttribute("data-ready")));
                long millis = Long.parseLong(browser.driver.findElement(By.id("search-form")).getAttribute("data-ready-at"));
                var served = browser.takeServed().stream()
                        .filter(s -> s.path().startsWith("/search/") || s.path().equals("/js/search.js")).toList();
                out.add(new Figure(name, q[0], q[1], served.stream().mapToLong(SiteBrowser.Served::bytes).sum(),
                        served.stream().mapToLong(SiteBrowser.Served::gzipBytes).sum(), served.size(), millis));
            }
        }
        return out;
    }
}
