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

    public Hrs4r(List<Pillar> pillars, List<Principle> principles, List<Action> actions, List<Department> departments) {
        this.pillars = pillars.stream().sorted(Comparator.comparingInt(Pillar::number)).toList();
        this.principles = principles.stream().sorted(Comparator.comparingInt(Principle::order)).toList();
        this.actions = actions.stream().sorted(Comparator.comparingInt(Action::number)).toList();
        this.departments = List.copyOf(departments);
        this.pillarsById = index(this.pillars, Pillar::id);
        this.principlesById = index(this.principles, Principle::id);
        this.departmentsById = index(this.departments, Department::id);
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
        return principles.stream().filter(p -> p.pillar().equals(pillar)).toList();
    }

    public List<Action> actionsOf(PillarId pillar) {
        return actions.stream().filter(a -> a.pillar().equals(pillar)).toList();
    }

    public List<Action> actionsServing(PrincipleId principle) {
        return actions.stream().filter(a -> a.principles().contains(principle)).toList();
    }

    private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
        return values.stream().collect(Collectors.toMap(key, v -> v, (a, b) -> a, LinkedHashMap::new));
    }
}
