package fr.imt.portal.render;

import fr.imt.portal.model.Figure;
import fr.imt.portal.model.Lang;
import fr.imt.portal.site.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Decides the COP's charts, which {@code templates/charts.ftl} draws as inline SVG at build time:
 * the scales, every coordinate (written with one decimal), which points each series joins, the
 * axis labels in the page's number format, and the texts that name the chart and its marks. The
 * drawing has no script and no style attribute (the CSP forbids both), colours and line patterns
 * by CSS class so that print and forced-colours modes stay legible, series told apart by marker
 * shape and dash as well as colour, a {@code <title>} and a {@code <desc>} as text alternative,
 * and every figure also given in the accompanying table ({@link ChartView#table()}).
 */
public final class Charts {

    /**
     * One figure placed on a chart: its year, the number, and how the page writes it (with what
     * kind of number it is); {@code exact} is false for an average, a bound, a range or an
     * approximation, which are drawn as hollow markers outside the series' line.
     */
    public record Point(int year, BigDecimal value, String label, boolean provisional, String note, boolean exact) {}

    /** A named series; {@code key} picks its CSS class and marker ("history", "commitment"…). */
    public record Series(String key, String label, List<Point> points) {}

    /** A legend entry: the series' key (for the swatch) and its label. */
    public record LegendEntry(String key, String label) {}

    /**
     * A table cell: the words shown, the raw number it stands for (empty for none), and what kind
     * of figure it is ({@code exact}, {@code average}, {@code above}…, {@link fr.imt.portal.model.SchoolObjective#markCode},
     * or empty for no value).
     */
    public record Cell(String text, String value, boolean provisional, String note, String qualifier) {}

    /** A row of a data table: its header and its cells. */
    public record Row(String header, List<Cell> cells) {}

    /** The same figures as the chart, as an accessible table. */
    public record Table(String caption, String corner, List<String> columns, List<Row> rows) {}

    /**
     * A chart ready to be placed in a page: its drawing, legend and table, and a note saying what
     * its hollow markers are when some figure is not a plain yearly value (empty otherwise).
     */
    public record ChartView(String id, String title, String description, Drawing drawing, List<LegendEntry> legend,
                            Table table, String note) {}

    /**
     * The SVG of a chart: its element id, size and text alternative, and either its line plot or
     * its bar plot (neither when a line chart has no figure at all: an empty frame).
     */
    public record Drawing(String id, boolean small, int width, int height, String title, String description,
                          LinePlot lines, BarPlot bars) {}

    /**
     * A mark on an axis: where its grid line runs ({@code at}), where its label sits along the
     * same axis ({@code labelAt}, a little off the line on the value axis of a line plot, so that
     * the text's middle meets it), and the label.
     */
    public record Tick(String at, String labelAt, String label) {}

    /**
     * A line plot: value ticks as horizontal grid lines from {@code left} to {@code right} with
     * labels ending at {@code valueLabelX}, the years below the {@code baseline} on the line
     * {@code yearLabelY}, and the series in order.
     */
    public record LinePlot(int left, int right, int valueLabelX, List<Tick> valueTicks, int baseline, int yearLabelY,
                           List<Tick> yearTicks, List<Line> series) {}

    /**
     * A series on a line plot: its key, the polyline through its exact figures ({@code points},
     * empty when fewer than two are joined), and a marker for every figure.
     */
    public record Line(String key, String points, List<Marker> markers) {}

    /**
     * A figure's marker: its shape ({@code circle}, {@code square}, {@code triangle} or
     * {@code diamond}), whether it is provisional or not a plain value (drawn hollow), its year and
     * raw value, its tooltip, and its geometry: the centre ({@code cx}, {@code cy}) for a circle,
     * the top-left corner ({@code x}, {@code y}) for a square, the outline ({@code path}) for the others.
     */
    public record Marker(String shape, boolean provisional, boolean qualified, int year, String value, String title,
                         String cx, String cy, String x, String y, String path) {}

    /**
     * A bar plot: value ticks as vertical grid lines from {@code top} to {@code bottom} with labels
     * on the line {@code tickLabelY}, and one bar per entity, its name ending at {@code nameX}.
     */
    public record BarPlot(int top, int bottom, int tickLabelY, List<Tick> ticks, int nameX, int barHeight, List<Bar> bars) {}

    /**
     * One entity's bar: its name and value label on the text line {@code textY}, the rectangle
     * ({@code x}, {@code y}, {@code width}), whether the figure is not a plain value, its year, raw
     * value and tooltip, and where the value label starts ({@code labelX}, just past the bar's end).
     */
    public record Bar(String name, String textY, String x, String y, String width, boolean qualified, int year,
                      String value, String title, String label, String labelX) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 78;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;
    private static final List<String> MARKERS = List.of("circle", "square", "triangle", "diamond");

    private Charts() {}

    /**
     * A line chart of yearly series (history, commitments, actual values), each joined by a
     * line and marked with its own shape; {@code small} draws a sparkline-sized chart.
     */
    public static ChartView lines(String id, String title, String description, List<Series> series, Lang lang,
                                  String yearHeader, String noValue, String qualifiedNote, boolean small) {
        int width = small ? 320 : WIDTH;
        int height = small ? 170 : HEIGHT;
        TreeSet<Integer> years = new TreeSet<>();
        List<Double> values = new ArrayList<>();
        for (Series s : series) {
            for (Point p : s.points()) {
                years.add(p.year());
                values.add(p.value().doubleValue());
            }
        }
        LinePlot plot = null;
        if (!years.isEmpty()) {
            Scale y = Scale.of(values, small ? 3 : 5);
            int first = years.first();
            int last = years.last();
            double plotW = width - LEFT - RIGHT;
            double plotH = height - TOP - BOTTOM;
            IntToDoubleFunction x = year -> LEFT + (last == first ? plotW / 2
                    : plotW * (year - first) / (last - first));
            DoubleUnaryOperator yPos = v -> TOP + plotH * (1 - (v - y.min()) / (y.max() - y.min()));
            List<Tick> valueTicks = new ArrayList<>();
            for (double tick : y.ticks()) {
                double ty = yPos.applyAsDouble(tick);
                valueTicks.add(new Tick(n(ty), n(ty + 4), Numbers.format(tick, y.decimals(), lang)));
            }
            int every = small && (last - first) > 4 ? 2 : 1;
            List<Tick> yearTicks = new ArrayList<>();
            for (int year = first; year <= last; year++) {
                if ((year - first) % every != 0 && year != last) {
                    continue;
                }
                String at = n(x.applyAsDouble(year));
                yearTicks.add(new Tick(at, at, Integer.toString(year)));
            }
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < series.size(); i++) {
                Series s = series.get(i);
                if (s.points().isEmpty()) {
                    continue;
                }
                String shape = MARKERS.get(i % MARKERS.size());
                List<Point> joined = s.points().stream().filter(Point::exact).toList();
                String points = joined.size() > 1 ? joined.stream()
                        .map(p -> n(x.applyAsDouble(p.year())) + "," + n(yPos.applyAsDouble(p.value().doubleValue())))
                        .collect(Collectors.joining(" ")) : "";
                List<Marker> markers = s.points().stream().map(p -> marker(shape, x.applyAsDouble(p.year()),
                        yPos.applyAsDouble(p.value().doubleValue()), p, s.label())).toList();
                lines.add(new Line(s.key(), points, markers));
            }
            plot = new LinePlot(LEFT, width - RIGHT, LEFT - 6, valueTicks, height - BOTTOM, height - BOTTOM + 18,
                    yearTicks, lines);
        }
        List<LegendEntry> legend = series.stream().filter(s -> !s.points().isEmpty())
                .map(s -> new LegendEntry(s.key(), s.label())).toList();
        List<Row> rows = new ArrayList<>();
        for (int year : years) {
            List<Cell> cells = new ArrayList<>();
            for (Series s : series) {
                cells.add(s.points().stream().filter(p -> p.year() == year).findFirst()
                        .map(p -> new Cell(p.label(), p.value().toPlainString(), p.provisional(), p.note(),
                                p.exact() ? "exact" : "qualified"))
                        .orElse(new Cell(noValue, "", false, "", "")));
            }
            rows.add(new Row(Integer.toString(year), cells));
        }
        Table table = new Table(title, yearHeader, series.stream().map(Series::label).toList(), rows);
        boolean qualified = series.stream().flatMap(s -> s.points().stream()).anyMatch(p -> !p.exact());
        Drawing drawing = new Drawing(id, small, width, height, title, description, plot, null);
        return new ChartView(id, title, description, drawing, legend, table, qualified ? qualifiedNote : "");
    }

    /**
     * A horizontal bar chart comparing entities (schools) on one figure each; {@code scaled}
     * gives the bar length in a common unit when an entity's own unit differs.
     */
    public static ChartView bars(String id, String title, String description, List<String> names, List<Point> points,
                                 List<Double> scaled, Lang lang, String nameHeader, String column, String qualifiedNote) {
        int rowH = 28;
        int labelW = 300;
        int height = TOP + rowH * Math.max(1, names.size()) + BOTTOM;
        List<Double> values = new ArrayList<>(scaled);
        values.add(0.0);
        Scale scale = Scale.of(values, 5);
        double plotW = WIDTH - labelW - RIGHT - 70;
        DoubleUnaryOperator xPos = v -> labelW + plotW * (v - scale.min()) / (scale.max() - scale.min());
        List<Tick> ticks = new ArrayList<>();
        for (double tick : scale.ticks()) {
            String at = n(xPos.applyAsDouble(tick));
            ticks.add(new Tick(at, at, Numbers.format(tick, scale.decimals(), lang)));
        }
        List<Bar> bars = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Point p = points.get(i);
            double y = TOP + rowH * i;
            double x0 = xPos.applyAsDouble(0);
            double x1 = xPos.applyAsDouble(scaled.get(i));
            bars.add(new Bar(names.get(i), n(y + rowH * 0.62), n(Math.min(x0, x1)), n(y + 5),
                    n(Math.max(1, Math.abs(x1 - x0))), !p.exact(), p.year(), p.value().toPlainString(),
                    names.get(i) + " – " + p.label(), p.label(), n(Math.max(x0, x1) + 6)));
            rows.add(new Row(names.get(i), List.of(new Cell(p.label(), p.value().toPlainString(), p.provisional(), p.note(),
                    p.exact() ? "exact" : "qualified"))));
        }
        BarPlot plot = new BarPlot(TOP, height - BOTTOM, height - BOTTOM + 18, ticks, labelW - 8, rowH - 10, bars);
        boolean qualified = points.stream().anyMatch(p -> !p.exact());
        Drawing drawing = new Drawing(id, false, WIDTH, height, title, description, null, plot);
        return new ChartView(id, title, description, drawing, List.of(), new Table(title, nameHeader,
                List.of(column), rows), qualified ? qualifiedNote : "");
    }

    /** A point of a series from a figure, written with its unit in the page's language. */
    public static Point point(int year, Figure figure, String label, Lang lang) {
        return new Point(year, figure.value(), label, figure.provisional(), figure.note().map(t -> t.in(lang)).orElse(""),
                figure.exact());
    }

    /** The marker of {@code p} at ({@code x}, {@code y}) in its series' {@code shape}. */
    private static Marker marker(String shape, double x, double y, Point p, String series) {
        String path = switch (shape) {
            case "triangle" -> "M" + n(x) + " " + n(y - 6) + " L" + n(x + 6) + " " + n(y + 4.5) + " L" + n(x - 6) + " "
                    + n(y + 4.5) + " Z";
            case "diamond" -> "M" + n(x) + " " + n(y - 6) + " L" + n(x + 6) + " " + n(y) + " L" + n(x) + " " + n(y + 6)
                    + " L" + n(x - 6) + " " + n(y) + " Z";
            default -> "";
        };
        return new Marker(shape, p.provisional(), !p.exact(), p.year(), p.value().toPlainString(),
                series + ", " + p.year() + " – " + p.label(), n(x), n(y), n(x - 4.5), n(y - 4.5), path);
    }

    /** A value axis with round ticks. */
    private record Scale(double min, double max, List<Double> ticks, int decimals) {
        static Scale of(List<Double> values, int count) {
            double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            if (hi == lo) {
                double pad = hi == 0 ? 1 : Math.abs(hi) * 0.1;
                lo -= pad;
                hi += pad;
            }
            double step = nice((hi - lo) / count);
            double min = Math.floor(lo / step) * step;
            double max = Math.ceil(hi / step) * step;
            List<Double> ticks = new ArrayList<>();
            for (double t = min; t <= max + step / 2; t += step) {
                ticks.add(Math.round(t / step) * step);
            }
            int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
            return new Scale(min, max, ticks, decimals);
        }

        private static double nice(double raw) {
            double exp = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / exp;
            return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * exp;
        }
    }

    /** A coordinate with one decimal, as "%.1f" writes it (half-up), without the cost of a formatter. */
    static String n(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
