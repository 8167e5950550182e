package fr.imt.portal.render;

import fr.imt.portal.model.Figure;
import fr.imt.portal.model.Lang;
import fr.imt.portal.site.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Draws the COP's charts as inline SVG at build time: no script and no style attribute (the
 * CSP forbids both), colours and line patterns by CSS class so that print and forced-colours
 * modes stay legible, series told apart by marker shape and dash as well as colour, a
 * {@code <title>} and a {@code <desc>} as text alternative, and every figure also given in the
 * accompanying table ({@link ChartView#table()}). Axis labels use the page's number format.
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
     * A chart ready to be placed in a page: its SVG, legend and table, and a note saying what its
     * hollow markers are when some figure is not a plain yearly value (empty otherwise).
     */
    public record ChartView(String id, String title, String description, String svg, List<LegendEntry> legend,
                            Table table, String note) {}

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
        StringBuilder svg = new StringBuilder();
        open(svg, id, title, description, width, height, small);
        if (!years.isEmpty()) {
            Scale y = Scale.of(values, small ? 3 : 5);
            int first = years.first();
            int last = years.last();
            double plotW = width - LEFT - RIGHT;
            double plotH = height - TOP - BOTTOM;
            java.util.function.IntToDoubleFunction x = year -> LEFT + (last == first ? plotW / 2
                    : plotW * (year - first) / (last - first));
            java.util.function.DoubleUnaryOperator yPos = v -> TOP + plotH * (1 - (v - y.min()) / (y.max() - y.min()));
            svg.append("<g class=\"axis axis-y\">");
            for (double tick : y.ticks()) {
                double ty = yPos.applyAsDouble(tick);
                svg.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT)
                        .append("\" y1=\"").append(n(ty)).append("\" y2=\"").append(n(ty)).append("\"/>");
                svg.append("<text class=\"tick-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(n(ty + 4))
                        .append("\" text-anchor=\"end\">").append(esc(Numbers.format(tick, y.decimals(), lang)))
                        .append("</text>");
            }
            svg.append("</g><g class=\"axis axis-x\">");
            svg.append("<line class=\"baseline\" x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT)
                    .append("\" y1=\"").append(height - BOTTOM).append("\" y2=\"").append(height - BOTTOM).append("\"/>");
            int every = small && (last - first) > 4 ? 2 : 1;
            for (int year = first; year <= last; year++) {
                if ((year - first) % every != 0 && year != last) {
                    continue;
                }
                svg.append("<text class=\"tick-label\" x=\"").append(n(x.applyAsDouble(year))).append("\" y=\"")
                        .append(height - BOTTOM + 18).append("\" text-anchor=\"middle\">").append(year).append("</text>");
            }
            svg.append("</g>");
            for (int i = 0; i < series.size(); i++) {
                Series s = series.get(i);
                if (s.points().isEmpty()) {
                    continue;
                }
                String marker = MARKERS.get(i % MARKERS.size());
                svg.append("<g class=\"series series-").append(esc(s.key())).append("\" data-series=\"")
                        .append(esc(s.key())).append("\">");
                List<Point> joined = s.points().stream().filter(Point::exact).toList();
                if (joined.size() > 1) {
                    svg.append("<polyline class=\"line\" fill=\"none\" points=\"");
                    for (Point p : joined) {
                        svg.append(n(x.applyAsDouble(p.year()))).append(',')
                                .append(n(yPos.applyAsDouble(p.value().doubleValue()))).append(' ');
                    }
                    svg.setLength(svg.length() - 1);
                    svg.append("\"/>");
                }
                for (Point p : s.points()) {
                    marker(svg, marker, x.applyAsDouble(p.year()), yPos.applyAsDouble(p.value().doubleValue()),
                            p, s.label());
                }
                svg.append("</g>");
            }
        }
        svg.append("</svg>");
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
        return new ChartView(id, title, description, svg.toString(), legend, table, qualified ? qualifiedNote : "");
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
        StringBuilder svg = new StringBuilder();
        open(svg, id, title, description, WIDTH, height, false);
        List<Double> values = new ArrayList<>(scaled);
        values.add(0.0);
        Scale scale = Scale.of(values, 5);
        double plotW = WIDTH - labelW - RIGHT - 70;
        java.util.function.DoubleUnaryOperator xPos = v -> labelW + plotW * (v - scale.min()) / (scale.max() - scale.min());
        svg.append("<g class=\"axis axis-x\">");
        for (double tick : scale.ticks()) {
            double tx = xPos.applyAsDouble(tick);
            svg.append("<line class=\"grid\" x1=\"").append(n(tx)).append("\" x2=\"").append(n(tx)).append("\" y1=\"")
                    .append(TOP).append("\" y2=\"").append(height - BOTTOM).append("\"/>");
            svg.append("<text class=\"tick-label\" x=\"").append(n(tx)).append("\" y=\"").append(height - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\">").append(esc(Numbers.format(tick, scale.decimals(), lang)))
                    .append("</text>");
        }
        svg.append("</g><g class=\"series series-bars\" data-series=\"bars\">");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Point p = points.get(i);
            double y = TOP + rowH * i;
            double x0 = xPos.applyAsDouble(0);
            double x1 = xPos.applyAsDouble(scaled.get(i));
            svg.append("<text class=\"bar-name\" x=\"").append(labelW - 8).append("\" y=\"").append(n(y + rowH * 0.62))
                    .append("\" text-anchor=\"end\">").append(esc(names.get(i))).append("</text>");
            svg.append("<rect class=\"bar point\" x=\"").append(n(Math.min(x0, x1))).append("\" y=\"").append(n(y + 5))
                    .append("\" width=\"").append(n(Math.max(1, Math.abs(x1 - x0)))).append("\" height=\"")
                    .append(rowH - 10).append(p.exact() ? "" : "\" data-qualified=\"true").append("\" data-year=\"").append(p.year()).append("\" data-value=\"")
                    .append(p.value().toPlainString()).append("\"><title>").append(esc(names.get(i) + " – " + p.label()))
                    .append("</title></rect>");
            svg.append("<text class=\"bar-value\" x=\"").append(n(Math.max(x0, x1) + 6)).append("\" y=\"")
                    .append(n(y + rowH * 0.62)).append("\">").append(esc(p.label())).append("</text>");
            rows.add(new Row(names.get(i), List.of(new Cell(p.label(), p.value().toPlainString(), p.provisional(), p.note(),
                    p.exact() ? "exact" : "qualified"))));
        }
        svg.append("</g></svg>");
        boolean qualified = points.stream().anyMatch(p -> !p.exact());
        return new ChartView(id, title, description, svg.toString(), List.of(), new Table(title, nameHeader,
                List.of(column), rows), qualified ? qualifiedNote : "");
    }

    /** A point of a series from a figure, written with its unit in the page's language. */
    public static Point point(int year, Figure figure, String label, Lang lang) {
        return new Point(year, figure.value(), label, figure.provisional(), figure.note().map(t -> t.in(lang)).orElse(""),
                figure.exact());
    }

    private static void open(StringBuilder svg, String id, String title, String description, int width, int height,
                             boolean small) {
        svg.append("<svg class=\"chart").append(small ? " chart-small" : "").append("\" id=\"").append(id)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">")
                .append("<title id=\"").append(id).append("-title\">").append(esc(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(esc(description)).append("</desc>");
    }

    private static void marker(StringBuilder svg, String shape, double x, double y, Point p, String series) {
        String common = " class=\"point marker-" + shape + (p.provisional() ? " provisional" : "")
                + (p.exact() ? "" : " qualified") + "\" data-year=\""
                + p.year() + "\" data-value=\"" + p.value().toPlainString() + "\"";
        String title = "<title>" + esc(series + ", " + p.year() + " – " + p.label()) + "</title>";
        switch (shape) {
            case "square" -> svg.append("<rect").append(common).append(" x=\"").append(n(x - 4.5)).append("\" y=\"")
                    .append(n(y - 4.5)).append("\" width=\"9\" height=\"9\">").append(title).append("</rect>");
            case "triangle" -> svg.append("<path").append(common).append(" d=\"M").append(n(x)).append(' ')
                    .append(n(y - 6)).append(" L").append(n(x + 6)).append(' ').append(n(y + 4.5)).append(" L")
                    .append(n(x - 6)).append(' ').append(n(y + 4.5)).append(" Z\">").append(title).append("</path>");
            case "diamond" -> svg.append("<path").append(common).append(" d=\"M").append(n(x)).append(' ')
                    .append(n(y - 6)).append(" L").append(n(x + 6)).append(' ').append(n(y)).append(" L").append(n(x))
                    .append(' ').append(n(y + 6)).append(" L").append(n(x - 6)).append(' ').append(n(y)).append(" Z\">")
                    .append(title).append("</path>");
            default -> svg.append("<circle").append(common).append(" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
                    .append("\" r=\"4.5\">").append(title).append("</circle>");
        }
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

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
