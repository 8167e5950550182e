package fr.imt.portal.opendata;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A dataset as CSV for one language (RFC 4180: comma-separated, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break), with the column labels and texts of that
 * language. The file starts with a UTF-8 byte-order mark: without it Excel reads a CSV in the
 * Windows code page and garbles every accent, while LibreOffice, Python ({@code utf-8-sig}),
 * R and pandas skip it. Codes, identifiers, dates and numbers are the same in both languages
 * (numbers with a decimal point), so the two files hold the same data.
 *
 * <p>A text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return would be taken by a spreadsheet for a formula (OWASP's "CSV injection": a formula can
 * fetch a web address or run a command). Such a cell is neutralised as OWASP recommends: a
 * single quote before it, and the cell in double quotes. A spreadsheet then shows the text as
 * it is written (the rating {@code +/-}, the target {@code +20%}); a program reading the CSV
 * sees the quote, and finds the exact value in the JSON file. Numbers are written as numbers.
 */
final class CsvFormat {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    // Quote a field only when RFC 4180 requires it (a comma, a quote, a line break).
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private CsvFormat() {}

    static byte[] write(Dataset d, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (SequenceWriter rows = CSV.writer(SCHEMA).writeValues(out)) {
            rows.write(d.fields().stream().map(f -> f.label().in(lang)).toArray(String[]::new));
            for (Map<String, Object> r : d.records()) {
                rows.write(d.fields().stream().map(f -> written(r.get(f.name()), lang)).toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The cell as written: the text, or a text a spreadsheet would run as a formula made inert
     * (written as it stands, the generator's own quoting has no say in it: a raw value).
     */
    private static Object written(Object value, Lang lang) {
        String text = cell(value, lang);
        if (value instanceof Number || !startsLikeAFormula(text)) {
            return text;
        }
        return new RawValue("\"'" + text.replace("\"", "\"\"") + "\"");
    }

    /** Whether a spreadsheet would read {@code text} as a formula (OWASP's list of first characters). */
    static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    static String cell(Object value, Lang lang) {
        if (value == null) {
            return "";
        } else if (value instanceof Text t) {
            return t.in(lang);
        } else if (value instanceof BigDecimal b) {
            return b.toPlainString();
        } else if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }
}
