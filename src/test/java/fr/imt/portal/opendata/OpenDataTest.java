package fr.imt.portal.opendata;

import fr.imt.portal.SharedBuilds;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fr.imt.portal.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real site's open data against its pages: the figures, deadlines, statuses and ratings the
 * pages show (parsed from the HTML) equal those of the JSON files and of the CSV files of each
 * language, each read on its own with a JSON or a CSV parser; and the files are what the data page
 * and the catalogue say (labels, record counts, sizes).
 */
@ExtendWith(SharedBuilds.class)
class OpenDataTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final List<String> LANGS = List.of("fr", "en");
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final CsvMapper CSV = new CsvMapper();

    static Path site;

    @BeforeAll
    static void build(SharedBuilds.Sites sites) {
        site = sites.realInPlace().output();
        SiteBuilder.Report report = sites.realInPlace().report();
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
    }

    static Document page(String path) {
        try {
            return Jsoup.parse(site.resolve(path.endsWith("/") ? path + "index.html" : path).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("no page " + path, e);
        }
    }

    static JsonNode json(String dataset) {
        try {
            return JSON.readTree(site.resolve("data/" + dataset + ".json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file's rows (header first), read with a CSV parser after checking its UTF-8 byte-order mark. */
    static List<List<String>> csv(String dataset, String lang) {
        try {
            byte[] bytes = Files.readAllBytes(site.resolve("data/" + dataset + "." + lang + ".csv"));
            assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), dataset + " starts with a BOM");
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            List<List<String>> rows = new ArrayList<>();
            try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .readValues(text)) {
                it.forEachRemaining(rows::add);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV's records as maps from the JSON field names, by column position (the fields' order). */
    static List<Map<String, String>> csvRecords(String dataset, String lang) {
        List<List<String>> rows = csv(dataset, lang);
        List<String> names = new ArrayList<>();
        json(dataset).get("fields").forEach(f -> names.add(f.get("name").asText()));
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(names.size(), row.size(), dataset + " row " + row);
            Map<String, String> record = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                record.put(names.get(i), row.get(i));
            }
            out.add(record);
        }
        return out;
    }

    /**
     * A text as the CSV files hold it (docs/open-data.md): one a spreadsheet would take for a
     * formula has a single quote before it.
     */
    static String asWritten(String exact) {
        return !exact.isEmpty() && "=+-@\t\r".indexOf(exact.charAt(0)) >= 0 ? "'" + exact : exact;
    }

    @Test
    void textsASpreadsheetWouldRunAreNeutralisedInTheCsvAndExactInTheJson() throws IOException {
        // The real data has such texts: the ratings +/- and targets such as +20%.
        JsonNode rated = null;
        for (JsonNode p : json("principles").get("records")) {
            if (p.get("rating").asText().equals("+/-")) {
                rated = p;
            }
        }
        assertNotNull(rated, "a principle rated +/- in principles.json, exactly");
        int neutralised = 0;
        for (String id : datasetIds()) {
            for (String lang : LANGS) {
                String raw = Files.readString(site.resolve("data/" + id + "." + lang + ".csv"), StandardCharsets.UTF_8);
                List<List<String>> rows = csv(id, lang);
                for (List<String> row : rows.subList(1, rows.size())) {
                    for (String cell : row) {
                        if (cell.isEmpty()) {
                            continue;
                        }
                        boolean number = cell.matches("-?[0-9]+(\\.[0-9]+)?");
                        assertTrue(number || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, id + "." + lang + ": a cell a spreadsheet would run: " + cell);
                        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
                            // Quoted in the file too, as OWASP recommends.
                            assertTrue(raw.contains("\"" + cell.replace("\"", "\"\"") + "\""), id + "." + lang + ": " + cell);
                            neutralised++;
                        }
                    }
                }
            }
        }
        assertTrue(csv("principles", "en").stream().anyMatch(row -> row.contains("'+/-")), "the rating +/- reads '+/- in the CSV");
        assertTrue(neutralised >= 100, neutralised + " cells neutralised");
    }

    static List<String> datasetIds() {
        return page("fr/donnees/").select("section.dataset > h2").eachAttr("id");
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }

    @Test
    void dataPageListsEveryDatasetWithItsFilesRecordCountAndLicence() {
        assertEquals(14, datasetIds().size(), datasetIds().toString());
        for (String lang : LANGS) {
            Document doc = page(lang.equals("fr") ? "fr/donnees/" : "en/data/");
            Element licence = doc.selectFirst("a[rel=license]");
            assertNotNull(licence);
            assertEquals("https://www.etalab.gouv.fr/licence-ouverte-open-licence/", licence.attr("href"));
            for (Element section : doc.select("section.dataset")) {
                String id = section.selectFirst("h2").id();
                List<String> links = section.select("ul.downloads a").eachAttr("href");
                assertEquals(List.of("/data/" + id + ".json", "/data/" + id + ".fr.csv", "/data/" + id + ".en.csv"), links);
                int records = json(id).get("records").size();
                String count = section.select("dl.facts dd").get(1).text().replaceAll("\\D", "");
                assertEquals(String.valueOf(records), count, id + " record count on the " + lang + " page");
                assertEquals(records + 1, csv(id, lang).size(), id + " CSV rows");
                assertEquals(json(id).get("licence").get("url").asText(), licence.attr("href"));
            }
        }
    }

    @Test
    void csvHeadersAreTheDataPageLabelsOfTheirLanguageAndCellsEqualTheJson() {
        for (String id : datasetIds()) {
            JsonNode data = json(id);
            for (String lang : LANGS) {
                Document doc = page(lang.equals("fr") ? "fr/donnees/" : "en/data/");
                List<String> documented = doc.select("table.fields[data-dataset=" + id + "] tbody tr td:eq(1)").eachText();
                List<String> fieldNames = doc.select("table.fields[data-dataset=" + id + "] tbody tr th").eachText();
                List<List<String>> rows = csv(id, lang);
                assertEquals(documented, rows.get(0), id + " CSV header in " + lang);
                List<String> jsonNames = new ArrayList<>();
                data.get("fields").forEach(f -> jsonNames.add(f.get("name").asText()));
                assertEquals(fieldNames, jsonNames, id + " fields documented");
                for (int r = 0; r < data.get("records").size(); r++) {
                    JsonNode record = data.get("records").get(r);
                    List<String> row = rows.get(r + 1);
                    for (int c = 0; c < jsonNames.size(); c++) {
                        JsonNode v = record.get(jsonNames.get(c));
                        String cell = row.get(c);
                        String where = id + "[" + r + "]." + jsonNames.get(c) + " (" + lang + ")";
                        if (v.isNull()) {
                            assertEquals("", cell, where);
                        } else if (v.isObject()) {
                            assertEquals(asWritten(v.get(lang).asText()), cell, where);
                        } else if (v.isArray()) {
                            List<String> items = new ArrayList<>();
                            v.forEach(x -> items.add(x.asText()));
                            assertEquals(asWritten(String.join(", ", items)), cell, where);
                        } else if (v.isNumber()) {
                            assertEquals(0, v.decimalValue().compareTo(decimal(cell)), where + ": " + v + " vs " + cell);
                        } else {
                            assertEquals(asWritten(v.asText()), cell, where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void csvFilesEndLinesWithCrLf() throws IOException {
        String text = Files.readString(site.resolve("data/actions.fr.csv"));
        assertTrue(text.contains("\r\n"));
        assertFalse(text.replace("\r\n", "").contains("\r"), "no lone carriage return");
    }

    @Test
    void actionDeadlinesAndStatusesOnThePagesAreTheExported() {
        JsonNode actions = json("actions").get("records");
        assertEquals(29, actions.size());
        for (String lang : LANGS) {
            List<Map<String, String>> rows = csvRecords("actions", lang);
            Document plan = page(lang.equals("fr") ? "fr/plan-d-action/" : "en/action-plan/");
            for (int i = 0; i < actions.size(); i++) {
                JsonNode a = actions.get(i);
                int number = a.get("number").asInt();
                Document doc = page(lang + "/actions/" + number + "/");
                Element time = doc.selectFirst("dl.facts time");
                // The data keeps the plan's form (Q2 2029); French pages write the quarter T2 2029.
                String deadline = a.get("deadline").asText();
                assertEquals(lang.equals("fr") ? deadline.replace('Q', 'T') : deadline, time.text(), "action " + number);
                assertEquals(a.get("deadline_date").asText(), time.attr("datetime"), "action " + number);
                assertTrue(doc.selectFirst("dl.facts .badge").hasClass("badge-" + a.get("progress").asText()),
                        "action " + number + " shows " + doc.selectFirst("dl.facts .badge").className());
                assertEquals(a.get("text").get(lang).asText(), doc.selectFirst("h1 .lead-text").ownText().strip(), "action " + number);
                Element row = plan.select("#action-table tbody tr").get(i);
                assertEquals(String.valueOf(number), row.selectFirst("td").text());
                assertEquals(a.get("progress").asText(), row.attr("data-status"));
                assertEquals(time.text(), row.selectFirst("time").text());
                Map<String, String> csvRow = rows.get(i);
                assertEquals(deadline, csvRow.get("deadline"));
                assertEquals(row.attr("data-status"), csvRow.get("progress"));
                assertEquals(String.valueOf(number), csvRow.get("number"));
            }
        }
    }

    @Test
    void principleRatingsOnThePagesAreTheExported() {
        JsonNode principles = json("principles").get("records");
        assertEquals(20, principles.size());
        for (String lang : LANGS) {
            List<Map<String, String>> rows = csvRecords("principles", lang);
            for (int i = 0; i < principles.size(); i++) {
                JsonNode p = principles.get(i);
                Document doc = page(lang + (lang.equals("fr") ? "/principes/" : "/principles/") + p.get("id").asText() + "/");
                Element badge = doc.selectFirst("dl.facts .badge");
                assertTrue(badge.hasClass("badge-" + p.get("rating_level").asText()), p + " vs " + badge.className());
                assertEquals(p.get("name").get(lang).asText(), doc.selectFirst("h1").ownText().strip());
                assertEquals(rows.get(i).get("rating"), asWritten(p.get("rating").asText()));
                assertEquals(rows.get(i).get("rating_level"), badge.classNames().stream()
                        .filter(c -> c.startsWith("badge-") && !c.equals("badge-rating")).findFirst().orElseThrow().substring(6));
            }
        }
    }

    /** The cells of a figures table that hold a value, as "row header|column header|value". */
    static List<String> cells(Element table) {
        List<String> columns = table.select("thead th").eachText().subList(1, table.select("thead th").size());
        List<String> out = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            List<Element> tds = tr.select("td");
            for (int c = 0; c < tds.size(); c++) {
                if (tds.get(c).hasAttr("data-value")) {
                    out.add(tr.selectFirst("th").text() + "|" + columns.get(c) + "|" + decimal(tds.get(c).attr("data-value")).stripTrailingZeros().toPlainString());
                }
            }
        }
        out.sort(null);
        return out;
    }

    static String key(String row, String year, BigDecimal value) {
        return row + "|" + year + "|" + value.stripTrailingZeros().toPlainString();
    }

    @Test
    void indicatorFiguresOnThePagesAreTheExported() {
        JsonNode values = json("indicator-values").get("records");
        Map<String, String> schoolNames = new HashMap<>();
        int checked = 0;
        for (String lang : LANGS) {
            json("schools").get("records").forEach(s -> schoolNames.put(s.get("id").asText(), s.get("name").get(lang).asText()));
            List<Map<String, String>> csvValues = csvRecords("indicator-values", lang);
            for (JsonNode indicator : json("indicators").get("records")) {
                String id = indicator.get("id").asText();
                Document doc = page(lang + "/cop/" + (lang.equals("fr") ? "indicateurs/" : "indicators/") + id + "/");
                // The chart's table: every value of the indicator as a whole; a target in a year the
                // trajectory already gives is one point of the chart.
                List<String> expected = new ArrayList<>();
                List<String> expectedFromCsv = new ArrayList<>();
                List<String> trajectoryYears = new ArrayList<>();
                for (JsonNode v : values) {
                    if (v.get("indicator").asText().equals(id) && v.get("kind").asText().equals("trajectory")) {
                        trajectoryYears.add(v.get("year").asText());
                    }
                }
                for (JsonNode v : values) {
                    if (v.get("indicator").asText().equals(id) && v.get("school").isNull() && !v.get("value").isNull()
                            && !(v.get("kind").asText().equals("target") && trajectoryYears.contains(v.get("year").asText()))) {
                        expected.add(v.get("year").asText() + "|" + v.get("value").decimalValue().stripTrailingZeros().toPlainString());
                    }
                }
                for (Map<String, String> v : csvValues) {
                    if (v.get("indicator").equals(id) && v.get("school").isEmpty() && !v.get("value").isEmpty()
                            && !(v.get("kind").equals("target") && trajectoryYears.contains(v.get("year")))) {
                        expectedFromCsv.add(v.get("year") + "|" + decimal(v.get("value")).stripTrailingZeros().toPlainString());
                    }
                }
                expected.sort(null);
                expectedFromCsv.sort(null);
                Element chartTable = doc.getElementById("chart-" + id + "-table");
                assertNotNull(chartTable, id);
                // Its rows are years, its columns the series: keep the year and the value.
                List<String> shown = cells(chartTable).stream().map(c -> c.split("\\|")).map(p -> p[0] + "|" + p[2]).sorted().toList();
                assertEquals(expected, shown, id + " (" + lang + ")");
                assertEquals(expected, expectedFromCsv, id + " CSV (" + lang + ")");
                checked += shown.size();

                Element previous = doc.getElementById("previous-schools");
                List<String> perSchool = new ArrayList<>();
                for (JsonNode v : values) {
                    if (v.get("indicator").asText().equals(id) && !v.get("school").isNull()) {
                        perSchool.add(key(schoolNames.get(v.get("school").asText()), v.get("year").asText(), v.get("value").decimalValue()));
                    }
                }
                perSchool.sort(null);
                assertEquals(perSchool, previous == null ? List.of() : cells(previous), id + " per-school history (" + lang + ")");
                checked += perSchool.size();
            }
        }
        assertTrue(checked > 300, checked + " figures compared");
    }

    @Test
    void schoolObjectiveTablesAreTheExported() {
        JsonNode values = json("school-values").get("records");
        JsonNode objectives = json("school-objectives").get("records");
        int checked = 0;
        for (String lang : LANGS) {
            List<Map<String, String>> csvValues = csvRecords("school-values", lang);
            for (JsonNode school : json("schools").get("records")) {
                String id = school.get("id").asText();
                Document doc = page(lang + "/cop/" + (lang.equals("fr") ? "ecoles/" : "schools/") + id + "/");
                Element table = doc.getElementById("school-objectives");
                List<String> years = table.select("thead th").eachText();
                List<String> shown = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (Element tr : table.select("tbody tr")) {
                    String row = tr.id().substring(tr.id().lastIndexOf('-') + 1);
                    labels.add(tr.selectFirst("th").ownText().strip());
                    List<Element> tds = tr.select("td");
                    for (int c = 0; c < tds.size(); c++) {
                        if (tds.get(c).hasAttr("data-value")) {
                            shown.add(key(row, years.get(c + 1), decimal(tds.get(c).attr("data-value"))));
                        }
                    }
                }
                List<String> expected = new ArrayList<>();
                for (JsonNode v : values) {
                    // A year the source marks « n/a » is a record without a value: a fact, not a figure.
                    if (v.get("school").asText().equals(id) && !v.get("value").isNull()) {
                        expected.add(key(v.get("row").asText(), v.get("year").asText(), v.get("value").decimalValue()));
                    }
                }
                List<String> fromCsv = new ArrayList<>();
                for (Map<String, String> v : csvValues) {
                    if (v.get("school").equals(id) && !v.get("value").isEmpty()) {
                        fromCsv.add(key(v.get("row"), v.get("year"), decimal(v.get("value"))));
                    }
                }
                List<String> expectedLabels = new ArrayList<>();
                for (JsonNode o : objectives) {
                    if (o.get("school").asText().equals(id)) {
                        expectedLabels.add(o.get("label").get(lang).asText());
                    }
                }
                shown.sort(null);
                expected.sort(null);
                fromCsv.sort(null);
                assertEquals(expected, shown, id + " (" + lang + ")");
                assertEquals(expected, fromCsv, id + " CSV (" + lang + ")");
                assertEquals(expectedLabels, labels, id + " labels (" + lang + ")");
                checked += shown.size();
            }
        }
        assertTrue(checked > 500, checked + " figures compared");
    }

    @Test
    void milestoneStepsOnTheTimelineAreTheExported() {
        JsonNode steps = json("milestone-steps").get("records");
        for (String lang : LANGS) {
            Document doc = page(lang + "/cop/" + (lang.equals("fr") ? "jalons/" : "milestones/"));
            Map<String, String> shown = new TreeMap<>();
            for (Element td : doc.select("#timeline tbody tr td[data-year]")) {
                shown.put(td.parent().id() + " " + td.attr("data-year"), td.selectFirst(".badge").className());
            }
            Map<String, String> expected = new TreeMap<>();
            steps.forEach(s -> expected.put(s.get("milestone").asText() + " " + s.get("year").asText(), s.get("progress").asText()));
            assertEquals(expected.keySet(), shown.keySet(), lang);
            expected.forEach((k, progress) -> assertTrue(shown.get(k).contains("badge-" + progress), k + ": " + shown.get(k)));
        }
    }

    @Test
    void catalogueListsEveryFileWithItsSize() throws IOException {
        JsonNode catalog = JSON.readTree(site.resolve("data/catalog.jsonld").toFile());
        assertEquals("dcat:Catalog", catalog.get("@type").asText());
        int files = 0;
        for (JsonNode dataset : catalog.get("dcat:dataset")) {
            assertTrue(datasetIds().contains(dataset.get("dct:identifier").asText()));
            for (JsonNode d : dataset.get("dcat:distribution")) {
                String url = d.get("dcat:downloadURL").get("@id").asText();
                String path = url.substring("https://engagements.imt.fr/".length());
                assertEquals(Files.size(site.resolve(path)), d.get("dcat:byteSize").get("@value").asLong(), url);
                files++;
            }
        }
        assertEquals(datasetIds().size() * 3, files);
    }

    @Test
    void pagesOfferTheirDataForDownload() {
        Map<String, List<String>> expected = Map.of(
                "fr/plan-d-action/", List.of("/data/actions.json", "/data/actions.fr.csv"),
                "en/gap-analysis/", List.of("/data/principles.json", "/data/principles.en.csv"),
                "fr/cop/", List.of("/data/indicators.json", "/data/indicator-values.fr.csv"),
                "en/cop/indicators/degree-students/", List.of("/data/indicator-values.json", "/data/indicator-values.en.csv"),
                "fr/cop/jalons/", List.of("/data/milestone-steps.json", "/data/milestones.fr.csv"),
                "en/cop/schools/imt-atlantique/", List.of("/data/school-values.json", "/data/school-values.en.csv"));
        expected.forEach((path, files) -> {
            Element box = page(path).selectFirst("aside.data-download");
            assertNotNull(box, path);
            List<String> links = box.select("a").eachAttr("href");
            assertTrue(links.containsAll(files), path + " " + links);
            links.stream().filter(l -> l.startsWith("/data/")).forEach(l -> assertTrue(Files.isRegularFile(site.resolve(l.substring(1))), l));
        });
    }
}
