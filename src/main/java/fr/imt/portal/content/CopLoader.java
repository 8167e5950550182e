package fr.imt.portal.content;

import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Domain;
import fr.imt.portal.model.Figure;
import fr.imt.portal.model.Indicator;
import fr.imt.portal.model.IndicatorId;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.MilestoneStep;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.ObjectiveId;
import fr.imt.portal.model.Positioning;
import fr.imt.portal.model.PreviousContract;
import fr.imt.portal.model.ProgressEntry;
import fr.imt.portal.model.Qualifier;
import fr.imt.portal.model.Provenance;
import fr.imt.portal.model.Reference;
import fr.imt.portal.model.School;
import fr.imt.portal.model.SchoolId;
import fr.imt.portal.model.SchoolObjective;
import fr.imt.portal.model.Status;
import fr.imt.portal.model.Target;
import fr.imt.portal.model.Text;
import fr.imt.portal.model.Theme;
import fr.imt.portal.model.Unit;
import fr.imt.portal.model.UnitId;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import static fr.imt.portal.content.Shape.Field.optional;
import static fr.imt.portal.content.Shape.Field.required;

/**
 * Loads {@code content/cop/}: the contract, units, objectives, milestones, indicators and the
 * schools' fact sheets. Years are checked against the contract's periods (the previous contract
 * 2017-2022, the schools' tables 2021-2027, actual values 2023-2027, targets from 2027), and units
 * across files (a school row feeding an indicator, an actual value) once everything is read.
 * A site without a {@code cop} folder simply has no COP.
 */
final class CopLoader {

    /**
     * The years the COP's files may give, which {@code contract.yaml} decides: the previous
     * contract's history (from its reference year to its last), the contract's years, and the
     * first year of the schools' tables (which end with the contract).
     */
    record Years(int historyFirst, int historyLast, int contractFirst, int contractLast, int schoolFirst) {

        /**
         * Any year: what the other files are checked with when {@code contract.yaml} gives no
         * usable years (an error of its own, which stops the build anyway).
         */
        static final Years ANY = new Years(YEAR_MIN, YEAR_MAX, YEAR_MIN, YEAR_MAX, YEAR_MIN);

        /**
         * The years of a contract, when they follow one another: the previous contract's
         * reference year, its years, then the contract's, the schools' tables starting no later
         * than its last year.
         */
        static Optional<Years> ordered(int previousReference, int previousFirst, int previousLast, int first, int last,
                                       int schoolFirst) {
            boolean inOrder = YEAR_MIN <= previousReference && previousReference < previousFirst && previousFirst <= previousLast
                    && previousLast < first && first <= last && last <= YEAR_MAX && YEAR_MIN <= schoolFirst && schoolFirst <= last;
            return inOrder ? Optional.of(new Years(previousReference, previousLast, first, last, schoolFirst)) : Optional.empty();
        }

        /**
         * The years a contract.yaml's {@code tree} gives, read leniently: a mistake elsewhere in
         * the file does not stop the other files from being checked against its years, and the
         * published schemas say the same years as the build. Any year when they are missing or
         * out of order (which the build reports).
         */
        static Years read(Optional<YamlNode> tree) {
            return tree.flatMap(t -> ordered(year(t, "previous_contract", "reference_year"), year(t, "previous_contract", "first_year"),
                    year(t, "previous_contract", "last_year"), year(t, "first_year"), year(t, "last_year"),
                    year(t, "school_tables_first_year"))).orElse(ANY);
        }

        /** The year at {@code path} in {@code node}, or 0 when there is none there. */
        private static int year(YamlNode node, String... path) {
            for (String key : path) {
                node = node instanceof YamlNode.Mapping m ? m.get(key) : null;
            }
            return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.INTEGER && s.text().matches("\\d{4}")
                    ? Integer.parseInt(s.text()) : 0;
        }

        static Optional<Years> of(Cop.Contract c) {
            return ordered(c.previous().referenceYear(), c.previous().firstYear(), c.previous().lastYear(), c.firstYear(),
                    c.lastYear(), c.schoolTablesFirstYear());
        }
    }

    private static final int YEAR_MIN = 1900;
    private static final int YEAR_MAX = 2100;

    private static final String FIGURE_EXPECTED = "shape.figure";

    /**
     * What a figure may say of its nature besides its number, each a field of its own: at most one
     * of them, since a figure is either an average, an approximation, a bound or a range.
     */
    private static final List<String> QUALIFIERS = List.of("average", "approximate", "bound", "up_to");

    private static Shape.Field[] figureFields(String provisional, String note, Shape.Field... more) {
        List<Shape.Field> fields = new ArrayList<>(List.of(
                required("value", Shape.number(), "the number"),
                optional("provisional", Shape.flag(), provisional),
                optional("note", Shape.bilingual(), note),
                optional("average", Shape.group(
                        required("from", Shape.wholeNumber(2000, 2100), "the first year averaged"),
                        required("to", Shape.wholeNumber(2000, 2100), "the last year averaged")),
                        "the years the source averages (« Moyenne 2020-21-22 »): the number is not the year's own value"),
                optional("approximate", Shape.flag(), "whether the source gives the number as approximate (« ≈ », « ~ »)"),
                optional("bound", Shape.oneOf("above", "at_least", "below", "at_most"),
                        "the number is a bound, not a value: above (« > »), at_least (« ≥ »), below (« < »), at_most (« ≤ »)"),
                optional("up_to", Shape.number(), "the upper end of a range the source gives (« 8 à 10 »); value is the lower end"),
                optional("caveat", Shape.bilingual(), "a short warning shown next to the figure where the extraction is"
                        + " ambiguous (which year or column it belongs to); the details go in source_notes")));
        fields.addAll(List.of(more));
        return fields.toArray(Shape.Field[]::new);
    }

    private static final Shape FIGURE_GROUP = Shape.group(
            figureFields("whether the source marks it provisional", "a note on the figure"))
            .where(Shape.Rule.atMostOne("rule.oneQualifier", QUALIFIERS.toArray(String[]::new)));

    static final Shape FIGURE = Shape.either(FIGURE_EXPECTED, Shape.number(), FIGURE_GROUP);

    /**
     * The marks a school's table writes in a year's cell instead of a number: « n/a » (not
     * applicable) and « NA » or « na » (left unexplained by the source), kept as written.
     */
    static final List<String> MARKS = List.of("n/a", "NA", "na");

    /** A school's yearly cell: a figure, or one of the source's marks. */
    static final Shape SCHOOL_FIGURE = Shape.either("shape.schoolFigure",
            Shape.number(), Shape.oneOf(MARKS.toArray(String[]::new)), FIGURE_GROUP);

    /** An actual value may say its unit, so a value reported in the wrong unit is caught. */
    static final Shape ACTUAL = Shape.either(FIGURE_EXPECTED, Shape.number(), Shape.group(
            figureFields("whether the value is provisional", "a note on the value",
                    optional("unit", Shape.reference("unit"), "the unit of the value (the indicator's)")))
            .where(Shape.Rule.atMostOne("rule.oneQualifier", QUALIFIERS.toArray(String[]::new))));

    private static final Shape FORMAT = Shape.pattern("[\\s\\S]*\\{\\}[\\s\\S]*", "shape.unitFormat");

    static Shape contract(Languages languages) {
        return Shape.group(
                SourceFiles.translation(languages, "texts"),
                required("title", Shape.bilingual(), "the contract's title"),
                required("first_year", Shape.wholeNumber(YEAR_MIN, YEAR_MAX), "the contract's first year"),
                required("last_year", Shape.wholeNumber(YEAR_MIN, YEAR_MAX), "the contract's last year"),
                required("reference_year", Shape.wholeNumber(YEAR_MIN, YEAR_MAX), "the year of the reference values"),
                required("previous_contract", Shape.group(
                        required("first_year", Shape.wholeNumber(YEAR_MIN, YEAR_MAX), "the previous contract's first year"),
                        required("last_year", Shape.wholeNumber(YEAR_MIN, YEAR_MAX), "the previous contract's last year"),
                        required("reference_year", Shape.wholeNumber(YEAR_MIN, YEAR_MAX),
                                "the year of the previous contract's reference values")),
                        "the period of the previous contract, whose review the indicators' histories give"),
                required("school_tables_first_year", Shape.wholeNumber(YEAR_MIN, YEAR_MAX),
                        "the first year of the schools' tables of numeric objectives (their last is the contract's)"),
                required("themes", Shape.listOf(Shape.group(
                        required("id", Shape.identifier(), "the theme's identifier"),
                        required("title", Shape.bilingual(), "the theme's title")), 1), "the strategic themes"),
                required("domains", Shape.listOf(Shape.group(
                        required("id", Shape.identifier(), "the domain's identifier"),
                        required("name", Shape.bilingual(), "the domain's name")), 1), "the domains of the indicator table"),
                optional("parts", Shape.listOf(Shape.group(
                        required("id", Shape.identifier(), "the part's identifier: its page's address and the name of"
                                + " its Markdown files parts/<id>.fr.md and parts/<id>.en.md"),
                        required("title", Shape.bilingual(), "the part's title")), 0),
                        "the parts of the contract published as text pages of their own, in the contract's order"),
                optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    static Shape units(Languages languages) {
        return Shape.group(
                SourceFiles.translation(languages, "names"),
                required("units", Shape.listOf(Shape.group(
                        required("id", Shape.identifier(), "the unit's identifier"),
                        required("name", Shape.bilingual(), "the unit's name"),
                        optional("kind", FigureRanges.KIND, "what the unit measures: count (never negative) or percentage (0 to 100)"),
                        required("format", Shape.group(
                                required("fr", FORMAT, "how a number is written in French"),
                                required("en", FORMAT, "how a number is written in English")),
                                "how a number is written with the unit, {} standing for the number"),
                        optional("converts_to", Shape.group(
                                required("unit", Shape.reference("unit"), "the unit this one is a multiple of"),
                                required("factor", Shape.number(), "what one of this unit is in that unit, such as 0.001")),
                                "the unit this one converts to")), 1), "the units"),
                optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    static Shape objective(Languages languages) {
        return Shape.group(
                required("id", Shape.pattern("[MT][1-9]", "shape.objectiveCode"), "the objective's code"),
                required("kind", Shape.oneOf("business", "cross-cutting"), "the kind of objective"),
                required("title", Shape.bilingual(), "the objective's title"),
                SourceFiles.translation(languages, "texts"),
                optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    static Shape milestone(Years years, Languages languages) {
        return Shape.group(
            required("id", Shape.pattern("J[1-9][0-9]{0,3}", "shape.milestoneCode"), "the milestone's code"),
            optional("objective", Shape.reference("objective", Shape.pattern("[MT][1-9]", "shape.anObjectiveCode")), "the objective it belongs to"),
            required("title", Shape.bilingual(), "the milestone's title"),
            optional("description", Shape.bilingual(), "the milestone's own text"),
            SourceFiles.translation(languages, "texts"),
            required("steps", Shape.listOf(Shape.group(
                    required("year", Shape.wholeNumber(years.contractFirst(), years.contractLast()), "the year the step is due"),
                    required("text", Shape.bilingual(), "what is due that year"),
                    optional("status", Shape.oneOf(Status.keys()), "the status editors report"),
                    optional("reported", Shape.date(), "the date of the report"),
                    optional("caveat", Shape.bilingual(), "a short warning shown with the step where the extraction"
                            + " leaves unclear which year a part of it belongs to; the details go in source_notes")), 0),
                    "the yearly steps"),
            optional("progress", Shape.listOf(ProgressLogs.stepEntry(years.contractFirst(), years.contractLast()), 0),
                    "the dated progress log, oldest first, each entry about one step's year"),
            optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    static Shape target(Years years) {
        return Shape.group(
            required("year", Shape.wholeNumber(years.contractLast(), YEAR_MAX), "the target's year"),
            optional("value", FIGURE, "the target's number (omit it for a qualitative target)"),
            optional("text", Shape.bilingual(), "the target's wording"))
            .where(Shape.Rule.atLeastOne("rule.target", "value", "text"));
    }

    static Shape indicator(Years years, Languages languages) {
        return Shape.group(
            required("id", Shape.identifier(), "the indicator's identifier (the file's name)"),
            required("domain", Shape.identifier(), "the domain of the indicator table"),
            required("name", Shape.bilingual(), "the indicator's name"),
            optional("parent", Shape.orNull(Shape.identifier()), "the parent indicator of a « dont … » row"),
            required("objectives", Shape.listOf(Shape.reference("objective",
                    Shape.pattern("[MT][1-9]", "shape.anObjectiveCode")), 0),
                    "the objectives whose section lists the indicator"),
            required("unit", Shape.reference("unit"), "the indicator's unit"),
            required("per_school", Shape.orNull(Shape.flag()), "whether the indicator is broken down per school"
                    + " (« Déclinaison par école » Oui/Non); null where the source leaves the cell blank"),
            optional("per_school_note", Shape.bilingual(), "the wording beside the cell's Oui, such as « > moyenne CGE »"),
            optional("previous_only", Shape.flag(), "whether the indicator belongs to the previous contract only"),
            SourceFiles.translation(languages, "texts"),
            optional("reference", Shape.group(Stream.concat(Stream.of(
                    required("year", Shape.wholeNumber(years.historyFirst(), years.historyLast()), "the reference year"),
                    optional("text", Shape.bilingual(), "the reference's wording when it is not a number")),
                            Stream.of(figureFields("whether the value is provisional", "a note on the value"))
                                    .map(f -> f.name().equals("value") ? optional("value", Shape.number(), "the reference value") : f))
                            .toArray(Shape.Field[]::new))
                    .where(Shape.Rule.atLeastOne("rule.reference", "value", "text"),
                            Shape.Rule.atMostOne("rule.oneQualifier", QUALIFIERS.toArray(String[]::new))),
                    "the reference value"),
            optional("trajectory", Shape.byYear(years.contractFirst(), years.contractLast(), FIGURE), "the yearly trajectory"),
            optional("targets", Shape.listOf(target(years), 0), "the targets"),
            optional("footnotes", Shape.listOf(Shape.bilingual(), 0), "the footnotes"),
            optional("previous_contract", Shape.group(
                    required("name", Shape.bilingual(), "the indicator's name in the previous contract"),
                    required("unit", Shape.reference("unit"), "its unit"),
                    required("values", Shape.byYear(years.historyFirst(), years.historyLast(), FIGURE), "its values"),
                    optional("target", Shape.group(
                            optional("value", FIGURE, "the 2022 target's number"),
                            optional("text", Shape.bilingual(), "the 2022 target's wording"))
                            .where(Shape.Rule.atLeastOne("rule.target",
                                    "value", "text")), "the 2022 target"),
                    optional("schools", Shape.byIdentifier("school", Shape.byYear(years.historyFirst(), years.historyLast(), FIGURE)),
                            "the per-school values")), "the previous contract's results"),
            optional("actuals", Shape.byYear(years.contractFirst(), years.contractLast(), ACTUAL), "the actual values reported"),
            optional("source_notes", SourceFiles.NOTES, "transcription notes"))
            .where(Shape.Rule.requiredWhen("previous_only", false, "targets", "rule.targets"),
                    Shape.Rule.requiredWhen("previous_only", true, "previous_contract", "rule.previousContract"));
    }

    static Shape school(Years years, Languages languages) {
        return Shape.group(
            required("id", Shape.identifier(), "the school's identifier (the folder's name)"),
            required("name", Shape.bilingual(), "the school's name"),
            SourceFiles.translation(languages, "texts"),
            required("positioning", Shape.listOf(Shape.group(
                    required("theme", Shape.bilingual(), "the school's theme"),
                    required("challenges", Shape.bilingual(), "the challenges"),
                    required("expertise", Shape.bilingual(), "the current expertise"),
                    required("strategic_themes", Shape.listOf(Shape.identifier(), 0), "the IMT themes it relates to")), 0),
                    "the thematic positioning table"),
            required("objectives", Shape.listOf(Shape.group(
                    required("domain", Shape.identifier(), "the domain of the row"),
                    optional("indicator", Shape.identifier(), "the IMT indicator the row feeds"),
                    required("label", Shape.bilingual(), "the row's label"),
                    required("unit", Shape.reference("unit"), "the row's unit"),
                    required("values", Shape.byYear(years.schoolFirst(), years.contractLast(), SCHOOL_FIGURE),
                            "the values by year (\"n/a\" where the source marks the year not applicable)"),
                    optional("target", Shape.bilingual(), "a qualitative target"),
                    optional("footnotes", Shape.listOf(Shape.text(), 0), "marks of the footnotes that apply")), 0),
                    "the numeric objectives"),
            optional("footnotes", Shape.listOf(Shape.group(
                    required("mark", Shape.text(), "the footnote's mark, such as (*)"),
                    required("text", Shape.bilingual(), "the footnote's text")), 0), "the footnotes of the objectives"),
            optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    /** A unit written somewhere that must agree with another (an indicator's), checked once all units are known. */
    private record UnitUse(SourcePosition at, String field, String unit, String indicator, Message what) {}

    private final Path root;
    private final Problems problems;
    private final References references;
    private final List<UnitUse> unitUses = new ArrayList<>();
    private final FigureRanges ranges = new FigureRanges();
    private final Sources sources;
    private final SourceFiles sourceFiles;
    private final Languages languages;

    private final EditorialChecks editorial;

    /** The years the files may give, once {@code contract.yaml} is read. */
    private Years years = Years.ANY;


    /**
     * {@code today} is the build date, as of which steps of past years still unreported are
     * flagged; {@code sources} records which files each entity is read from, {@code sourceFiles}
     * reads them.
     */
    CopLoader(Path contentRoot, Problems problems, References references, LocalDate today, Sources sources,
              SourceFiles sourceFiles) {
        this.root = contentRoot.resolve("cop");
        this.problems = problems;
        this.references = references;
        this.editorial = new EditorialChecks(today, problems);
        this.sources = sources;
        this.sourceFiles = sourceFiles;
        this.languages = sourceFiles.languages();
    }

    Cop load() {
        if (!Files.isDirectory(root)) {
            return Cop.EMPTY;
        }
        Optional<Cop.Contract> contract = contract();
        // Read again, leniently (a problem of its own is reported once, by contract()).
        Path file = root.resolve("contract.yaml");
        years = Years.read(Files.isRegularFile(file) ? sourceFiles.tree(file, new Problems()) : Optional.empty());
        List<Unit> units = units();
        List<Objective> objectives = objectives();
        List<Milestone> milestones = milestones();
        List<Indicator> indicators = indicators();
        List<School> schools = schools();
        checkUnits(units, indicators);
        if (contract.isEmpty()) {
            return Cop.EMPTY;
        }
        return new Cop(contract.get(), units, objectives, milestones, indicators, schools);
    }

    private Optional<Cop.Contract> contract() {
        Path file = root.resolve("contract.yaml");
        sources.record(Provenance.contract(), file);
        sources.record(Provenance.contract(), Sources.prose(root, "ambition"));
        Text ambition = new Text(sourceFiles.prose(root, "ambition", "fr", file, problems),
                sourceFiles.prose(root, "ambition", "en", file, problems));
        Optional<YamlNode.Mapping> read = existing(file).flatMap(f -> sourceFiles.read(f, contract(languages), problems));
        if (read.isEmpty()) {
            references.brokenKind("theme", file);
            references.brokenKind("domain", file);
        }
        return read.map(map -> {
            List<Theme> themes = new ArrayList<>();
            for (Fields.Group g : Fields.groupsAt(map, "themes")) {
                YamlNode.Mapping t = g.map();
                if (references.define("theme", Fields.string(t, "id"), t.get("id").position(), g.field("id"), problems)) {
                    themes.add(new Theme(Fields.string(t, "id"), Fields.text(t, "title")));
                }
            }
            List<Domain> domains = new ArrayList<>();
            for (Fields.Group g : Fields.groupsAt(map, "domains")) {
                YamlNode.Mapping d = g.map();
                if (references.define("domain", Fields.string(d, "id"), d.get("id").position(), g.field("id"), problems)) {
                    domains.add(new Domain(Fields.string(d, "id"), Fields.text(d, "name")));
                }
            }
            List<Cop.Part> parts = new ArrayList<>();
            Path folder = root.resolve("parts");
            for (Fields.Group g : Fields.groupsAt(map, "parts")) {
                YamlNode.Mapping p = g.map();
                String id = Fields.string(p, "id");
                if (references.define("contract part", id, p.get("id").position(), g.field("id"), problems)) {
                    sources.record(Provenance.contractPart(id), file);
                    sources.record(Provenance.contractPart(id), Sources.prose(folder, id));
                    parts.add(new Cop.Part(id, Fields.text(p, "title"), new Text(sourceFiles.prose(folder, id, "fr", file, problems),
                            sourceFiles.prose(folder, id, "en", file, problems))));
                }
            }
            YamlNode.Mapping previous = Fields.group(map, "previous_contract");
            Cop.Contract contract = new Cop.Contract(Fields.text(map, "title"), Fields.integer(map, "first_year"),
                    Fields.integer(map, "last_year"), Fields.integer(map, "reference_year"),
                    new Cop.Period(Fields.integer(previous, "first_year"), Fields.integer(previous, "last_year"),
                            Fields.integer(previous, "reference_year")),
                    Fields.integer(map, "school_tables_first_year"), ambition,
                    Fields.translation(map, languages), themes, domains, List.copyOf(parts));
            if (Years.of(contract).isEmpty()) {
                problems.error(map.get("first_year").position(), "first_year", "cop.years", String.valueOf(contract.previous().referenceYear()),
                        contract.previous().years(), contract.years(), String.valueOf(contract.schoolTablesFirstYear()));
            }
            return contract;
        });
    }

    private List<Unit> units() {
        Path file = root.resolve("units.yaml");
        sources.record(Provenance.units(), file);
        List<Unit> units = new ArrayList<>();
        Optional<YamlNode.Mapping> read = existing(file).flatMap(f -> sourceFiles.read(f, units(languages), problems));
        if (read.isEmpty()) {
            references.brokenKind("unit", file);
        }
        read.ifPresent(map -> {
            for (Fields.Group g : Fields.groupsAt(map, "units")) {
                YamlNode.Mapping u = g.map();
                if (!references.define("unit", Fields.string(u, "id"), u.get("id").position(), g.field("id"), problems)) {
                    continue;
                }
                if (Fields.has(u, "kind")) {
                    ranges.declare(Fields.string(u, "id"), Fields.string(u, "kind"));
                }
                Optional<Unit.Conversion> conversion = Optional.empty();
                if (Fields.has(u, "converts_to")) {
                    YamlNode.Mapping c = Fields.group(u, "converts_to");
                    references.referOne("unit", c, "unit", g.field("converts_to"));
                    conversion = Optional.of(new Unit.Conversion(new UnitId(Fields.string(c, "unit")),
                            new BigDecimal(Fields.string(c, "factor"))));
                }
                units.add(new Unit(new UnitId(Fields.string(u, "id")), Fields.text(u, "name"), Fields.text(u, "format"),
                        conversion));
            }
        });
        return units;
    }

    private List<Objective> objectives() {
        List<Objective> objectives = new ArrayList<>();
        Path folder = root.resolve("objectives");
        Map<Path, Optional<YamlNode.Mapping>> files =
                sourceFiles.readAll(SourceFiles.list(folder, ".yaml"), objective(languages), problems);
        for (Map.Entry<Path, Optional<YamlNode.Mapping>> read : files.entrySet()) {
            Path file = read.getKey();
            String name = stem(file);
            Text markdown = new Text(sourceFiles.prose(folder, name, "fr", file, problems),
                    sourceFiles.prose(folder, name, "en", file, problems));
            if (read.getValue().isEmpty()) {
                references.broken("objective", name, file);
            }
            read.getValue().ifPresent(map -> {
                if (!idMatches(map, name, "file")) {
                    references.broken("objective", name, file);
                    return;
                }
                if (!references.define("objective", name, map.get("id").position(), "id", problems)) {
                    return;
                }
                sources.record(Provenance.objective(new ObjectiveId(name)), file);
                sources.record(Provenance.objectiveText(new ObjectiveId(name)), Sources.prose(folder, name));
                objectives.add(new Objective(new ObjectiveId(name),
                        "business".equals(Fields.string(map, "kind")) ? Objective.Kind.BUSINESS : Objective.Kind.CROSS_CUTTING,
                        Fields.text(map, "title"), markdown, Fields.translation(map, languages)));
            });
        }
        return objectives;
    }

    private List<Milestone> milestones() {
        List<Milestone> milestones = new ArrayList<>();
        Map<Path, Optional<YamlNode.Mapping>> files =
                sourceFiles.readAll(SourceFiles.list(root.resolve("milestones"), ".yaml"), milestone(years, languages), problems);
        for (Map.Entry<Path, Optional<YamlNode.Mapping>> read : files.entrySet()) {
            Path file = read.getKey();
            String name = stem(file);
            if (read.getValue().isEmpty()) {
                references.broken("milestone", name, file);
            }
            read.getValue().ifPresent(map -> {
                if (!idMatches(map, name, "file")) {
                    references.broken("milestone", name, file);
                    return;
                }
                if (!references.define("milestone", name, map.get("id").position(), "id", problems)) {
                    return;
                }
                references.referOne("objective", map, "objective");
                sources.record(Provenance.milestone(name), file);
                List<MilestoneStep> steps = new ArrayList<>();
                Set<Integer> years = new HashSet<>();
                List<YamlNode.Mapping> items = Fields.groups(map, "steps");
                for (int i = 0; i < items.size(); i++) {
                    YamlNode.Mapping s = items.get(i);
                    int year = Fields.integer(s, "year");
                    if (!years.add(year)) {
                        problems.error(s.get("year").position(), FieldPath.child(FieldPath.item("steps", i), "year"),
                                "cop.stepTwice", String.valueOf(year));
                        continue;
                    }
                    editorial.step(s, FieldPath.item("steps", i), year);
                    steps.add(new MilestoneStep(year, Fields.text(s, "text"),
                            Optional.ofNullable(Fields.string(s, "status")).flatMap(Status::fromKey),
                            Optional.ofNullable(Fields.string(s, "reported")).map(LocalDate::parse),
                            Fields.has(s, "caveat") ? Optional.of(Fields.text(s, "caveat")) : Optional.empty()));
                }
                milestones.add(new Milestone(name,
                        Optional.ofNullable(Fields.string(map, "objective")).map(ObjectiveId::new),
                        Fields.text(map, "title"),
                        Fields.has(map, "description") ? Optional.of(Fields.text(map, "description")) : Optional.empty(),
                        Fields.translation(map, languages), steps, reports(map, items)));
            });
        }
        return milestones;
    }

    /**
     * A milestone's progress log: each entry is about the step of its year, and for each step the
     * latest entry that sets a status must agree with the step's {@code status}.
     */
    private List<Milestone.Report> reports(YamlNode.Mapping map, List<YamlNode.Mapping> stepNodes) {
        List<ProgressEntry> entries = ProgressLogs.entries(map, "progress", problems);
        List<YamlNode.Mapping> nodes = Fields.groups(map, "progress");
        List<Integer> stepYears = stepNodes.stream().map(s -> Fields.integer(s, "year")).toList();
        List<Milestone.Report> reports = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            int year = Fields.integer(nodes.get(i), "year");
            if (!stepYears.contains(year)) {
                problems.error(nodes.get(i).get("year").position(), FieldPath.child(FieldPath.item("progress", i), "year"), "cop.noStep",
                        String.valueOf(year), stepYears.stream().map(String::valueOf).toList());
            }
            reports.add(new Milestone.Report(year, entries.get(i)));
        }
        for (int s = 0; s < stepNodes.size(); s++) {
            YamlNode.Mapping step = stepNodes.get(s);
            int year = stepYears.get(s);
            List<Integer> ofYear = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                if (reports.get(i).year() == year) {
                    ofYear.add(i);
                }
            }
            String field = "steps[" + (s + 1) + "].status";
            ProgressLogs.checkStatus(entries, ofYear, "progress", Fields.string(step, "status"),
                    step.get("status") != null ? step.get("status").position() : step.position(), field,
                    Message.of("progress.stepOf", String.valueOf(year)), problems);
        }
        return reports;
    }

    private List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        Map<String, SourcePosition> parents = new LinkedHashMap<>();
        Map<Path, Optional<YamlNode.Mapping>> files =
                sourceFiles.readAll(SourceFiles.list(root.resolve("indicators"), ".yaml"), indicator(years, languages), problems);
        for (Map.Entry<Path, Optional<YamlNode.Mapping>> read : files.entrySet()) {
            Path file = read.getKey();
            String name = stem(file);
            if (read.getValue().isEmpty()) {
                references.broken("indicator", name, file);
            }
            read.getValue().ifPresent(map -> {
                if (!idMatches(map, name, "file")) {
                    references.broken("indicator", name, file);
                    return;
                }
                if (!references.define("indicator", name, map.get("id").position(), "id", problems)) {
                    return;
                }
                sources.record(Provenance.indicator(new IndicatorId(name)), file);
                boolean previousOnly = Fields.has(map, "previous_only") && Fields.flag(map, "previous_only");
                references.referOne("domain", map, "domain");
                references.referOne("indicator", map, "parent");
                if (Fields.has(map, "parent") && !Fields.string(map, "parent").isEmpty()) {
                    parents.put(name, map.get("parent").position());
                }
                references.referAll("objective", map, "objectives");
                references.referOne("unit", map, "unit");
                String unit = Fields.string(map, "unit");
                for (String figures : List.of("reference", "trajectory", "targets")) {
                    ranges.check(map.get(figures), unit, figures, problems);
                }
                for (YamlNode.Entry e : Fields.entries(map, "actuals").values()) {
                    String own = e.value() instanceof YamlNode.Mapping m && Fields.has(m, "unit") ? Fields.string(m, "unit") : unit;
                    ranges.check(e.value(), own, "actuals." + e.key(), problems);
                }
                if (map.get("previous_contract") instanceof YamlNode.Mapping pc) {
                    for (String figures : List.of("values", "target", "schools")) {
                        ranges.check(pc.get(figures), Fields.string(pc, "unit"), "previous_contract." + figures, problems);
                    }
                }

                Optional<Reference> reference = Optional.empty();
                if (Fields.has(map, "reference")) {
                    YamlNode.Mapping r = Fields.group(map, "reference");
                    reference = Optional.of(new Reference(Fields.integer(r, "year"),
                            Fields.has(r, "value") ? Optional.of(figure(r)) : Optional.empty(),
                            Fields.has(r, "text") ? Optional.of(Fields.text(r, "text")) : Optional.empty()));
                }
                List<Target> targets = new ArrayList<>();
                List<YamlNode.Mapping> items = Fields.groups(map, "targets");
                for (int i = 0; i < items.size(); i++) {
                    targets.add(target(items.get(i), true));
                }
                SortedMap<Integer, Figure> actuals = byYear(map, "actuals");
                for (YamlNode.Entry e : Fields.entries(map, "actuals").values()) {
                    if (e.value() instanceof YamlNode.Mapping m && Fields.has(m, "unit")) {
                        references.refer("unit", Fields.string(m, "unit"), m.get("unit").position(),
                                "actuals." + e.key() + ".unit");
                        unitUses.add(new UnitUse(m.get("unit").position(), "actuals." + e.key() + ".unit",
                                Fields.string(m, "unit"), name, Message.of("cop.actualOf", e.key())));
                    }
                }
                indicators.add(new Indicator(new IndicatorId(name), Fields.string(map, "domain"), Fields.text(map, "name"),
                        Optional.ofNullable(Fields.string(map, "parent")).filter(p -> !p.isEmpty()).map(IndicatorId::new),
                        Fields.strings(map, "objectives", ObjectiveId::new), new UnitId(unit),
                        perSchool(map), Fields.has(map, "per_school_note") ? Optional.of(Fields.text(map, "per_school_note"))
                                : Optional.empty(), Fields.translation(map, languages), previousOnly, reference,
                        byYear(map, "trajectory"), targets,
                        Fields.groups(map, "footnotes").stream().map(f -> new Text(Fields.string(f, "fr"), Fields.string(f, "en"))).toList(),
                        previousContract(map), actuals));
            });
        }
        parentCycles(indicators, parents);
        return indicators;
    }

    /** An indicator that is its own parent, or whose parents lead back to it, would be shown inside itself. */
    private void parentCycles(List<Indicator> indicators, Map<String, SourcePosition> parents) {
        Map<IndicatorId, Optional<IndicatorId>> parentOf = new LinkedHashMap<>();
        indicators.forEach(i -> parentOf.put(i.id(), i.parent()));
        for (Indicator indicator : indicators) {
            List<String> chain = new ArrayList<>(List.of(indicator.id().value()));
            Optional<IndicatorId> up = indicator.parent();
            while (up.isPresent() && parentOf.containsKey(up.get()) && chain.size() <= parentOf.size()) {
                chain.add(up.get().value());
                if (up.get().equals(indicator.id())) {
                    problems.error(parents.get(indicator.id().value()), "parent", chain.size() == 2
                            ? Message.of("cop.ownParent") : Message.of("cop.parentCycle", String.join(" → ", chain)));
                    break;
                }
                up = parentOf.get(up.get());
            }
        }
    }

    private Optional<PreviousContract> previousContract(YamlNode.Mapping map) {
        if (!Fields.has(map, "previous_contract")) {
            return Optional.empty();
        }
        YamlNode.Mapping pc = Fields.group(map, "previous_contract");
        references.referOne("unit", pc, "unit", "previous_contract");
        Map<SchoolId, SortedMap<Integer, Figure>> schools = new LinkedHashMap<>();
        for (YamlNode.Entry e : Fields.entries(pc, "schools").values()) {
            references.refer("school", e.key(), e.keyPosition(), FieldPath.child("previous_contract.schools", e.key()));
            schools.put(new SchoolId(e.key()), figures((YamlNode.Mapping) e.value()));
        }
        Optional<Target> target = Fields.has(pc, "target")
                ? Optional.of(target(Fields.group(pc, "target"), false)) : Optional.empty();
        return Optional.of(new PreviousContract(Fields.text(pc, "name"), new UnitId(Fields.string(pc, "unit")),
                byYear(pc, "values"), target, schools));
    }

    private Target target(YamlNode.Mapping t, boolean hasYear) {
        // The previous contract's target is for its last year.
        return new Target(hasYear ? Fields.integer(t, "year") : years.historyLast(),
                Fields.has(t, "value") ? Optional.of(figure(t.get("value"))) : Optional.empty(),
                Fields.has(t, "text") ? Optional.of(Fields.text(t, "text")) : Optional.empty());
    }

    private List<School> schools() {
        List<School> schools = new ArrayList<>();
        List<Path> folders = SourceFiles.folders(root.resolve("schools"));
        Map<Path, Optional<YamlNode.Mapping>> files = sourceFiles.readEach(folders, "school.yaml", school(years, languages), problems);
        for (Path folder : folders) {
            Path file = folder.resolve("school.yaml");
            String name = folder.getFileName().toString();
            Optional<YamlNode.Mapping> read = existing(file).flatMap(files::get);
            Text summary = new Text(sourceFiles.prose(folder, "summary", "fr", file, problems),
                    sourceFiles.prose(folder, "summary", "en", file, problems));
            Optional<Text> comments = optionalProse(folder, "comments", file);
            Optional<Text> positioningComments = optionalProse(folder, "positioning", file);
            if (read.isEmpty()) {
                references.broken("school", name, file);
            }
            read.ifPresent(map -> {
                if (!idMatches(map, name, "folder")) {
                    references.broken("school", name, file);
                    return;
                }
                if (!references.define("school", name, map.get("id").position(), "id", problems)) {
                    return;
                }
                sources.record(Provenance.school(new SchoolId(name)), file);
                sources.record(Provenance.schoolText(new SchoolId(name)), Sources.prose(folder, "summary"));
                comments.ifPresent(c -> sources.record(Provenance.schoolText(new SchoolId(name)), Sources.prose(folder, "comments")));
                positioningComments.ifPresent(c -> sources.record(Provenance.schoolText(new SchoolId(name)),
                        Sources.prose(folder, "positioning")));
                List<School.Footnote> footnotes = Fields.groups(map, "footnotes").stream()
                        .map(f -> new School.Footnote(Fields.string(f, "mark"), Fields.text(f, "text"))).toList();
                Set<String> marks = new HashSet<>(footnotes.stream().map(School.Footnote::mark).toList());
                List<Positioning> rows = new ArrayList<>();
                for (Fields.Group g : Fields.groupsAt(map, "positioning")) {
                    YamlNode.Mapping p = g.map();
                    references.referAll("theme", p, "strategic_themes", g.at());
                    rows.add(new Positioning(Fields.text(p, "theme"), Fields.text(p, "challenges"),
                            Fields.text(p, "expertise"), Fields.strings(p, "strategic_themes", s -> s)));
                }
                List<SchoolObjective> objectives = new ArrayList<>();
                for (Fields.Group g : Fields.groupsAt(map, "objectives")) {
                    YamlNode.Mapping o = g.map();
                    references.referOne("domain", o, "domain", g.at());
                    references.referOne("indicator", o, "indicator", g.at());
                    references.referOne("unit", o, "unit", g.at());
                    ranges.check(o.get("values"), Fields.string(o, "unit"), g.field("values"), problems);
                    if (Fields.has(o, "indicator")) {
                        unitUses.add(new UnitUse(o.get("unit").position(), g.field("unit"), Fields.string(o, "unit"),
                                Fields.string(o, "indicator"), Message.of("cop.thisRow")));
                    }
                    List<YamlNode> notes = Fields.items(o, "footnotes");
                    for (int j = 0; j < notes.size(); j++) {
                        String mark = ((YamlNode.Scalar) notes.get(j)).text();
                        if (!marks.contains(mark)) {
                            problems.error(notes.get(j).position(), FieldPath.item(g.field("footnotes"), j),
                                    "cop.unknownFootnote", mark, marks.isEmpty() ? Message.of("list.none") : List.copyOf(marks));
                        }
                    }
                    objectives.add(new SchoolObjective(Fields.string(o, "domain"),
                            Optional.ofNullable(Fields.string(o, "indicator")).map(IndicatorId::new),
                            Fields.text(o, "label"), new UnitId(Fields.string(o, "unit")), byYear(o, "values"),
                            marks(Fields.group(o, "values")),
                            Fields.has(o, "target") ? Optional.of(Fields.text(o, "target")) : Optional.empty(),
                            Fields.strings(o, "footnotes", s -> s)));
                }
                schools.add(new School(new SchoolId(name), Fields.text(map, "name"), Fields.translation(map, languages), rows,
                        objectives, footnotes, summary, comments, positioningComments));
            });
        }
        return schools;
    }

    /** Prose some sheets do not have: absent in both languages, or present in both. */
    private Optional<Text> optionalProse(Path folder, String name, Path owner) {
        if (!Files.exists(folder.resolve(name + ".fr.md")) && !Files.exists(folder.resolve(name + ".en.md"))) {
            return Optional.empty();
        }
        return Optional.of(new Text(sourceFiles.prose(folder, name, "fr", owner, problems),
                sourceFiles.prose(folder, name, "en", owner, problems)));
    }

    /** Units written beside an indicator's name must measure what the indicator measures. */
    private void checkUnits(List<Unit> units, List<Indicator> indicators) {
        Map<String, Unit> byId = new LinkedHashMap<>();
        units.forEach(u -> byId.put(u.id().value(), u));
        Map<String, Indicator> indicatorsById = new LinkedHashMap<>();
        indicators.forEach(i -> indicatorsById.put(i.id().value(), i));
        for (UnitUse use : unitUses) {
            Indicator indicator = indicatorsById.get(use.indicator());
            Unit unit = byId.get(use.unit());
            if (indicator == null || unit == null) {
                continue; // unknown identifiers are reported by References
            }
            UnitId expected = indicator.unit();
            Unit expectedUnit = byId.get(expected.value());
            boolean compatible = unit.comparableTo(expected)
                    || (expectedUnit != null && expectedUnit.comparableTo(unit.id()));
            if (!compatible) {
                problems.error(use.at(), use.field(), "cop.unitMismatch", use.what(), use.indicator(), expected.value(),
                        expectedUnit == null ? "" : " (" + expectedUnit.name().en() + ")", use.unit());
            }
        }
    }

    private SortedMap<Integer, Figure> byYear(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        return node instanceof YamlNode.Mapping m ? figures(m) : new TreeMap<>();
    }

    /** The figures of a by-year map; a year holding a mark (« n/a ») has no figure (see {@link #marks}). */
    private static SortedMap<Integer, Figure> figures(YamlNode.Mapping map) {
        SortedMap<Integer, Figure> values = new TreeMap<>();
        for (YamlNode.Entry e : map.entries().values()) {
            if (!isMark(e.value())) {
                values.put(Integer.parseInt(e.key()), figure(e.value()));
            }
        }
        return java.util.Collections.unmodifiableSortedMap(values);
    }

    /** The years of a by-year map holding a mark instead of a number, with the mark. */
    private static SortedMap<Integer, String> marks(YamlNode.Mapping map) {
        SortedMap<Integer, String> years = new TreeMap<>();
        if (map != null) {
            map.entries().values().stream().filter(e -> isMark(e.value()))
                    .forEach(e -> years.put(Integer.parseInt(e.key()), ((YamlNode.Scalar) e.value()).text()));
        }
        return java.util.Collections.unmodifiableSortedMap(years);
    }

    private static boolean isMark(YamlNode node) {
        return node instanceof YamlNode.Scalar s && MARKS.contains(s.text());
    }

    /** Oui, Non, or null where the source's « Déclinaison par école » cell is blank. */
    private static Optional<Boolean> perSchool(YamlNode.Mapping map) {
        YamlNode node = map.get("per_school");
        return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN
                ? Optional.of(Boolean.parseBoolean(s.text())) : Optional.empty();
    }

    /** A figure its shape has accepted: a plain number, or a group with value, provisional, note and qualifier. */
    static Figure figure(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            return new Figure(decimal(s.text()), false, Optional.empty(), Qualifier.EXACT, Optional.empty());
        }
        YamlNode.Mapping m = (YamlNode.Mapping) node;
        return new Figure(decimal(Fields.string(m, "value")), Fields.has(m, "provisional") && Fields.flag(m, "provisional"),
                Fields.has(m, "note") ? Optional.of(Fields.text(m, "note")) : Optional.empty(), qualifier(m),
                Fields.has(m, "caveat") ? Optional.of(Fields.text(m, "caveat")) : Optional.empty());
    }

    private static Qualifier qualifier(YamlNode.Mapping m) {
        if (Fields.has(m, "average")) {
            YamlNode.Mapping period = Fields.group(m, "average");
            return Qualifier.average(Fields.integer(period, "from"), Fields.integer(period, "to"));
        }
        if (Fields.has(m, "approximate") && Fields.flag(m, "approximate")) {
            return Qualifier.of(Qualifier.Kind.APPROXIMATE);
        }
        if (Fields.has(m, "bound")) {
            return Qualifier.of(Qualifier.Kind.valueOf(Fields.string(m, "bound").toUpperCase(java.util.Locale.ROOT)));
        }
        if (Fields.has(m, "up_to")) {
            return Qualifier.range(decimal(Fields.string(m, "up_to")));
        }
        return Qualifier.EXACT;
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text.replace("_", "").replace("+", ""));
    }

    private boolean idMatches(YamlNode.Mapping map, String name, String what) {
        String id = Fields.string(map, "id");
        if (!id.equals(name)) {
            problems.error(map.get("id").position(), "id", "folder".equals(what) ? "cop.idFolder" : "cop.idFile", name, id);
            return false;
        }
        return true;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    private Optional<Path> existing(Path file) {
        if (!Files.exists(file)) {
            problems.error(file, "", "file.missing");
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
