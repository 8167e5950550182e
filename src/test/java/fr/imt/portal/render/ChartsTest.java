package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SVG charts drawn in Java: every text that comes from the content (titles, series labels,
 * names, notes) reaches the SVG as text, never as markup, and the figures reach the table.
 */
class ChartsTest {

    private static final String HOSTILE = "Taux <script>alert(\"x\")</script> & « élèves » 'ok'";

    @Test
    void contentTextInALineChartIsEscaped() {
        Charts.ChartView chart = Charts.lines("c1", HOSTILE, "desc " + HOSTILE,
                List.of(new Charts.Series("actual\"><script>", HOSTILE, List.of(
                        new Charts.Point(2023, new BigDecimal("12.5"), "12,5 " + HOSTILE, false, "", true),
                        new Charts.Point(2024, new BigDecimal("14"), "14", true, "note", true)))),
                Lang.FR, "Année", "–", "", false);
        Document svg = Jsoup.parse(chart.svg(), "", Parser.xmlParser());
        assertEquals(0, svg.select("script").size(), chart.svg());
        assertEquals(1, svg.select("svg").size());
        assertEquals(HOSTILE, svg.selectFirst("svg > title").text());
        assertEquals("desc " + HOSTILE, svg.selectFirst("svg > desc").text());
        Element series = svg.selectFirst("g.series");
        assertEquals("actual\"><script>", series.attr("data-series"));
        assertTrue(svg.select("g.series title").eachText().stream().anyMatch(t -> t.contains(HOSTILE)));
    }

    @Test
    void aLineChartsTableHoldsEveryFigureByYear() {
        Charts.ChartView chart = Charts.lines("c2", "t", "d",
                List.of(new Charts.Series("a", "A", List.of(new Charts.Point(2023, new BigDecimal("1.20"), "1,20", false, "", true))),
                        new Charts.Series("b", "B", List.of(new Charts.Point(2025, new BigDecimal("3"), "3", false, "", true)))),
                Lang.FR, "Année", "–", "", false);
        assertEquals(List.of("A", "B"), chart.table().columns());
        assertEquals(List.of("2023", "2025"), chart.table().rows().stream().map(Charts.Row::header).toList());
        assertEquals("1.20", chart.table().rows().get(0).cells().get(0).value());
        assertEquals("–", chart.table().rows().get(0).cells().get(1).text(), "a year without a value says so");
        assertEquals(2, chart.legend().size());
    }

    @Test
    void namesInABarChartAreEscaped() {
        Charts.ChartView chart = Charts.bars("c3", HOSTILE, "d", List.of(HOSTILE, "IMT Atlantique"),
                List.of(new Charts.Point(2024, new BigDecimal("10"), "10", false, "", true),
                        new Charts.Point(2024, new BigDecimal("20"), "20", false, "", true)),
                List.of(10.0, 20.0), Lang.EN, "School", "2024", "");
        Document svg = Jsoup.parse(chart.svg(), "", Parser.xmlParser());
        assertEquals(0, svg.select("script").size(), chart.svg());
        assertTrue(svg.text().contains(HOSTILE));
    }

    @Test
    void escapingCoversTheFourMarkupCharacters() {
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot;", Charts.esc("a & b <c> \"d\""));
        assertEquals("&amp;lt;", Charts.esc("&lt;"), "an entity in the text stays text");
    }
}
