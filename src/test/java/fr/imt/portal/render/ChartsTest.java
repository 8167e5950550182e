package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SVG charts, decided by {@link Charts} and drawn by the site's {@code charts.ftl}: every text that comes from the content (titles, series labels,
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
        String markup = drawn(chart);
        Document svg = Jsoup.parse(markup, "", Parser.xmlParser());
        assertEquals(0, svg.select("script").size(), markup);
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
        String markup = drawn(chart);
        Document svg = Jsoup.parse(markup, "", Parser.xmlParser());
        assertEquals(0, svg.select("script").size(), markup);
        assertTrue(svg.text().contains(HOSTILE));
    }

    @Test
    void escapingCoversTheFourMarkupCharactersAndLeavesApostrophesPlain() {
        String markup = drawn(Charts.lines("c", "a & b <c> \"d\" l'école &lt;", "d", List.of(), Lang.FR, "Année", "–", "", false));
        assertTrue(markup.contains("<title id=\"c-title\">a &amp; b &lt;c&gt; &quot;d&quot; l'école &amp;lt;</title>"), markup);
    }

    @Test
    void theValueAxisHasRoundTicksWrittenInThePagesLanguage() {
        assertEquals(List.of("0", "20", "40", "60", "80", "100"), yTicks(Lang.FR, "0", "100"));
        assertEquals(List.of("0,0", "0,5", "1,0", "1,5", "2,0"), yTicks(Lang.FR, "0.3", "1.7"));
        assertEquals(List.of("0.0", "0.5", "1.0", "1.5", "2.0"), yTicks(Lang.EN, "0.3", "1.7"));
        assertEquals(List.of("0", "5,000", "10,000", "15,000"), yTicks(Lang.EN, "1200", "13606"));
    }

    @Test
    void aFlatSeriesGetsAnAxisAroundItsValue() {
        assertEquals(List.of("4,4", "4,6", "4,8", "5,0", "5,2", "5,4", "5,6"), yTicks(Lang.FR, "5", "5"));
        assertEquals(List.of("-1,0", "-0,5", "0,0", "0,5", "1,0"), yTicks(Lang.FR, "0", "0"));
    }

    @Test
    void pointsSpanThePlotFromTheFirstYearToTheLastAndFromTheLowestTickToTheHighest() {
        Document svg = svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", List.of(
                point(2023, "0"), point(2024, "50"), point(2025, "100")))), Lang.FR, "Année", "–", "", false));
        List<Element> points = svg.select("circle.point");
        assertEquals(3, points.size());
        // The plot area of a full-size chart: x from 78 to 624, y from 16 (top) to 264 (baseline).
        assertEquals(List.of("78.0", "351.0", "624.0"), points.stream().map(e -> e.attr("cx")).toList());
        assertEquals(List.of("264.0", "140.0", "16.0"), points.stream().map(e -> e.attr("cy")).toList());
        assertEquals("78.0,264.0 351.0,140.0 624.0,16.0", svg.selectFirst("polyline.line").attr("points"));
        assertEquals(List.of("2023", "2024", "2025"), svg.select("g.axis-x text").eachText());
        assertEquals("50", points.get(1).attr("data-value"));
    }

    @Test
    void aSingleYearSitsInTheMiddleAndDrawsNoLine() {
        Document svg = svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", List.of(point(2024, "7")))),
                Lang.FR, "Année", "–", "", false));
        assertEquals("351.0", svg.selectFirst("circle.point").attr("cx"));
        assertEquals(0, svg.select("polyline").size());
    }

    @Test
    void eachOfFourSeriesHasItsOwnMarkerShape() {
        List<Charts.Series> series = List.of(
                new Charts.Series("a", "A", List.of(point(2023, "1"), point(2024, "2"))),
                new Charts.Series("b", "B", List.of(point(2023, "2"), point(2024, "3"))),
                new Charts.Series("c", "C", List.of(point(2023, "3"), point(2024, "4"))),
                new Charts.Series("d", "D", List.of(point(2023, "4"), point(2024, "5"))));
        Document svg = svg(Charts.lines("c", "t", "d", series, Lang.EN, "Year", "–", "", false));
        List<String> shapes = svg.select("g.series").stream()
                .map(g -> g.select(".point").stream().map(e -> e.tagName() + "." + e.className().split(" ")[1]).distinct().toList())
                .map(List::toString).toList();
        assertEquals(List.of("[circle.marker-circle]", "[rect.marker-square]", "[path.marker-triangle]", "[path.marker-diamond]"), shapes);
    }

    @Test
    void aSeriesWithoutPointsIsLeftOutOfTheDrawingAndTheLegend() {
        Charts.ChartView chart = Charts.lines("c", "t", "d", List.of(new Charts.Series("none", "None", List.of()),
                new Charts.Series("a", "A", List.of(point(2023, "1"), point(2024, "2")))), Lang.EN, "Year", "none", "", false);
        assertEquals(List.of("a"), chart.legend().stream().map(Charts.LegendEntry::key).toList());
        assertEquals(List.of("a"), svg(chart).select("g.series").eachAttr("data-series"));
        assertEquals("none", chart.table().rows().get(0).cells().get(0).text(), "the table still has its column");
    }

    @Test
    void aProvisionalValueIsMarkedSo() {
        Document svg = svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", List.of(
                point(2023, "1"), new Charts.Point(2024, new BigDecimal("2"), "2", true, "estimate", true)))), Lang.EN, "Year", "–", "", false));
        assertEquals(List.of(false, true), svg.select("circle.point").stream().map(e -> e.hasClass("provisional")).toList());
    }

    @Test
    void aSmallChartLabelsEveryOtherYearButTheLast() {
        List<Charts.Point> points = List.of(point(2021, "1"), point(2022, "2"), point(2023, "3"), point(2024, "4"),
                point(2025, "5"), point(2026, "6"));
        Document svg = svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", points)), Lang.EN, "Year", "–", "", true));
        assertEquals("0 0 320 170", svg.selectFirst("svg").attr("viewBox"));
        assertTrue(svg.selectFirst("svg").hasClass("chart-small"));
        assertEquals(List.of("2021", "2023", "2025", "2026"), svg.select("g.axis-x text").eachText());
        assertEquals(List.of("0", "2", "4", "6"), svg.select("g.axis-y text").eachText());
    }

    @Test
    void barsStartAtZeroAndGrowWithTheirValue() {
        Charts.ChartView chart = Charts.bars("b", "t", "d", List.of("A", "B"),
                List.of(point(2024, "50"), point(2024, "100")), List.of(50.0, 100.0), Lang.EN, "School", "2024", "");
        Document svg = svg(chart);
        List<Element> bars = svg.select("rect.bar");
        assertEquals(2, bars.size());
        // From x = 300 (after the names) over 254 units for the scale's 0 to 100.
        assertEquals(List.of("300.0", "300.0"), bars.stream().map(e -> e.attr("x")).toList());
        assertEquals(List.of("127.0", "254.0"), bars.stream().map(e -> e.attr("width")).toList());
        assertEquals(List.of("21.0", "49.0"), bars.stream().map(e -> e.attr("y")).toList());
        assertEquals("0 0 640 108", svg.selectFirst("svg").attr("viewBox"));
        assertEquals(List.of("A", "B"), chart.table().rows().stream().map(Charts.Row::header).toList());
        assertEquals(List.of("50", "100"), svg.select("text.bar-value").eachText());
        assertEquals(List.of("433.0", "560.0"), svg.select("text.bar-value").eachAttr("x"));
    }

    @Test
    void aNegativeBarGrowsLeftOfZeroAndATinyOneStaysVisible() {
        Document svg = svg(Charts.bars("b", "t", "d", List.of("A", "B"),
                List.of(point(2024, "-50"), point(2024, "0")), List.of(-50.0, 0.0), Lang.EN, "School", "2024", ""));
        List<Element> bars = svg.select("rect.bar");
        assertEquals("300.0", bars.get(0).attr("x"));
        assertEquals("254.0", bars.get(0).attr("width"));
        assertEquals("1.0", bars.get(1).attr("width"), "a zero still shows a sliver");
        assertEquals("554.0", bars.get(1).attr("x"));
    }

    @Test
    void coordinatesHaveOneDecimalRoundedHalfUp() {
        assertEquals("1.3", Charts.n(1.25));
        assertEquals("-1.3", Charts.n(-1.25));
        assertEquals("2.0", Charts.n(2));
    }

    private static List<String> yTicks(Lang lang, String low, String high) {
        return svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", List.of(point(2023, low), point(2024, high)))),
                lang, "Year", "–", "", false)).select("g.axis-y text").eachText();
    }

    private static Charts.Point point(int year, String value) {
        return new Charts.Point(year, new BigDecimal(value), value, false, "", true);
    }

    private static Document svg(Charts.ChartView chart) {
        return Jsoup.parse(drawn(chart), "", Parser.xmlParser());
    }

    /** The chart's SVG as the site's templates write it. */
    private static String drawn(Charts.ChartView chart) {
        try {
            // A configuration per drawing, as cheap as it is here: a mutation test swaps the engine's code under a running JVM.
            Configuration freemarker = PortalTemplateEngine.configuration(new File("templates"));
            Template page = new Template("chart", "<#import \"charts.ftl\" as charts><@charts.svg drawing/>", freemarker);
            StringWriter out = new StringWriter();
            page.process(Map.of("drawing", chart.drawing()), out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void markersAreCentredOnTheirPoint() {
        List<Charts.Series> series = new java.util.ArrayList<>();
        for (String key : List.of("a", "b", "c", "d")) {
            series.add(new Charts.Series(key, key, List.of(point(2023, "0"), point(2025, "100"))));
        }
        Document svg = svg(Charts.lines("c", "t", "d", series, Lang.EN, "Year", "–", "", false));
        // Every series has its points at (78, 264) and (624, 16), the plot's corners.
        Element circle = svg.selectFirst("circle.point");
        assertEquals(List.of("78.0", "264.0", "4.5"), List.of(circle.attr("cx"), circle.attr("cy"), circle.attr("r")));
        List<Element> squares = svg.select("rect.marker-square");
        assertEquals(List.of("73.5", "259.5", "619.5", "11.5"), List.of(squares.get(0).attr("x"), squares.get(0).attr("y"),
                squares.get(1).attr("x"), squares.get(1).attr("y")));
        assertEquals("9", squares.get(0).attr("width"));
        assertEquals("M78.0 258.0 L84.0 268.5 L72.0 268.5 Z", svg.selectFirst("path.marker-triangle").attr("d"));
        assertEquals("M78.0 258.0 L84.0 264.0 L78.0 270.0 L72.0 264.0 Z", svg.selectFirst("path.marker-diamond").attr("d"));
    }

    @Test
    void gridLinesAndLabelsSitOnTheirTicksAndYears() {
        Document svg = svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", List.of(
                point(2023, "0"), point(2025, "100")))), Lang.EN, "Year", "–", "", false));
        assertEquals(List.of("264.0", "214.4", "164.8", "115.2", "65.6", "16.0"), svg.select("g.axis-y line.grid").eachAttr("y1"));
        assertEquals(svg.select("g.axis-y line.grid").eachAttr("y1"), svg.select("g.axis-y line.grid").eachAttr("y2"));
        assertEquals(List.of("268.0", "218.4", "168.8", "119.2", "69.6", "20.0"), svg.select("g.axis-y text").eachAttr("y"));
        assertEquals("72", svg.selectFirst("g.axis-y text").attr("x"));
        Element baseline = svg.selectFirst("line.baseline");
        assertEquals(List.of("78", "624", "264", "264"), List.of(baseline.attr("x1"), baseline.attr("x2"), baseline.attr("y1"), baseline.attr("y2")));
        assertEquals(List.of("78.0", "351.0", "624.0"), svg.select("g.axis-x text").eachAttr("x"));
        assertEquals("282", svg.selectFirst("g.axis-x text").attr("y"));
    }

    @Test
    void aBarChartsGridAndNamesSitOnTheirTicksAndRows() {
        Document svg = svg(Charts.bars("b", "t", "d", List.of("A", "B"),
                List.of(point(2024, "50"), point(2024, "100")), List.of(50.0, 100.0), Lang.EN, "School", "2024", ""));
        assertEquals(List.of("300.0", "350.8", "401.6", "452.4", "503.2", "554.0"), svg.select("line.grid").eachAttr("x1"));
        assertEquals(List.of("16", "72"), List.of(svg.selectFirst("line.grid").attr("y1"), svg.selectFirst("line.grid").attr("y2")));
        assertEquals("90", svg.selectFirst("g.axis-x text").attr("y"));
        assertEquals(List.of("292", "292"), svg.select("text.bar-name").eachAttr("x"));
        assertEquals(List.of("33.4", "61.4"), svg.select("text.bar-name").eachAttr("y"));
        assertEquals(List.of("33.4", "61.4"), svg.select("text.bar-value").eachAttr("y"));
        assertEquals("18", svg.selectFirst("rect.bar").attr("height"));
    }

    @Test
    void aPointFromAFigureKeepsItsValueProvisionalMarkAndNoteInThePagesLanguage() {
        fr.imt.portal.model.Figure figure = new fr.imt.portal.model.Figure(new BigDecimal("1.20"), true,
                java.util.Optional.of(new fr.imt.portal.model.Text("estimation", "estimate")), fr.imt.portal.model.Qualifier.EXACT,
                java.util.Optional.empty());
        Charts.Point p = Charts.point(2024, figure, "1,20 %", Lang.EN);
        assertEquals(new Charts.Point(2024, new BigDecimal("1.20"), "1,20 %", true, "estimate", true), p);
        assertEquals("", Charts.point(2024, fr.imt.portal.model.Figure.of("3"), "3", Lang.FR).note());
    }

    @Test
    void aFigureThatIsNotItsYearsExactValueIsAHollowMarkerOffTheLineAndTheChartSaysSo() {
        Charts.Point average = new Charts.Point(2024, new BigDecimal("2"), "2021-2023 average: 2", false, "", false);
        Charts.ChartView chart = Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", List.of(
                point(2023, "1"), average, point(2025, "3")))), Lang.EN, "Year", "–", "hollow markers", false);
        Document svg = svg(chart);
        assertEquals(List.of(false, true, false), svg.select("circle.point").stream().map(e -> e.hasClass("qualified")).toList());
        assertEquals(2, svg.selectFirst("polyline.line").attr("points").split(" ").length, "the line joins 2023 and 2025 only");
        assertEquals("hollow markers", chart.note());
        assertEquals(List.of("exact", "qualified", "exact"),
                chart.table().rows().stream().map(r -> r.cells().get(0).qualifier()).toList());
    }

    @Test
    void aChartOfExactFiguresHasNoNoteOnHollowMarkers() {
        Charts.ChartView chart = Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", List.of(
                point(2023, "1"), point(2025, "3")))), Lang.EN, "Year", "–", "hollow markers", false);
        assertEquals("", chart.note());
        assertEquals(0, svg(chart).select(".qualified").size());
        Charts.ChartView bars = Charts.bars("b", "t", "d", List.of("A"), List.of(point(2024, "5")), List.of(5.0),
                Lang.EN, "School", "2024", "hollow markers");
        assertEquals("", bars.note());
        assertEquals("", svg(bars).selectFirst("rect.bar").attr("data-qualified"));
        assertEquals("exact", bars.table().rows().get(0).cells().get(0).qualifier());
    }

    @Test
    void aBarOfAFigureThatIsNotItsYearsExactValueIsMarkedAndTheChartSaysSo() {
        Charts.ChartView chart = Charts.bars("b", "t", "d", List.of("A", "B"),
                List.of(point(2024, "5"), new Charts.Point(2024, new BigDecimal("7"), "above 7", false, "", false)),
                List.of(5.0, 7.0), Lang.EN, "School", "2024", "hollow markers");
        assertEquals(List.of("", "true"), svg(chart).select("rect.bar").stream().map(e -> e.attr("data-qualified")).toList());
        assertEquals("hollow markers", chart.note());
        assertEquals("qualified", chart.table().rows().get(1).cells().get(0).qualifier());
        assertEquals(List.of("A – 5", "B – above 7"), svg(chart).select("rect.bar title").eachText());
    }

    @Test
    void aSmallChartOverFiveYearsLabelsEveryYear() {
        List<Charts.Point> points = List.of(point(2021, "1"), point(2022, "2"), point(2023, "3"), point(2024, "4"),
                point(2025, "5"));
        Document svg = svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", points)), Lang.EN, "Year", "–", "", true));
        assertEquals(List.of("2021", "2022", "2023", "2024", "2025"), svg.select("g.axis-x text").eachText());
    }

    @Test
    void aFullSizeChartLabelsEveryYearEvenOverManyYears() {
        List<Charts.Point> points = List.of(point(2017, "1"), point(2020, "2"), point(2023, "3"), point(2024, "4"));
        Document svg = svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", points)), Lang.EN, "Year", "–", "", false));
        assertEquals(List.of("2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024"), svg.select("g.axis-x text").eachText());
    }

    @Test
    void anAxisThatDoesNotStartAtZeroPutsItsLowestTickOnTheBaseline() {
        // 40 to 60 in five steps of 5 (4 rounded up): 40 on the baseline (264), 60 at the top (16).
        Document svg = svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "A", List.of(
                point(2023, "40"), point(2024, "50"), point(2025, "60")))), Lang.EN, "Year", "–", "", false));
        assertEquals(List.of("40", "45", "50", "55", "60"), svg.select("g.axis-y text").eachText());
        assertEquals(List.of("264.0", "140.0", "16.0"), svg.select("circle.point").eachAttr("cy"));
    }

    @Test
    void ticksOfOneUnitAreWrittenWithoutDecimals() {
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), yTicks(Lang.EN, "0", "5"));
    }

    @Test
    void aStepOfExactlyTenStaysTen() {
        assertEquals(List.of("0", "10", "20", "30", "40", "50"), yTicks(Lang.EN, "0", "50"));
    }

    @Test
    void aMarkersTooltipNamesItsSeriesYearAndFigure() {
        Document svg = svg(Charts.lines("c", "t", "d", List.of(new Charts.Series("a", "Actual value", List.of(
                new Charts.Point(2024, new BigDecimal("12500"), "12,500", false, "", true)))), Lang.EN, "Year", "–", "", false));
        assertEquals("Actual value, 2024 – 12,500", svg.selectFirst("circle.point title").text());
        assertEquals("2024", svg.selectFirst("circle.point").attr("data-year"));
        assertEquals("12500", svg.selectFirst("circle.point").attr("data-value"));
    }

    @Test
    void theDrawingIsNamedByItsTitleAndDescriptionAndSizedByItsViewBox() {
        Document svg = svg(Charts.lines("chart-x", "Title", "Description", List.of(new Charts.Series("a", "A", List.of(
                point(2023, "1"), point(2024, "2")))), Lang.EN, "Year", "–", "", false));
        org.jsoup.nodes.Element root = svg.selectFirst("svg");
        assertEquals("chart-x-title chart-x-desc", root.attr("aria-labelledby"));
        assertEquals("img", root.attr("role"));
        assertEquals("0 0 640 300", root.attr("viewBox"));
        assertEquals("chart", root.attr("class"));
        assertEquals("Title", svg.getElementById("chart-x-title").text());
        assertEquals("Description", svg.getElementById("chart-x-desc").text());
    }
}
