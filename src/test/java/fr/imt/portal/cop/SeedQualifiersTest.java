package fr.imt.portal.cop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.imt.portal.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import fr.imt.portal.SharedBuilds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads the COP's source extraction ({@code ../shared/seeds/004_….txt}) with its own small
 * parser, not our loader, finds every figure the source qualifies (an average, a bound, « n/a »
 * or « NA », a qualitative target, a blank « Déclinaison par école » cell, a figure with a
 * remark) in the indicator table and in the nine schools' numeric-objective tables, and checks
 * that each one is still qualified on the built page and in the open data (JSON and CSV): never
 * shown as a plain value of its year, never turned into "none" or a guessed "No".
 */
@ExtendWith(SharedBuilds.class)
class SeedQualifiersTest {

    static final Path SEED = TestSites.PROJECT.resolve("../shared/seeds/004_17e28fcb5a45e19d.txt").normalize();
    static final Pattern SCHOOL_SHEET = Pattern.compile("^\\s*Fiche école : (.+?)\\s*$");
    /** « Moyenne 2020-21-22 : 13,9 », « Moyenne 20-21-22 : 7,5 », « Moyenne 2020 à 2022 : 520 », « Moyenne 2020 à 2022 » (number elsewhere). */
    static final Pattern AVERAGE = Pattern.compile("Moyenne\\s+(?:20)?20\\s*(?:-|à)\\s*(?:(?:20)?21\\s*-\\s*)?(?:20)?22(\\s*:\\s*(\\d+(?:,\\d+)?))?");
    static final Pattern MARK = Pattern.compile("(?<![\\w/])(n/a|NA|na)(?![\\w/])");
    static final Pattern SCHOOL_TARGET = Pattern.compile("Valeur (?:supérieure|inférieure|stable|croissante)[^\\n]*");

    static Path site;
    static List<String> lines;

    @BeforeAll
    static void build(SharedBuilds.Sites sites) throws IOException {
        assumeTrue(Files.exists(SEED), "the source documents are not beside the repository (" + SEED + ")");
        lines = Files.readAllLines(SEED, StandardCharsets.UTF_8);
        SiteBuilder.Report report = sites.realInPlace().report();
        assertTrue(report.published(), () -> report.problems().errors() + " " + report.renderingErrors());
        site = sites.realInPlace().output();
    }

    /** One school's « Objectifs chiffrés » table, as the extraction prints it. */
    record SchoolTable(String name, String text) {}

    /** The tables, from each sheet's « Objectifs chiffrés » line to its comments (or the next sheet, or the annex). */
    static List<SchoolTable> schoolTables() {
        List<SchoolTable> tables = new ArrayList<>();
        String school = null;
        StringBuilder table = null;
        for (String line : lines) {
            if (line.startsWith("\t")) {
                break; // the table of contents at the end repeats the headings with a tab
            }
            Matcher sheet = SCHOOL_SHEET.matcher(line);
            boolean ends = sheet.matches() || line.strip().startsWith("Commentaire") || line.contains("BILAN DÉTAILLÉ")
                    || line.strip().startsWith("Annexe");
            if (ends && table != null) {
                tables.add(new SchoolTable(school, table.toString()));
                table = null;
            }
            if (sheet.matches()) {
                school = sheet.group(1);
            } else if (line.strip().startsWith("Objectifs chiffrés de l") && school != null) {
                table = new StringBuilder();
            } else if (table != null) {
                table.append(line).append('\n');
            }
        }
        if (table != null) {
            tables.add(new SchoolTable(school, table.toString()));
        }
        return tables;
    }

    /** The indicator table: from its heading to the « NOTA BENE » after its footnotes. */
    static String indicatorTable() {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (from < 0 && lines.get(i).contains("Indicateurs, objectifs et cibles associés")) {
                from = i;
            } else if (from >= 0 && lines.get(i).contains("NOTA BENE")) {
                return String.join("\n", lines.subList(from, i));
            }
        }
        throw new AssertionError("no indicator table in " + SEED);
    }

    static Document page(String path) throws IOException {
        File file = site.resolve(path).resolve("index.html").toFile();
        assertTrue(file.exists(), "missing page " + path);
        return Jsoup.parse(file, "UTF-8");
    }

    /** The school page whose title is this sheet's school name. */
    static Document schoolPage(String name) throws IOException {
        try (var folders = Files.list(site.resolve("fr/cop/ecoles"))) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Document doc = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
                if (normal(doc.selectFirst("h1").ownText()).equals(normal(name))) {
                    return doc;
                }
            }
        }
        throw new AssertionError("no school page titled " + name);
    }

    /** The identifier of a school or indicator page: its folder's name (a page was read from its index.html). */
    static String idOf(Document doc) {
        return Path.of(doc.location()).getParent().getFileName().toString();
    }

    /** Text compared loosely: one kind of apostrophe and space, no case. */
    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('’', '\'').replace('\u202F', ' ')
                .replace('\u00A0', ' ').replaceAll("\\s+", " ").strip().toLowerCase();
    }

    static List<JsonNode> records(String dataset) throws IOException {
        JsonNode root = new ObjectMapper().readTree(site.resolve("data/" + dataset + ".json").toFile());
        return StreamSupport.stream(root.get("records").spliterator(), false).toList();
    }

    static List<Map<String, String>> csv(String dataset) throws IOException {
        List<String> rows = Files.readAllLines(site.resolve("data/" + dataset + ".en.csv"), StandardCharsets.UTF_8);
        List<String> header = splitCsv(rows.get(0).replace("\uFEFF", ""));
        List<Map<String, String>> out = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            List<String> cells = splitCsv(row);
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                map.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            out.add(map);
        }
        return out;
    }

    static List<String> splitCsv(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (quoted && c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @Test
    void theSourceHasNineSchoolTables() {
        assertEquals(9, schoolTables().size(), schoolTables().stream().map(SchoolTable::name).toList().toString());
    }

    @Test
    void everySchoolAverageStaysAnAverageOnThePageAndInTheOpenData() throws IOException {
        List<JsonNode> json = records("school-values");
        List<Map<String, String>> csv = csv("school-values");
        int averages = 0;
        for (SchoolTable table : schoolTables()) {
            Matcher m = AVERAGE.matcher(table.text());
            List<String> found = new ArrayList<>();
            while (m.find()) {
                found.add(m.group(2) == null ? "" : m.group(2).replace(',', '.'));
            }
            Document doc = schoolPage(table.name());
            String id = idOf(doc);
            List<Element> cells = doc.select("#school-objectives td[data-qualifier=average]");
            assertEquals(found.size(), cells.size(), table.name() + ": every « Moyenne » of the source is an average cell");
            List<JsonNode> jsonAverages = json.stream().filter(r -> r.get("school").asText().equals(id)
                    && r.get("qualifier").asText().equals("average")).toList();
            assertEquals(found.size(), jsonAverages.size(), table.name() + " in school-values.json");
            assertEquals((long) found.size(), csv.stream().filter(r -> r.get("School").equals(id)
                    && r.get("Kind of value").equals("average")).count(), table.name() + " in school-values.en.csv");
            for (int i = 0; i < found.size(); i++) {
                String value = found.get(i);
                if (!value.isEmpty()) { // where the extraction prints the number right after the period
                    assertEquals(0, new BigDecimal(value).compareTo(new BigDecimal(cells.get(i).attr("data-value"))), table.name());
                    assertEquals(0, new BigDecimal(value).compareTo(jsonAverages.get(i).get("value").decimalValue()), table.name());
                }
                assertTrue(cells.get(i).text().contains("2020") && cells.get(i).text().contains("2022"),
                        "the cell says which years are averaged: " + cells.get(i).text());
                assertEquals(2020, jsonAverages.get(i).get("period_from").asInt());
                assertEquals(2022, jsonAverages.get(i).get("period_to").asInt());
            }
            // An average is never plotted as a plain point of the line.
            for (Element point : doc.select("svg .point")) {
                boolean averaged = cells.stream().anyMatch(c -> c.attr("data-value").equals(point.attr("data-value"))
                        && point.attr("data-year").equals("2022") && c.closest("tr").id().equals(
                        point.closest(".small-chart") == null ? "" : point.closest(".small-chart").attr("data-row")));
                if (averaged) {
                    assertTrue(point.hasClass("qualified"), table.name() + ": " + point.outerHtml());
                }
            }
            averages += found.size();
        }
        assertTrue(averages >= 9, "the source has an average in every sheet, found " + averages);
    }

    @Test
    void everyNotApplicableMarkIsKeptAsWritten() throws IOException {
        List<JsonNode> json = records("school-values");
        int marks = 0;
        for (SchoolTable table : schoolTables()) {
            Map<String, Integer> byMark = new LinkedHashMap<>(Map.of("n/a", 0, "NA", 0));
            Matcher m = MARK.matcher(table.text());
            while (m.find()) {
                // « NA » and « na » are the same unexplained mark; « n/a » says not applicable.
                byMark.merge(m.group(1).equals("n/a") ? "n/a" : "NA", 1, Integer::sum);
            }
            Document doc = schoolPage(table.name());
            String id = idOf(doc);
            assertEquals(byMark.get("n/a"), doc.select("#school-objectives td[data-qualifier=not_applicable]").size(),
                    table.name() + ": « n/a » cells");
            assertEquals(byMark.get("NA"), doc.select("#school-objectives td[data-qualifier=na]").size(), table.name() + ": « NA » cells");
            doc.select("#school-objectives td[data-qualifier=not_applicable]").forEach(td -> assertTrue(td.text().contains("n/a")));
            doc.select("#school-objectives td[data-qualifier=na]").forEach(td -> assertTrue(td.text().toUpperCase().startsWith("NA")));
            assertEquals((long) byMark.get("n/a"), json.stream().filter(r -> r.get("school").asText().equals(id)
                    && r.get("qualifier").asText().equals("not_applicable") && r.get("value").isNull()).count(), id + " JSON n/a");
            assertEquals((long) byMark.get("NA"), json.stream().filter(r -> r.get("school").asText().equals(id)
                    && r.get("qualifier").asText().equals("na") && r.get("value").isNull()).count(), id + " JSON NA");
            marks += byMark.values().stream().mapToInt(Integer::intValue).sum();
        }
        assertTrue(marks >= 10, "IMT-BS's seven n/a, two NA and one na elsewhere, found " + marks);
    }

    @Test
    void everySchoolQualitativeTargetIsShown() throws IOException {
        List<JsonNode> json = records("school-objectives");
        int targets = 0;
        for (SchoolTable table : schoolTables()) {
            Document doc = schoolPage(table.name());
            String id = idOf(doc);
            String pageText = normal(doc.select("#school-objectives").text());
            String data = normal(json.stream().filter(r -> r.get("school").asText().equals(id))
                    .map(r -> r.get("target").isNull() ? "" : r.get("target").get("fr").asText()).reduce("", (a, b) -> a + " | " + b));
            Matcher m = SCHOOL_TARGET.matcher(table.text());
            while (m.find()) {
                String target = normal(m.group().replaceAll("\\*+", ""));
                assertTrue(pageText.contains(target), table.name() + " page shows « " + target + " »");
                assertTrue(data.contains(target), table.name() + " school-objectives.json has « " + target + " »");
                targets++;
            }
        }
        assertTrue(targets >= 30, "found " + targets);
    }

    /** An indicator row of the table: its label (the text before its first figure) and everything it holds. */
    record Row(String label, String text) {}

    static List<Row> indicatorRows() {
        List<Row> rows = new ArrayList<>();
        StringBuilder current = null;
        for (String line : indicatorTable().split("\n")) {
            String s = line.strip();
            boolean starts = s.startsWith("- ") || s.startsWith("o ");
            boolean footnotes = s.startsWith("(*)") || s.matches("^2[67] .*");
            // A domain heading (« RECHERCHE & », « AU DEV. ECO. »), not a label's last line such as « PME/ETI ».
            boolean heading = s.matches("[A-ZÉ &,.]+") && s.matches(".*[A-Z]{3,}.*");
            if ((starts || footnotes || heading || s.startsWith("Objectifs au niveau")) && current != null) {
                String text = current.toString();
                rows.add(new Row(text.replaceAll("(?s)^[-o] ", "").split("\\s\\d|\\s\\[")[0].strip(), text));
                current = null;
            }
            if (starts) {
                current = new StringBuilder();
            }
            if (current != null) {
                current.append(s).append(' ');
            }
        }
        return rows;
    }

    /** The French page of the indicator whose name starts like the row's label. */
    static Document indicatorPage(Row row) throws IOException {
        String label = normal(row.label().replaceAll("\\*+", ""));
        String prefix = label.substring(0, Math.min(40, label.length())).replaceFirst("^dont ", "");
        Document best = null;
        int bestLength = Integer.MAX_VALUE;
        try (var folders = Files.list(site.resolve("fr/cop/indicateurs"))) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                Document doc = Jsoup.parse(folder.resolve("index.html").toFile(), "UTF-8");
                String name = normal(doc.selectFirst("h1").ownText()).replaceFirst("^dont ", "");
                // The shortest name that starts like the label: « publications internationales » is not « … par ETP ».
                if (name.startsWith(prefix) && name.length() < bestLength) {
                    best = doc;
                    bestLength = name.length();
                }
            }
        }
        assertNotNull(best, "no indicator page named like « " + row.label() + " »");
        return best;
    }

    @Test
    void theIndicatorTableHasItsTwentyOneRows() {
        assertEquals(21, indicatorRows().size(), indicatorRows().stream().map(Row::label).toList().toString());
    }

    @Test
    void aBlankPerSchoolCellIsNotSpecifiedAndAQualifiedYesKeepsItsWords() throws IOException {
        Map<String, JsonNode> data = new LinkedHashMap<>();
        records("indicators").forEach(r -> data.put(r.get("id").asText(), r));
        int blanks = 0;
        int qualified = 0;
        for (Row row : indicatorRows()) {
            Document doc = indicatorPage(row);
            String id = idOf(doc);
            JsonNode record = data.get(id);
            assertNotNull(record, "indicators.json has " + id);
            Element perSchool = doc.selectFirst("dd.per-school");
            assertNotNull(perSchool, row.label());
            Matcher yes = Pattern.compile("\\bOui\\b(?:\\s*\\(([^)]*)\\))?").matcher(row.text());
            boolean no = Pattern.compile("\\bNon\\b").matcher(row.text()).find();
            if (yes.find()) {
                assertTrue(perSchool.text().startsWith("Oui"), row.label() + ": " + perSchool.text());
                assertTrue(record.get("per_school").asBoolean());
                if (yes.group(1) != null) {
                    String words = normal(yes.group(1));
                    assertTrue(normal(perSchool.text()).contains(words), row.label() + " keeps « " + words + " »");
                    assertEquals(words, normal(record.get("per_school_note").get("fr").asText()));
                    qualified++;
                }
            } else if (no) {
                assertEquals("Non", perSchool.text(), row.label());
                assertFalse(record.get("per_school").asBoolean());
            } else {
                assertTrue(perSchool.text().contains("case vide"), row.label() + " is blank in the source, shown as "
                        + perSchool.text());
                assertTrue(record.get("per_school").isNull(), row.label() + ": per_school empty in the open data");
                blanks++;
            }
        }
        assertEquals(2, blanks, "two blank « Déclinaison par école » cells in the source");
        assertEquals(2, qualified, "« Oui (> moyenne CGE) » and « Oui (> 97%) »");
    }

    @Test
    void everyQualitativeOrBoundedTargetOfTheTableIsShownAsSuch() throws IOException {
        List<JsonNode> values = records("indicator-values");
        Pattern qualitative = Pattern.compile("Valeur (?:stable ou )?croissante|Indicateur de suivi annuel sans objectif"
                + "|\\[Suivi sans cible\\]|\\+\\s?\\d+(?: à \\d+)?%(?: en € constants)?");
        Pattern bound = Pattern.compile("(?<!\\()([<>])\\s*(\\d+(?:,\\d+)?)\\s*%");
        int qualitatives = 0;
        int bounds = 0;
        for (Row row : indicatorRows()) {
            Document doc = indicatorPage(row);
            String id = idOf(doc);
            String targets = normal(doc.select("dd.target").text());
            assertFalse(targets.isEmpty() || targets.equals("aucune"), row.label() + ": a target, or the blank cell said as such, never « Aucune »");
            Matcher q = qualitative.matcher(row.text().replaceAll("\\s+", " "));
            while (q.find()) {
                String words = normal(q.group());
                if (words.startsWith("+") && row.text().contains("soit")) {
                    continue; // « soit +21% » explains a numeric target
                }
                assertTrue(targets.replace("+ ", "+").contains(words.replace("+ ", "+")), row.label() + ": « " + words + " » in " + targets);
                qualitatives++;
            }
            Matcher b = bound.matcher(row.text());
            while (b.find()) {
                BigDecimal value = new BigDecimal(b.group(2).replace(',', '.'));
                String kind = b.group(1).equals(">") ? "above" : "below";
                assertTrue(values.stream().anyMatch(r -> r.get("indicator").asText().equals(id) && r.get("kind").asText().equals("target")
                        && r.get("qualifier").asText().equals(kind) && r.get("value").decimalValue().compareTo(value) == 0),
                        row.label() + ": the target " + b.group() + " is a bound in indicator-values.json");
                assertTrue(targets.contains(kind.equals("above") ? "supérieur à" : "inférieur à"), targets);
                assertTrue(doc.select("svg .point[data-value=" + value.toPlainString() + "]").stream().allMatch(p -> p.hasClass("qualified")),
                        row.label() + ": a bound is never plotted as a plain point");
                bounds++;
            }
            if (row.text().contains("moyenne CGE")) {
                assertTrue(targets.contains("> moyenne cge"), row.label() + ": the « > moyenne CGE » target is shown");
                qualitatives++;
            }
        }
        assertTrue(qualitatives >= 8, "found " + qualitatives);
        assertEquals(1, bounds, "« > 97% »");
    }

    @Test
    void aReferenceWithARemarkKeepsIt() throws IOException {
        for (Row row : indicatorRows()) {
            Matcher m = Pattern.compile("\\d+ (\\(soit [^)]*\\) en [a-zé]+ \\d+)").matcher(row.text().replaceAll("\\s+", " "));
            if (m.find()) {
                Document doc = indicatorPage(row);
                String remark = normal(m.group(1));
                assertTrue(normal(doc.selectFirst("dd.reference").text()).contains(remark), row.label() + ": " + remark);
                String id = idOf(doc);
                assertTrue(records("indicator-values").stream().anyMatch(r -> r.get("indicator").asText().equals(id)
                        && r.get("kind").asText().equals("reference") && !r.get("note").isNull()
                        && normal(r.get("note").get("fr").asText()).equals(remark)), id + " reference note in the open data");
                return;
            }
        }
        throw new AssertionError("the source's « 278 (soit 14%) en mai 23 » was not found");
    }
}
