package fr.imt.portal.cop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.imt.portal.SiteBuilder;
import fr.imt.portal.model.Lang;
import fr.imt.portal.site.Numbers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import fr.imt.portal.SharedBuilds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site built from the real content: every figure on the COP indicator and school pages
 * is the content file's (expected values read from the YAML here, independently of the loader),
 * charts agree with their tables, and numbers are written the way each language writes them.
 */
@ExtendWith(SharedBuilds.class)
class CopSiteTest {

    static Path site;
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path COP = TestSites.PROJECT.resolve("content/cop");

    @BeforeAll
    static void build(SharedBuilds.Sites sites) {
        SiteBuilder.Report report = sites.realInPlace().report();
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
        site = sites.realInPlace().output();
    }

    static Document page(String path) throws IOException {
        File file = site.resolve(path).resolve("index.html").toFile();
        assertTrue(file.exists(), "missing page " + path);
        return Jsoup.parse(file, "UTF-8");
    }

    static List<Path> files(Path folder, String glob) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileSystem().getPathMatcher("glob:" + glob).matches(p.getFileName())).sorted().toList();
        }
    }

    /** A figure of the YAML: a number or {value: …}. */
    static BigDecimal number(JsonNode node) {
        return (node.isObject() ? node.get("value") : node).decimalValue();
    }

    static void addAll(Map<Integer, List<BigDecimal>> into, JsonNode byYear) {
        if (byYear == null || byYear.isNull()) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = byYear.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            into.computeIfAbsent(Integer.parseInt(e.getKey()), k -> new ArrayList<>()).add(number(e.getValue()));
        }
    }

    static List<BigDecimal> sorted(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::stripTrailingZeros).sorted().toList();
    }

    /** The number a table cell shows, read back in the page's language (units stripped). */
    static BigDecimal shown(Element cell, Lang lang) {
        String text = cell.ownText().isEmpty() ? cell.text() : cell.ownText();
        // A caveat in brackets and an average's period before its colon are words, not the figure.
        text = text.replaceAll("\\[.*?\\]", "").replaceAll("^.*:\\s*", "");
        String digits = text.replaceAll("\\(.*", "").replaceAll("[^0-9,.\\u202F-]", "");
        return Numbers.parse(digits, lang);
    }

    @Test
    void indicatorPagesShowExactlyTheFiguresOfTheContentFiles() throws IOException {
        for (Path file : files(COP.resolve("indicators"), "*.yaml")) {
            JsonNode y = YAML.readTree(file.toFile());
            String id = y.get("id").asText();
            Map<Integer, List<BigDecimal>> expected = new TreeMap<>();
            JsonNode pc = y.get("previous_contract");
            if (pc != null) {
                addAll(expected, pc.get("values"));
                if (pc.has("target") && pc.get("target").has("value")) {
                    expected.computeIfAbsent(2022, k -> new ArrayList<>()).add(number(pc.get("target").get("value")));
                }
            }
            JsonNode ref = y.get("reference");
            if (ref != null && ref.has("value")) {
                expected.computeIfAbsent(ref.get("year").asInt(), k -> new ArrayList<>()).add(ref.get("value").decimalValue());
            }
            addAll(expected, y.get("trajectory"));
            if (y.has("targets")) {
                for (JsonNode t : y.get("targets")) {
                    if (t.has("value") && !(y.has("trajectory") && y.get("trajectory").has(t.get("year").asText()))) {
                        expected.computeIfAbsent(t.get("year").asInt(), k -> new ArrayList<>()).add(number(t.get("value")));
                    }
                }
            }
            addAll(expected, y.get("actuals"));
            for (Lang lang : Lang.values()) {
                String path = lang == Lang.FR ? "fr/cop/indicateurs/" : "en/cop/indicators/";
                Document doc = page(path + id);
                Map<Integer, List<BigDecimal>> shownByYear = new TreeMap<>();
                for (Element row : doc.select("#chart-" + id + "-table tbody tr")) {
                    int year = Integer.parseInt(row.selectFirst("th").text());
                    for (Element cell : row.select("td[data-value]")) {
                        BigDecimal value = shown(cell, lang);
                        assertEquals(0, value.compareTo(new BigDecimal(cell.attr("data-value"))), id + " " + lang + ": " + cell.text());
                        shownByYear.computeIfAbsent(year, k -> new ArrayList<>()).add(value);
                    }
                }
                Map<Integer, List<BigDecimal>> want = new TreeMap<>();
                expected.forEach((k, v) -> want.put(k, sorted(v)));
                Map<Integer, List<BigDecimal>> got = new TreeMap<>();
                shownByYear.forEach((k, v) -> got.put(k, sorted(v)));
                assertEquals(want, got, id + " in " + lang);
            }
        }
    }

    @Test
    void everyChartPointMatchesItsTable() throws IOException {
        int charts = 0;
        for (Path file : files(COP.resolve("indicators"), "*.yaml")) {
            String id = YAML.readTree(file.toFile()).get("id").asText();
            for (Lang lang : Lang.values()) {
                Document doc = page((lang == Lang.FR ? "fr/cop/indicateurs/" : "en/cop/indicators/") + id);
                Element svg = doc.selectFirst("svg#chart-" + id);
                assertNotNull(svg);
                assertFalse(svg.select("title").isEmpty() || svg.select("desc").isEmpty(), "title and desc");
                assertTrue(svg.attr("aria-labelledby").contains(id + "-desc"));
                List<String> columns = doc.select("#chart-" + id + "-table thead th").eachText();
                Elements groups = svg.select("g.series");
                int points = 0;
                for (Element g : groups) {
                    for (Element p : g.select(".point")) {
                        points++;
                        Element row = doc.select("#chart-" + id + "-table tbody tr").stream()
                                .filter(r -> r.selectFirst("th").text().equals(p.attr("data-year"))).findFirst().orElseThrow();
                        Element cell = row.select("td").get(seriesColumn(g, columns, doc, id));
                        assertEquals(p.attr("data-value"), cell.attr("data-value"), id + " " + p.outerHtml());
                        assertEquals(0, shown(cell, lang).compareTo(new BigDecimal(p.attr("data-value"))));
                    }
                }
                assertEquals(doc.select("#chart-" + id + "-table td[data-value]").size(), points, id + ": one point per figure");
                charts++;
            }
        }
        assertTrue(charts >= 50, "every indicator in both languages");
    }

    /** The table column of a series: the legend and the table header use the series' label. */
    private static int seriesColumn(Element group, List<String> columns, Document doc, String id) {
        String key = group.attr("data-series");
        Element swatch = doc.selectFirst("figure:has(svg#chart-" + id + ") .chart-legend .series-" + key);
        String label = swatch == null ? null : swatch.parent().text().strip();
        int index = label == null ? -1 : columns.indexOf(label);
        if (index < 0) {
            // A chart with one series has no legend: its only column.
            return 0;
        }
        return index - 1;
    }

    @Test
    void schoolPagesExistInBothLanguagesWithTheirFigures() throws IOException {
        List<Path> schools;
        try (Stream<Path> s = Files.list(COP.resolve("schools"))) {
            schools = s.filter(Files::isDirectory).sorted().toList();
        }
        assertEquals(9, schools.size());
        for (Path folder : schools) {
            JsonNode y = YAML.readTree(folder.resolve("school.yaml").toFile());
            String id = y.get("id").asText();
            for (Lang lang : Lang.values()) {
                String path = (lang == Lang.FR ? "fr/cop/ecoles/" : "en/cop/schools/") + id;
                Document doc = page(path);
                String other = (lang == Lang.FR ? "/en/cop/schools/" : "/fr/cop/ecoles/") + id + "/";
                assertNotNull(doc.selectFirst("link[rel=alternate][href$=" + other + "]"), path + " links its translation");
                assertEquals(y.get("name").get(lang.code()).asText(), doc.selectFirst("h1").ownText().strip());
                JsonNode rows = y.get("objectives");
                for (int r = 0; r < rows.size(); r++) {
                    Element tr = doc.selectFirst("tr#" + id + "-row-" + (r + 1));
                    assertNotNull(tr, id + " row " + (r + 1));
                    List<String> years = doc.select("#school-objectives thead th").eachText();
                    Map<Integer, BigDecimal> want = new TreeMap<>();
                    rows.get(r).get("values").fields().forEachRemaining(e -> {
                        if (!e.getValue().isTextual()) { // « n/a » and « NA » are marks, not figures
                            want.put(Integer.parseInt(e.getKey()), number(e.getValue()).stripTrailingZeros());
                        }
                    });
                    Map<Integer, BigDecimal> got = new TreeMap<>();
                    Elements cells = tr.select("td.num");
                    for (int c = 0; c < cells.size(); c++) {
                        if (cells.get(c).hasAttr("data-value")) {
                            got.put(Integer.parseInt(years.get(c + 1)), shown(cells.get(c), lang).stripTrailingZeros());
                        }
                    }
                    assertEquals(want, got, path + " row " + (r + 1));
                    Element chart = doc.selectFirst(".small-chart[data-row=" + id + "-row-" + (r + 1) + "]");
                    if (want.size() >= 2) {
                        assertNotNull(chart, path + " row " + (r + 1) + " has a small chart");
                        Map<Integer, BigDecimal> plotted = new TreeMap<>();
                        chart.select("svg .point").forEach(p -> plotted.put(Integer.parseInt(p.attr("data-year")),
                                new BigDecimal(p.attr("data-value")).stripTrailingZeros()));
                        assertEquals(want, plotted, path + " chart of row " + (r + 1));
                    }
                    if (rows.get(r).has("indicator")) {
                        String indicator = rows.get(r).get("indicator").asText();
                        assertNotNull(tr.selectFirst("a.feeds[href$=/" + indicator + "/]"), path + " links " + indicator);
                    }
                }
            }
        }
    }

    @Test
    void anAmbiguousPlacementShowsItsCaveatNextToTheFigure() throws IOException {
        int caveats = 0;
        List<Path> schools;
        try (Stream<Path> s = Files.list(COP.resolve("schools"))) {
            schools = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path folder : schools) {
            JsonNode y = YAML.readTree(folder.resolve("school.yaml").toFile());
            String id = y.get("id").asText();
            JsonNode rows = y.get("objectives");
            for (int r = 0; r < rows.size(); r++) {
                for (Iterator<Map.Entry<String, JsonNode>> it = rows.get(r).get("values").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (!e.getValue().has("caveat")) {
                        continue;
                    }
                    for (Lang lang : Lang.values()) {
                        Document doc = page((lang == Lang.FR ? "fr/cop/ecoles/" : "en/cop/schools/") + id);
                        List<String> years = doc.select("#school-objectives thead th").eachText();
                        Element cell = doc.select("tr#" + id + "-row-" + (r + 1) + " td.num").get(years.indexOf(e.getKey()) - 1);
                        // As written in the source, but for the spaces French ties to its punctuation (PunctuationSpacing).
                        assertTrue(cell.text().replace('\u202F', ' ').contains(e.getValue().get("caveat").get(lang.code()).asText()), id + " " + cell.text());
                        assertTrue(cell.text().contains(lang == Lang.FR ? "lecture incertaine" : "uncertain reading"), cell.text());
                    }
                    caveats++;
                }
            }
        }
        for (String[] step : List.of(new String[] {"J4", "2024"}, new String[] {"J9", "2027"}, new String[] {"J11", "2026"})) {
            JsonNode y = YAML.readTree(COP.resolve("milestones/" + step[0] + ".yaml").toFile());
            for (JsonNode s : y.get("steps")) {
                if (s.get("year").asText().equals(step[1])) {
                    assertTrue(s.has("caveat"), step[0] + " " + step[1] + " is recorded as ambiguous in its source_notes");
                    Document doc = page("fr/cop/jalons/" + step[0]);
                    assertTrue(doc.text().replace('\u202F', ' ').contains(s.get("caveat").get("fr").asText()), step[0]);
                    caveats++;
                }
            }
        }
        assertTrue(caveats >= 15, "found " + caveats);
    }

    @Test
    void numbersAreWrittenTheWayEachLanguageWritesThem() throws IOException {
        assertEquals("13\u202F606 (2022)", page("fr/cop/indicateurs/degree-students").selectFirst("dd.reference").text());
        assertEquals("13,606 (2022)", page("en/cop/indicators/degree-students").selectFirst("dd.reference").text());
        assertEquals("6,2\u202FM€ (2022)", page("fr/cop/indicateurs/continuing-education-revenue").selectFirst("dd.reference").text());
        assertEquals("€6.2M (2022)", page("en/cop/indicators/continuing-education-revenue").selectFirst("dd.reference").text());
        // Axis labels follow the page's language too.
        assertTrue(page("fr/cop/indicateurs/degree-students").select("svg .tick-label").eachText().stream().anyMatch(t -> t.contains("\u202F")));
        assertTrue(page("en/cop/indicators/degree-students").select("svg .tick-label").eachText().stream().anyMatch(t -> t.contains(",")));
    }

    @Test
    void milestonesNobodyReportedOnAreNeverLateOrDoneAndUpcomingOnlyBeforeTheirYear() throws IOException {
        int thisYear = SharedBuilds.TODAY.getYear();
        for (String path : List.of("fr/cop/jalons", "en/cop/milestones")) {
            Document doc = page(path);
            assertEquals(12, doc.select("#timeline tbody tr").size());
            Elements badges = doc.select("#timeline td[data-year] .badge");
            assertFalse(badges.isEmpty());
            for (Element b : badges) {
                int year = Integer.parseInt(b.closest("td[data-year]").attr("data-year"));
                assertTrue(b.hasClass(year > thisYear ? "badge-upcoming" : "badge-not-reported"), year + ": " + b.outerHtml());
            }
            assertFalse(doc.select("#timeline .badge-upcoming").isEmpty(), "the contract's last year is after the tests' today");
        }
        assertEquals("À venir", page("fr/cop/jalons").selectFirst("#timeline .badge-upcoming").text());
        assertEquals("Upcoming", page("en/cop/milestones").selectFirst("#timeline .badge-upcoming").text());
    }

    @Test
    void copPagesAreInTheNavigationAndHaveNoInlineStyle() throws IOException {
        for (String path : List.of("fr/cop", "en/cop", "fr/cop/objectifs/M1", "en/cop/objectives/T5",
                "en/cop/indicators/research-revenue", "fr/cop/ecoles/imt-bs")) {
            Document doc = page(path);
            assertEquals(1, doc.select("h1").size());
            assertTrue(doc.select("[style]").isEmpty(), path + " has a style attribute");
            // A JSON-LD data block is not executed (and is allowed by the CSP); any other inline script is.
            assertTrue(doc.select("script:not([src]):not([type=application/ld+json])").isEmpty());
            assertNotNull(doc.selectFirst(".main-nav a[href$=/cop/]"));
        }
        long current = 0;
        for (Path file : files(COP.resolve("indicators"), "*.yaml")) {
            current += YAML.readTree(file.toFile()).path("previous_only").asBoolean(false) ? 0 : 1;
        }
        assertEquals(current, page("en/cop").select("table.dashboard tr[data-indicator]").size(),
                "the dashboard lists every current indicator");
    }

    /**
     * The links between COP pages are the relations of the content files, read here from the
     * YAML: an indicator's page names its parent and the indicators that break it down, and an
     * objective's page lists its milestones and its indicators, in both languages.
     */
    @Test
    void copPagesLinkWhatTheContentFilesRelate() throws IOException {
        Map<String, JsonNode> indicators = new TreeMap<>();
        for (Path file : files(COP.resolve("indicators"), "*.yaml")) {
            JsonNode y = YAML.readTree(file.toFile());
            indicators.put(y.get("id").asText(), y);
        }
        Map<String, List<String>> milestonesOf = new TreeMap<>();
        for (Path file : files(COP.resolve("milestones"), "*.yaml")) {
            JsonNode y = YAML.readTree(file.toFile());
            if (y.hasNonNull("objective")) {
                milestonesOf.computeIfAbsent(y.get("objective").asText(), k -> new ArrayList<>()).add(y.get("id").asText());
            }
        }
        int parents = 0;
        for (Lang lang : Lang.values()) {
            Properties words = new Properties();
            try (var in = Files.newBufferedReader(TestSites.PROJECT.resolve("templates/i18n/" + lang.code() + ".properties"))) {
                words.load(in);
            }
            String indicatorPath = lang == Lang.FR ? "fr/cop/indicateurs/" : "en/cop/indicators/";
            for (Map.Entry<String, JsonNode> i : indicators.entrySet()) {
                Document doc = page(indicatorPath + i.getKey());
                String parent = i.getValue().path("parent").isTextual() ? i.getValue().get("parent").asText() : null;
                List<String> children = indicators.entrySet().stream()
                        .filter(c -> i.getKey().equals(c.getValue().path("parent").asText(null))).map(Map.Entry::getKey).toList();
                assertEquals(parent == null ? List.of() : List.of(parent), linkedIds(doc, words.getProperty("cop.parent")),
                        i.getKey() + " in " + lang + ": its parent");
                assertEquals(children, linkedIds(doc, words.getProperty("cop.children")).stream().sorted().toList(),
                        i.getKey() + " in " + lang + ": the indicators that break it down");
                parents += parent == null ? 0 : 1;
            }
            String objectivePath = lang == Lang.FR ? "fr/cop/objectifs/" : "en/cop/objectives/";
            for (Path file : files(COP.resolve("objectives"), "*.yaml")) {
                String id = YAML.readTree(file.toFile()).get("id").asText();
                Document doc = page(objectivePath + id);
                List<String> indicatorsOf = indicators.entrySet().stream()
                        .filter(e -> e.getValue().path("objectives").toString().contains("\"" + id + "\"")).map(Map.Entry::getKey).toList();
                assertEquals(indicatorsOf, doc.select("#indicators-title ~ .cards a[href]").stream()
                        .map(a -> lastSegment(a.attr("href"))).distinct().sorted().toList(), id + " in " + lang + ": its indicators");
                assertEquals(milestonesOf.getOrDefault(id, List.of()).stream().sorted().toList(),
                        doc.select("#milestones-title ~ article.milestone").stream().map(Element::id).sorted().toList(),
                        id + " in " + lang + ": its milestones");
            }
        }
        assertTrue(parents > 0, "the content has indicators with a parent");
    }

    /** The indicators the definition titled {@code term} links to, by the last segment of their address. */
    private static List<String> linkedIds(Document doc, String term) {
        List<String> ids = new ArrayList<>();
        for (Element dt : doc.select("dt")) {
            if (dt.text().equals(term)) {
                dt.nextElementSibling().select("a[href]").forEach(a -> ids.add(lastSegment(a.attr("href"))));
            }
        }
        return ids;
    }

    private static String lastSegment(String href) {
        String path = href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
