package fr.imt.portal.model;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The HRS4R half of the portal: pillars, principles, actions and departments, with every
 * reference between them already checked at load time, and the lookups the pages need.
 */
public final class Hrs4r {

    private final List<Pillar> pillars;
    private final List<Principle> principles;
    private final List<Action> actions;
    private final List<Department> departments;
    private final Map<PillarId, Pillar> pillarsById;
    private final Map<PrincipleId, Principle> principlesById;
    private final Map<DepartmentId, Department> departmentsById;
    private final Map<PillarId, List<Principle>> principlesByPillar;
    private final Map<PillarId, List<Action>> actionsByPillar;
    private final Map<PrincipleId, List<Action>> actionsByPrinciple;

    public Hrs4r(List<Pillar> pillars, List<Principle> principles, List<Action> actions, List<Department> departments) {
        this.pillars = pillars.stream().sorted(Comparator.comparingInt(Pillar::number)).toList();
        this.principles = principles.stream().sorted(Comparator.comparingInt(Principle::order)).toList();
        this.actions = actions.stream().sorted(Comparator.comparingInt(Action::number)).toList();
        this.departments = List.copyOf(departments);
        this.pillarsById = index(this.pillars, Pillar::id);
        this.principlesById = index(this.principles, Principle::id);
        this.departmentsById = index(this.departments, Department::id);
        // Lists of a pillar or a principle, in the order of the whole lists: pages ask for each of them.
        this.principlesByPillar = group(this.principles.stream().map(p -> Map.entry(p.pillar(), p)).toList());
        this.actionsByPillar = group(this.actions.stream().map(a -> Map.entry(a.pillar(), a)).toList());
        this.actionsByPrinciple = group(this.actions.stream()
                .flatMap(a -> a.principles().stream().distinct().map(p -> Map.entry(p, a))).toList());
    }

    public List<Pillar> pillars() {
        return pillars;
    }

    public List<Principle> principles() {
        return principles;
    }

    public List<Action> actions() {
        return actions;
    }

    public List<Department> departments() {
        return departments;
    }

    public Pillar pillar(PillarId id) {
        return pillarsById.get(id);
    }

    public Principle principle(PrincipleId id) {
        return principlesById.get(id);
    }

    public Department department(DepartmentId id) {
        return departmentsById.get(id);
    }

    public List<Principle> principlesOf(PillarId pillar) {
        return principlesByPillar.getOrDefault(pillar, List.of());
    }

    public List<Action> actionsOf(PillarId pillar) {
        return actionsByPillar.getOrDefault(pillar, List.of());
    }

    public List<Action> actionsServing(PrincipleId principle) {
        return actionsByPrinciple.getOrDefault(principle, List.of());
    }

    private static <K, V> Map<K, List<V>> group(List<Map.Entry<K, V>> pairs) {
        return pairs.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new));
    }
}
