package fr.imt.portal.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a long-running preview keeps of the source files it read (their parsed tree, their text),
 * by path, with the size and modification time each had: after an edit, only the files that
 * changed are read again. A build's keeps nothing (see {@link KeptSources}). What is kept must be
 * immutable, since it is handed out again.
 */
final class KeptFiles<T> {

    private final boolean keeping;

    private record Kept<T>(long size, FileTime modified, T value) {}

    private final Map<Path, Kept<T>> kept = new ConcurrentHashMap<>();

    KeptFiles(boolean keeping) {
        this.keeping = keeping;
    }

    /** What was kept of {@code file} if it has not changed since ({@code attributes} are its current ones). */
    Optional<T> get(Path file, BasicFileAttributes attributes) {
        Kept<T> k = keeping ? kept.get(file) : null;
        if (k != null && k.size() == attributes.size() && k.modified().equals(attributes.lastModifiedTime())) {
            return Optional.of(k.value());
        }
        return Optional.empty();
    }

    /** Keeps {@code value} for {@code file} as it was with {@code attributes}, or forgets the file when {@code value} is null. */
    void put(Path file, BasicFileAttributes attributes, T value) {
        if (keeping && value != null) {
            kept.put(file, new Kept<>(attributes.size(), attributes.lastModifiedTime(), value));
        } else {
            kept.remove(file);
        }
    }

    /** The text of {@code file}, read again only if it changed since it was kept. */
    static String text(KeptFiles<String> texts, Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Optional<String> known = texts.get(file, attributes);
        if (known.isPresent()) {
            return known.get();
        }
        String text = Files.readString(file);
        texts.put(file, attributes, text);
        return text;
    }
}
