package fr.imt.portal.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files each entity was read from, recorded by the loaders as they read them (keys from
 * {@link fr.imt.portal.model.Provenance}), so that a page can say when its content last changed.
 */
final class Sources {

    private final Path contentRoot;
    private final Map<String, List<String>> files = new LinkedHashMap<>();

    Sources(Path contentRoot) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
    }

    /** Records that {@code entity} is made from {@code paths} (files under the content folder). */
    synchronized void record(String entity, Path... paths) {
        List<String> list = files.computeIfAbsent(entity, k -> new ArrayList<>());
        for (Path path : paths) {
            String relative = contentRoot.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
            if (!list.contains(relative)) {
                list.add(relative);
            }
        }
    }

    /** {@code name.fr.md} and {@code name.en.md} in {@code folder}. */
    static Path[] prose(Path folder, String name) {
        return new Path[]{folder.resolve(name + ".fr.md"), folder.resolve(name + ".en.md")};
    }

    synchronized Map<String, List<String>> byEntity() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        files.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    synchronized Set<String> allFiles() {
        Set<String> all = new LinkedHashSet<>();
        files.values().forEach(all::addAll);
        return all;
    }
}
