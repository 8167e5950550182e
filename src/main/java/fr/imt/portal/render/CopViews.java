package fr.imt.portal.render;

import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Translation;
import fr.imt.portal.model.Figure;
import fr.imt.portal.model.Indicator;
import fr.imt.portal.model.IndicatorId;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.MilestoneStep;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.Progress;
import fr.imt.portal.model.Qualifier;
import fr.imt.portal.model.School;
import fr.imt.portal.model.SchoolObjective;
import fr.imt.portal.model.Target;
import fr.imt.portal.model.Unit;
import fr.imt.portal.site.Badge;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.Typography;
import fr.imt.portal.site.Numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.IntStream;

/**
 * Turns the COP model into what its pages show in one language: figures already written with
 * their unit, verdicts already computed, charts already drawn, so templates only present.
 */
public final class CopViews {

    /** An indicator as the dashboard and the lists show it. */
    public record IndicatorCard(String id, String url, String name, String domain, String unit, String reference,
                                String latest, String target, Badge badge, boolean previousOnly, boolean translated,
                                List<String> trajectory, String parent) {

        /** An "of which" indicator: a part of {@link #parent()}, shown under it. */
        public boolean child() {
            return parent != null;
        }
    }

    /** One year of the contract on the overview: the milestone steps due, how many were reported, how many are late. */
    public record YearGlance(int year, int due, int reported, int late, String state) {}

    /** The COP at a glance: milestone steps per year, and how many indicators could be assessed. */
    public record Glance(List<YearGlance> years, int indicators, int assessed, List<ProgressSummary.Segment> tracks,
                         int milestones, int stepsDue, int stepsReported) {}

    /** A verdict on an actual value, in words and as a badge. */
    public record AssessmentView(int year, String actual, String expected, Badge badge, String sentence) {}

    /** A footnote with its mark. */
    public record Note(String mark, String text) {}

    /** The whole indicator page. */
    public record IndicatorPage(IndicatorCard card, String domain, String unitName, SiteChrome.Link parent,
                                List<SiteChrome.Link> objectives, List<SiteChrome.Link> children, String perSchool,
                                String previousName, String previousTarget, List<String> targets, List<String> footnotes,
                                Charts.ChartView chart, List<AssessmentView> assessments, String trackingNote,
                                Charts.ChartView comparison, Charts.Table schoolYears, Charts.Table previousSchools) {}

    /** A yearly step of a milestone: its text as HTML, and the source's caveat on it (null for none). */
    public record StepView(int year, String html, String caveat, Badge badge, String reported) {}

    /**
     * A milestone with its steps, one per contract year (null where nothing is due); its own text
     * as HTML (the contract gives it as a list).
     */
    public record MilestoneView(String id, String url, String title, String descriptionHtml, SiteChrome.Link objective,
                                List<StepView> steps, List<StepView> byYear, boolean translated,
                                List<Timeline.Entry> log) {}

    /** An objective as cards and its own page show it. */
    public record ObjectiveView(String id, String url, String title, String kind, String html, boolean translated,
                                List<MilestoneView> milestones, List<IndicatorCard> indicators) {}

    /** A school's numeric objective row, with its cells per year and its small chart. */
    public record SchoolRow(String id, String label, String domain, String unit, List<Charts.Cell> cells, String target,
                            List<String> marks, SiteChrome.Link indicator, Charts.ChartView chart) {}

    /** A row of the positioning table; {@code expertiseHtml} is the expertise as a list where the source has one (else null). */
    public record PositioningRow(String theme, String challenges, String expertise, String expertiseHtml,
                                 List<String> strategicThemes) {}

    /** A school's fact sheet. */
    public record SchoolView(String id, String url, String name, String summaryHtml, String positioningHtml,
                             String commentsHtml, List<PositioningRow> positioning, List<Integer> years,
                             List<SchoolRow> objectives, List<Note> footnotes, List<SiteChrome.Link> indicators,
                             boolean translated) {}

    /** A domain of the dashboard with its indicators. */
    public record DomainGroup(String id, String name, List<IndicatorCard> indicators) {}

    private final Cop cop;
    private final BakeContext context;
    private final Lang lang;
    private final Messages m;

    CopViews(BakeContext context, Lang lang) {
        this.cop = context.portal().cop();
        this.context = context;
        this.lang = lang;
        this.m = context.messages();
    }

    String t(String key, Object... args) {
        return m.format(lang, key, args);
    }

    private String href(String path) {
        return context.urls().href(path);
    }

    /**
     * A figure in words: its number with its unit, and what kind of number it is when it is not
     * the plain value of its year (« moyenne 2020-2022 : 13,9 M€ », « plus de 97 % »).
     */
    String figure(Figure f, Unit unit) {
        String number = Numbers.withUnit(f, unit, lang);
        Qualifier q = f.qualifier();
        String written = switch (q.kind()) {
            case EXACT -> number;
            case AVERAGE -> t("cop.qualifier.average", q.period().orElseThrow().from(), q.period().orElseThrow().to(), number);
            case RANGE -> t("cop.qualifier.range", Numbers.format(f.value(), lang),
                    Numbers.withUnit(q.upper().orElseThrow(), unit, lang));
            default -> t("cop.qualifier." + q.kind().key(), number);
        };
        return written + (f.provisional() ? " " + t("cop.provisional") : "")
                + f.caveat().map(c -> " " + t("cop.caveat", c.in(lang))).orElse("");
    }

    /** A figure in words followed by the source's note on it, where the note belongs with the number. */
    String figureWithNote(Figure f, Unit unit) {
        return figure(f, unit) + f.note().map(n -> " " + n.in(lang)).orElse("");
    }

    String target(Target target, Unit unit) {
        String value = target.value().map(f -> figureWithNote(f, unit)).orElse("");
        String text = target.text().map(x -> x.in(lang)).orElse("");
        String both = value.isEmpty() ? text : text.isEmpty() ? value : value + " (" + text + ")";
        return t("cop.targetIn", target.year(), both);
    }

    private String domainName(String id) {
        return cop.contract().domains().stream().filter(d -> d.id().equals(id)).findFirst()
                .map(d -> d.name().in(lang)).orElse(id);
    }

    private boolean translated(Translation source) {
        return source.markedIn(lang, context.languages());
    }

    Badge track(Optional<Indicator.Assessment> assessment) {
        String key = assessment.map(a -> switch (a.track()) {
            case ON_TRACK -> "on-track";
            case AHEAD -> "ahead";
            case BEHIND -> "behind";
        }).orElse("not-assessed");
        return Badge.track(key, lang, m);
    }

    IndicatorCard card(Indicator i) {
        Unit unit = cop.unit(i.unit());
        String reference = i.reference().map(r -> r.value().map(f -> figureWithNote(f, unit))
                .orElse(r.text().map(x -> x.in(lang)).orElse("")) + " (" + r.year() + ")").orElse(t("cop.notSpecified"));
        String latest = i.actuals().isEmpty() ? t("cop.noActual")
                : figure(i.actuals().get(i.actuals().lastKey()), unit) + " (" + i.actuals().lastKey() + ")";
        // No target in the source is a blank cell: not specified, which is not the same as "none".
        String target = i.targets().isEmpty() ? t("cop.notSpecified")
                : String.join(Typography.of(lang).beforeHighPunctuation() + "; ",
                i.targets().stream().map(x -> target(x, unit)).toList());
        List<String> trajectory = i.trajectory().entrySet().stream()
                .map(e -> e.getKey() + (Typography.of(lang).spacedPunctuation() ? "\u00A0" : "") + ": " + figure(e.getValue(), unit)).toList();
        return new IndicatorCard(i.id().value(), href(context.urls().copIndicator(lang, i.id())), i.name().in(lang),
                domainName(i.domain()), unit.name().in(lang), reference, latest, target, track(i.latestAssessment()),
                i.previousOnly(), translated(i.translation()), trajectory, i.parent().map(IndicatorId::value).orElse(null));
    }

    /**
     * The dashboard by domain, each "of which" indicator right under its parent (the contract's
     * order otherwise), so that a part is never read apart from its whole.
     */
    List<DomainGroup> dashboard() {
        return cop.contract().domains().stream().map(d -> new DomainGroup(d.id(), d.name().in(lang),
                withChildrenUnderParents(cop.indicators().stream()
                        .filter(i -> i.domain().equals(d.id()) && !i.previousOnly()).toList()).stream().map(this::card).toList()))
                .filter(g -> !g.indicators().isEmpty()).toList();
    }

    /** {@code indicators} in their order, except that each one with a parent among them follows that parent. */
    static List<Indicator> withChildrenUnderParents(List<Indicator> indicators) {
        java.util.Set<IndicatorId> present = new java.util.HashSet<>();
        indicators.forEach(i -> present.add(i.id()));
        List<Indicator> ordered = new ArrayList<>();
        for (Indicator i : indicators) {
            if (i.parent().filter(present::contains).isEmpty()) {
                addWithChildren(i, indicators, ordered);
            }
        }
        return ordered;
    }

    private static void addWithChildren(Indicator parent, List<Indicator> all, List<Indicator> out) {
        out.add(parent);
        all.stream().filter(c -> c.parent().filter(parent.id()::equals).isPresent()).forEach(c -> addWithChildren(c, all, out));
    }

    /** What the overview shows before any detail: per contract year, the steps due and reported; the indicators assessed. */
    Glance glance() {
        List<YearGlance> years = new ArrayList<>();
        int due = 0;
        int reported = 0;
        for (int y = cop.contract().firstYear(); y <= cop.contract().lastYear(); y++) {
            int year = y;
            List<MilestoneStep> steps = cop.milestones().stream().flatMap(ms -> ms.step(year).stream()).toList();
            int r = (int) steps.stream().filter(st -> st.status().isPresent()).count();
            int late = (int) steps.stream().filter(st -> st.progressOn(context.today()) == Progress.LATE).count();
            String state = year < context.today().getYear() ? "past" : year == context.today().getYear() ? "current" : "future";
            years.add(new YearGlance(year, steps.size(), r, late, state));
            if (year <= context.today().getYear()) {
                due += steps.size();
                reported += r;
            }
        }
        List<Indicator> current = cop.indicators().stream().filter(i -> !i.previousOnly()).toList();
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String key : List.of("on-track", "ahead", "behind")) {
            counts.put(key, 0);
        }
        int assessed = 0;
        for (Indicator i : current) {
            Optional<Indicator.Assessment> a = i.latestAssessment();
            if (a.isPresent()) {
                assessed++;
                counts.merge(track(a).key(), 1, Integer::sum);
            }
        }
        int all = current.size();
        List<ProgressSummary.Segment> tracks = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new ProgressSummary.Segment(Badge.track(e.getKey(), lang, m), e.getValue(),
                        all == 0 ? 0 : Math.round(1000.0 * e.getValue() / all) / 10.0)).toList();
        return new Glance(years, all, assessed, tracks, cop.milestones().size(), due, reported);
    }

    List<IndicatorCard> previousOnly() {
        return cop.indicators().stream().filter(Indicator::previousOnly).map(this::card).toList();
    }

    IndicatorPage indicator(Indicator i) {
        Unit unit = cop.unit(i.unit());
        String name = i.name().in(lang);
        List<Charts.Series> series = new ArrayList<>();
        i.previousContract().ifPresent(pc -> {
            Unit pcUnit = cop.unit(pc.unit());
            series.add(new Charts.Series("history", t("cop.series.history"),
                    points(pc.values(), pcUnit)));
            pc.target().ifPresent(tg -> tg.value().ifPresent(f -> series.add(new Charts.Series("previous-target",
                    t("cop.series.previousTarget"), List.of(Charts.point(tg.year(), f, figure(f, pcUnit), lang))))));
        });
        List<Charts.Point> commitments = new ArrayList<>();
        i.reference().ifPresent(r -> r.value().ifPresent(f -> commitments.add(Charts.point(r.year(), f, figure(f, unit), lang))));
        i.trajectory().forEach((year, f) -> commitments.add(Charts.point(year, f, figure(f, unit), lang)));
        i.targets().forEach(tg -> tg.value().ifPresent(f -> {
            if (!i.trajectory().containsKey(tg.year())) {
                commitments.add(Charts.point(tg.year(), f, figure(f, unit), lang));
            }
        }));
        commitments.sort(java.util.Comparator.comparingInt(Charts.Point::year));
        series.add(new Charts.Series("commitment", t("cop.series.commitment"), commitments));
        series.add(new Charts.Series("actual", t("cop.series.actual"), points(i.actuals(), unit)));
        String description = describe(name, unit, series);
        Charts.ChartView chart = Charts.lines("chart-" + i.id().value(), t("cop.chart.title", name, unit.name().in(lang)),
                description, series, lang, t("cop.year"), t("cop.noValue"), t("cop.chart.qualified"), false);

        List<AssessmentView> assessments = new ArrayList<>();
        for (int year : i.actuals().keySet()) {
            Optional<Indicator.Assessment> a = i.assess(year);
            Figure actual = i.actuals().get(year);
            String expected = a.map(x -> Numbers.withUnit(expectedValue(x.expected(), actual), unit, lang)).orElse("");
            Badge badge = track(a);
            String sentence = a.isPresent() ? t("cop.track.sentence", year, figure(actual, unit), expected, badge.label().toLowerCase(lang.locale()))
                    : t("cop.track.none", year, figure(actual, unit));
            assessments.add(new AssessmentView(year, figure(actual, unit), expected, badge, sentence));
        }
        String trackingNote = i.numericTarget().isPresent() && i.reference().flatMap(r -> r.value()).isPresent()
                ? t("cop.track.how") : t("cop.track.qualitative");

        Charts.ChartView comparison = null;
        Charts.Table schoolYears = null;
        Map<School, SchoolObjective> rows = cop.schoolRowsFor(i.id());
        // The schools' rows are facts of their own sheets: shown even where the table's flag is blank.
        if (i.perSchool().orElse(true) && !rows.isEmpty()) {
            List<Integer> years = IntStream.rangeClosed(cop.contract().schoolTablesFirstYear(), cop.contract().lastYear()).boxed().toList();
            List<Charts.Row> tableRows = new ArrayList<>();
            rows.forEach((school, row) -> tableRows.add(new Charts.Row(school.name().in(lang),
                    cells(row.values(), row.marks(), years, cop.unit(row.unit())))));
            schoolYears = new Charts.Table(t("cop.schools.caption", name), t("cop.school"),
                    years.stream().map(String::valueOf).toList(), tableRows);
            int year = rows.values().stream().flatMap(r -> r.values().keySet().stream()).max(Integer::compare).orElse(cop.contract().lastYear());
            List<String> names = new ArrayList<>();
            List<Charts.Point> points = new ArrayList<>();
            List<Double> scaled = new ArrayList<>();
            rows.forEach((school, row) -> {
                Figure f = row.values().get(year);
                if (f != null) {
                    Unit rowUnit = cop.unit(row.unit());
                    names.add(school.name().in(lang));
                    points.add(Charts.point(year, f, figure(f, rowUnit), lang));
                    double factor = rowUnit.id().equals(unit.id()) ? 1
                            : rowUnit.convertsTo().map(c -> c.factor().doubleValue()).orElse(1.0);
                    scaled.add(f.asDouble() * factor);
                }
            });
            if (!names.isEmpty()) {
                comparison = Charts.bars("compare-" + i.id().value(), t("cop.compare.title", name, year),
                        t("cop.compare.desc", names.size(), year, unit.name().in(lang)), names, points, scaled, lang,
                        t("cop.school"), String.valueOf(year), t("cop.chart.qualified"));
            }
        }
        Charts.Table previousSchools = i.previousContract().filter(pc -> !pc.schools().isEmpty()).map(pc -> {
            Unit pcUnit = cop.unit(pc.unit());
            List<Integer> years = pc.schools().values().stream().flatMap(v -> v.keySet().stream()).distinct().sorted().toList();
            List<Charts.Row> tableRows = new ArrayList<>();
            pc.schools().forEach((id, values) -> tableRows.add(new Charts.Row(
                    Optional.ofNullable(cop.school(id)).map(s -> s.name().in(lang)).orElse(id.value()),
                    cells(values, years, pcUnit))));
            return new Charts.Table(t("cop.previousSchools.caption", pc.name().in(lang)), t("cop.school"),
                    years.stream().map(String::valueOf).toList(), tableRows);
        }).orElse(null);

        return new IndicatorPage(card(i), domainName(i.domain()), unit.name().in(lang),
                i.parent().map(cop::indicator).map(p -> new SiteChrome.Link(p.name().in(lang), href(context.urls().copIndicator(lang, p.id())))).orElse(null),
                i.objectives().stream().map(cop::objective).map(this::objectiveLink).toList(),
                cop.childrenOf(i.id()).stream()
                        .map(c -> new SiteChrome.Link(c.name().in(lang), href(context.urls().copIndicator(lang, c.id())))).toList(),
                i.perSchool().map(yes -> t(yes ? "cop.yes" : "cop.no")).orElse(t("cop.notSpecified"))
                        + i.perSchoolNote().map(n -> " (" + n.in(lang) + ")").orElse(""),
                i.previousContract().map(pc -> pc.name().in(lang)).orElse(null),
                i.previousContract().flatMap(pc -> pc.target()).map(tg -> {
                    Unit pcUnit = cop.unit(i.previousContract().get().unit());
                    String v = tg.value().map(f -> figure(f, pcUnit)).orElse("");
                    String x = tg.text().map(tx -> tx.in(lang)).orElse("");
                    return v.isEmpty() ? x : x.isEmpty() ? v : v + " (" + x + ")";
                }).orElse(null),
                i.targets().stream().map(tg -> target(tg, unit)).toList(),
                i.footnotes().stream().map(f -> f.in(lang)).toList(),
                chart, assessments, trackingNote, comparison, schoolYears, previousSchools);
    }

    /** An expected value written with the actual's decimals, or one more when it needs them (129.5 against 120). */
    private static BigDecimal expectedValue(double expected, Figure actual) {
        BigDecimal exact = BigDecimal.valueOf(expected).stripTrailingZeros();
        int scale = Math.max(0, actual.value().scale());
        return exact.setScale(exact.scale() <= scale ? scale : scale + 1, java.math.RoundingMode.HALF_UP);
    }

    private String describe(String name, Unit unit, List<Charts.Series> series) {
        List<String> parts = new ArrayList<>();
        for (Charts.Series s : series) {
            if (s.points().isEmpty()) {
                continue;
            }
            Charts.Point first = s.points().get(0);
            Charts.Point last = s.points().get(s.points().size() - 1);
            parts.add(s.points().size() == 1 ? t("cop.desc.one", s.label(), first.year(), first.label())
                    : t("cop.desc.many", s.label(), first.year(), last.year(), first.label(), last.label()));
        }
        return t("cop.desc.intro", name) + " " + String.join(" ", parts) + " " + t("cop.desc.table");
    }

    private List<Charts.Point> points(SortedMap<Integer, Figure> values, Unit unit) {
        return values.entrySet().stream().map(e -> Charts.point(e.getKey(), e.getValue(), figure(e.getValue(), unit), lang)).toList();
    }

    private List<Charts.Cell> cells(SortedMap<Integer, Figure> values, List<Integer> years, Unit unit) {
        return cells(values, java.util.Collections.emptySortedMap(), years, unit);
    }

    /** Table cells by year: a figure, the source's mark (« n/a », « NA ») where it writes one, or no value. */
    private List<Charts.Cell> cells(SortedMap<Integer, Figure> values, SortedMap<Integer, String> marks,
                                    List<Integer> years, Unit unit) {
        return years.stream().map(y -> Optional.ofNullable(values.get(y))
                .map(f -> new Charts.Cell(figure(f, unit), f.value().toPlainString(), f.provisional(),
                        f.note().map(n -> n.in(lang)).orElse(""), f.qualifier().kind().key()))
                .orElse(marks.containsKey(y) ? new Charts.Cell(t(markKey(marks.get(y))), "", false, "", fr.imt.portal.model.SchoolObjective.markCode(marks.get(y)))
                        : new Charts.Cell(t("cop.noValue"), "", false, "", ""))).toList();
    }

    private static String markKey(String mark) {
        return mark.equals("n/a") ? "cop.notApplicable" : mark.equals("na") ? "cop.markLowerNa" : "cop.markNA";
    }

    /**
     * A table cell's list as HTML when the source prints its items as a list (lines starting with
     * « - »), or null for a cell that stays one line of text.
     */
    private String listHtml(String text) {
        return text.startsWith("- ") || text.contains("\n- ") ? context.markdown().toHtml(text, lang) : null;
    }

    SiteChrome.Link objectiveLink(Objective o) {
        return new SiteChrome.Link(o.id().value() + " – " + o.title().in(lang), href(context.urls().copObjective(lang, o.id())));
    }

    MilestoneView milestone(Milestone ms) {
        List<StepView> steps = ms.steps().stream().map(this::step).toList();
        List<StepView> byYear = IntStream.rangeClosed(cop.contract().firstYear(), cop.contract().lastYear())
                .mapToObj(y -> ms.step(y).map(this::step).orElse(null)).toList();
        return new MilestoneView(ms.id(), href(context.urls().copMilestone(lang, ms.id())), ms.title().in(lang),
                ms.description().map(d -> context.markdown().toHtml(d.in(lang), lang)).orElse(null),
                ms.objective().map(cop::objective).map(this::objectiveLink).orElse(null), steps, byYear,
                translated(ms.translation()), Timeline.of(ms, context, lang));
    }

    private StepView step(MilestoneStep s) {
        Progress progress = s.progressOn(context.today());
        return new StepView(s.year(), context.markdown().toHtml(s.text().in(lang), lang),
                s.caveat().map(c -> t("cop.caveat", c.in(lang))).orElse(null),
                Badge.progress(progress, lang, m), s.reported().map(Object::toString).orElse(null));
    }

    ObjectiveView objective(Objective o, boolean full) {
        return new ObjectiveView(o.id().value(), href(context.urls().copObjective(lang, o.id())), o.title().in(lang),
                t(o.kind() == Objective.Kind.BUSINESS ? "cop.kind.business" : "cop.kind.crossCutting"),
                full ? context.markdown().toHtml(o.markdown().in(lang), lang) : "", translated(o.translation()),
                full ? cop.milestonesOf(o.id()).stream().map(this::milestone).toList() : List.of(),
                withChildrenUnderParents(cop.indicatorsOf(o.id())).stream().map(this::card).toList());
    }

    List<SiteChrome.Link> schoolLinks() {
        return cop.schools().stream().map(s -> new SiteChrome.Link(s.name().in(lang), href(context.urls().copSchool(lang, s.id())))).toList();
    }

    SchoolView school(School s) {
        List<Integer> years = IntStream.rangeClosed(cop.contract().schoolTablesFirstYear(), cop.contract().lastYear()).boxed().toList();
        List<SchoolRow> rows = new ArrayList<>();
        for (int r = 0; r < s.objectives().size(); r++) {
            SchoolObjective o = s.objectives().get(r);
            Unit unit = cop.unit(o.unit());
            String id = s.id().value() + "-row-" + (r + 1);
            Charts.ChartView chart = null;
            if (o.values().size() >= 2) {
                List<Charts.Point> done = new ArrayList<>();
                List<Charts.Point> planned = new ArrayList<>();
                o.values().forEach((y, f) -> (y <= cop.contract().referenceYear() ? done : planned)
                        .add(Charts.point(y, f, figure(f, unit), lang)));
                List<Charts.Series> series = List.of(new Charts.Series("history", t("cop.series.realised"), done),
                        new Charts.Series("commitment", t("cop.series.schoolObjective"), planned));
                chart = Charts.lines("chart-" + id, o.label().in(lang) + " (" + unit.name().in(lang) + ")",
                        describe(o.label().in(lang), unit, series), series, lang, t("cop.year"), t("cop.noValue"),
                        t("cop.chart.qualified"), true);
            }
            rows.add(new SchoolRow(id, o.label().in(lang), domainName(o.domain()), unit.name().in(lang),
                    cells(o.values(), o.marks(), years, unit), o.target().map(x -> x.in(lang)).orElse(null), o.footnotes(),
                    o.indicator().map(cop::indicator).map(i -> new SiteChrome.Link(i.name().in(lang), href(context.urls().copIndicator(lang, i.id())))).orElse(null),
                    chart));
        }
        List<SiteChrome.Link> indicators = s.objectives().stream().flatMap(o -> o.indicator().stream()).distinct()
                .map(cop::indicator).map(i -> new SiteChrome.Link(i.name().in(lang), href(context.urls().copIndicator(lang, i.id())))).toList();
        return new SchoolView(s.id().value(), href(context.urls().copSchool(lang, s.id())), s.name().in(lang),
                context.markdown().toHtml(s.summary().in(lang), lang),
                s.positioningComments().map(x -> context.markdown().toHtml(x.in(lang), lang)).orElse(null),
                s.comments().map(x -> context.markdown().toHtml(x.in(lang), lang)).orElse(null),
                s.positioning().stream().map(p -> new PositioningRow(p.theme().in(lang), p.challenges().in(lang),
                        p.expertise().in(lang), listHtml(p.expertise().in(lang)), p.strategicThemes().stream().map(id -> cop.contract().themes().stream()
                                .filter(th -> th.id().equals(id)).findFirst().map(th -> th.title().in(lang)).orElse(id)).toList())).toList(),
                years, rows, s.footnotes().stream().map(f -> new Note(f.mark(), f.text().in(lang))).toList(), indicators,
                translated(s.translation()));
    }
}
