package fr.imt.portal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The COP 2023-2027 half of the portal: the contract, its objectives, milestones, indicators
 * and the schools' fact sheets, with every reference checked at load time, and the lookups the
 * pages need. {@link #EMPTY} stands for a site without COP content.
 */
public final class Cop {

    /**
     * The contract as a whole: title, years (its own, the previous contract's, the first of the
     * schools' tables), ambition text, themes and domains, and the parts of the contract published
     * as text pages of their own (its introduction, the growth scenario…).
     */
    public record Contract(Text title, int firstYear, int lastYear, int referenceYear, Period previous,
                           int schoolTablesFirstYear, Text ambition, Translation translation, List<Theme> themes,
                           List<Domain> domains, List<Part> parts) {

        /** The contract's years as the contract writes them: « 2023-2027 ». */
        public String years() {
            return firstYear + "-" + lastYear;
        }
    }

    /** A contract's years, and the year its reference values are of. */
    public record Period(int firstYear, int lastYear, int referenceYear) {

        /** « 2018-2022 ». */
        public String years() {
            return firstYear + "-" + lastYear;
        }
    }

    /** A part of the contract published as its own page, transcribed in Markdown (see content/FORMAT.md). */
    public record Part(String id, Text title, Text markdown) {}

    public static final Cop EMPTY = new Cop(null, List.of(), List.of(), List.of(), List.of(), List.of());

    private final Contract contract;
    private final List<Unit> units;
    private final List<Objective> objectives;
    private final List<Milestone> milestones;
    private final List<Indicator> indicators;
    private final List<School> schools;
    private final Map<UnitId, Unit> unitsById;
    private final Map<IndicatorId, Indicator> indicatorsById;
    private final Map<ObjectiveId, Objective> objectivesById;
    private final Map<SchoolId, School> schoolsById;
    /** What pages look up for each objective and indicator, in the lists' order (a large site has thousands). */
    private final Map<ObjectiveId, List<Milestone>> milestonesByObjective;
    private final Map<ObjectiveId, List<Indicator>> indicatorsByObjective;
    private final Map<IndicatorId, List<Indicator>> childrenByParent;
    /** The schools' rows by indicator, indexed when first asked (pages ask for every indicator). */
    private volatile Map<IndicatorId, Map<School, SchoolObjective>> schoolRows;

    public Cop(Contract contract, List<Unit> units, List<Objective> objectives, List<Milestone> milestones,
               List<Indicator> indicators, List<School> schools) {
        this.contract = contract;
        this.units = List.copyOf(units);
        // M1-M4 then T1-T5, as in the contract.
        this.objectives = objectives.stream().sorted(Comparator.comparing((Objective o) -> o.kind())
                .thenComparing(o -> o.id().value())).toList();
        this.milestones = milestones.stream().sorted(Comparator.comparingInt(Milestone::number)).toList();
        this.indicators = List.copyOf(indicators);
        this.schools = List.copyOf(schools);
        this.unitsById = index(this.units, Unit::id);
        this.indicatorsById = index(this.indicators, Indicator::id);
        this.objectivesById = index(this.objectives, Objective::id);
        this.schoolsById = index(this.schools, School::id);
        this.milestonesByObjective = group(this.milestones, m -> m.objective().stream());
        this.indicatorsByObjective = group(this.indicators, i -> i.objectives().stream());
        this.childrenByParent = group(this.indicators, i -> i.parent().stream());
    }

    public boolean isEmpty() {
        return contract == null;
    }

    public Contract contract() {
        return contract;
    }

    public List<Unit> units() {
        return units;
    }

    public List<Objective> objectives() {
        return objectives;
    }

    public List<Milestone> milestones() {
        return milestones;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public List<School> schools() {
        return schools;
    }

    public Unit unit(UnitId id) {
        return unitsById.get(id);
    }

    public Indicator indicator(IndicatorId id) {
        return indicatorsById.get(id);
    }

    public Objective objective(ObjectiveId id) {
        return objectivesById.get(id);
    }

    public School school(SchoolId id) {
        return schoolsById.get(id);
    }

    public List<Milestone> milestonesOf(ObjectiveId objective) {
        return milestonesByObjective.getOrDefault(objective, List.of());
    }

    public List<Indicator> indicatorsOf(ObjectiveId objective) {
        return indicatorsByObjective.getOrDefault(objective, List.of());
    }

    /** The indicators that break {@code parent} down, in the indicators' order. */
    public List<Indicator> childrenOf(IndicatorId parent) {
        return childrenByParent.getOrDefault(parent, List.of());
    }

    /** The schools' rows that feed {@code indicator}, by school, in the schools' order. */
    public Map<School, SchoolObjective> schoolRowsFor(IndicatorId indicator) {
        Map<IndicatorId, Map<School, SchoolObjective>> rows = schoolRows;
        if (rows == null) {
            Map<IndicatorId, Map<School, SchoolObjective>> index = new HashMap<>();
            for (School s : schools) {
                for (SchoolObjective o : s.objectives()) {
                    // A school's first row for an indicator; schools in their order.
                    o.indicator().ifPresent(i -> index.computeIfAbsent(i, k -> new LinkedHashMap<>()).putIfAbsent(s, o));
                }
            }
            index.replaceAll((i, bySchool) -> Collections.unmodifiableMap(bySchool));
            schoolRows = rows = index;
        }
        return rows.getOrDefault(indicator, Map.of());
    }

    /** Each key's values, in the order of {@code values}; a value counted once per key. */
    private static <K, V> Map<K, List<V>> group(List<V> values, Function<V, Stream<K>> keys) {
        Map<K, List<V>> out = new HashMap<>();
        for (V v : values) {
            keys.apply(v).distinct().forEach(k -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
        }
        out.replaceAll((k, list) -> List.copyOf(list));
        return out;
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new));
    }
}
