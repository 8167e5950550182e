package fr.imt.portal.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identifiers defined and referred to across files. Every definition and every reference is
 * recorded with its position while files are read; {@link #check} then reports duplicated
 * identifiers and references to nothing, all at once.
 */
final class References {

    private static final String EVERY = "*";
    /** How many of the files a broken definition holds back are named. */
    private static final int SHOWN = 3;

    private record Use(String kind, String id, SourcePosition at, String field) {}

    /** The kinds of identifiers, as editors read them. */
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("pillar", "kind.pillar"),
            Map.entry("department", "kind.department"), Map.entry("principle", "kind.principle"),
            Map.entry("action", "kind.action"), Map.entry("page", "kind.page"), Map.entry("otm-r stage", "kind.otmrStage"),
            Map.entry("theme", "kind.theme"), Map.entry("domain", "kind.domain"), Map.entry("unit", "kind.unit"),
            Map.entry("objective", "kind.objective"), Map.entry("milestone", "kind.milestone"),
            Map.entry("indicator", "kind.indicator"), Map.entry("school", "kind.school"));

    private static Message kind(String kind) {
        return Message.of(KINDS.get(kind));
    }

    private final Map<String, Map<String, SourcePosition>> defined = new LinkedHashMap<>();
    private final List<Use> uses = new ArrayList<>();
    /** Identifiers whose defining file has errors, by kind: what their references wait for ("*": every one of the kind). */
    private final Map<String, Map<String, Path>> broken = new LinkedHashMap<>();

    /** Records a definition; a second definition of the same identifier is reported at once. */
    synchronized boolean define(String kind, String id, SourcePosition at, String field, Problems problems) {
        Map<String, SourcePosition> ofKind = defined.computeIfAbsent(kind, k -> new LinkedHashMap<>());
        SourcePosition first = ofKind.putIfAbsent(id, at);
        if (first != null) {
            problems.error(at, field, "ref.duplicate", kind(kind), id, first.file().getFileName().toString(),
                    String.valueOf(first.line()));
            return false;
        }
        return true;
    }

    /**
     * Records that {@code id} would be defined by {@code file}, which has errors: references to it
     * are then not reported again, and the file's first error says what else it holds back.
     */
    synchronized void broken(String kind, String id, Path file) {
        broken.computeIfAbsent(kind, k -> new LinkedHashMap<>()).putIfAbsent(id, file);
    }

    /** Every identifier of {@code kind} is defined in {@code file}, which has errors. */
    void brokenKind(String kind, Path file) {
        broken(kind, EVERY, file);
    }

    synchronized void refer(String kind, String id, SourcePosition at, String field) {
        uses.add(new Use(kind, id, at, field));
    }

    /** Records a reference for every item of a list field of {@code map}, a file's top level. */
    void referAll(String kind, YamlNode.Mapping map, String key) {
        referAll(kind, map, key, "");
    }

    /**
     * Records a reference for every item of a list field of {@code map}, which is written at
     * {@code at} in its file (such as {@code stages[2]}), so that a problem names the whole path.
     */
    void referAll(String kind, YamlNode.Mapping map, String key, String at) {
        List<YamlNode> items = Fields.items(map, key);
        for (int i = 0; i < items.size(); i++) {
            YamlNode.Scalar s = (YamlNode.Scalar) items.get(i);
            refer(kind, s.text(), s.position(), FieldPath.item(FieldPath.child(at, key), i));
        }
    }

    void referOne(String kind, YamlNode.Mapping map, String key) {
        referOne(kind, map, key, "");
    }

    /** Records the reference of field {@code key} of {@code map}, written at {@code at} in its file. */
    void referOne(String kind, YamlNode.Mapping map, String key, String at) {
        YamlNode node = map.get(key);
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
            refer(kind, s.text(), s.position(), FieldPath.child(at, key));
        }
    }

    synchronized void check(Problems problems) {
        record Cause(Path file, String kind) {}
        Map<Cause, List<Use>> held = new LinkedHashMap<>();
        for (Use use : uses) {
            Map<String, SourcePosition> ofKind = defined.getOrDefault(use.kind(), Map.of());
            Map<String, Path> brokenOfKind = broken.getOrDefault(use.kind(), Map.of());
            Path cause = brokenOfKind.getOrDefault(use.id(), brokenOfKind.get(EVERY));
            if (!ofKind.containsKey(use.id()) && cause != null) {
                held.computeIfAbsent(new Cause(cause, use.kind()), c -> new ArrayList<>()).add(use);
            } else if (!ofKind.containsKey(use.id())) {
                problems.error(use.at(), use.field(), "ref.unknown", kind(use.kind()), use.id(),
                        ofKind.isEmpty() ? Message.of("list.none") : List.copyOf(ofKind.keySet()));
            }
        }
        held.forEach((cause, heldUses) -> {
            List<String> ids = heldUses.stream().map(Use::id).distinct().map(id -> "\"" + id + "\"").toList();
            List<Path> files = heldUses.stream().map(u -> u.at().file()).distinct().toList();
            List<Object> shown = new ArrayList<>(files.stream().limit(SHOWN).map(References::shortName).toList());
            if (files.size() > SHOWN) {
                shown.add(Message.of("list.more", files.size() - SHOWN));
            }
            problems.addConsequence(cause.file(), Message.of("ref.heldBack", kind(cause.kind()), ids, ids.size(),
                    files.size(), shown));
        });
    }

    /** A file as an editor finds it among its neighbours: its folder and its name. */
    private static String shortName(Path file) {
        Path folder = file.getParent();
        return (folder == null ? "" : folder.getFileName() + "/") + file.getFileName();
    }
}
