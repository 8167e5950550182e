package fr.imt.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A test site's site.properties, edited a setting at a time as an editor would, line numbers kept. */
public record SettingsFile(Path file) {

    /** Sets {@code key} to {@code value} at the line that sets it, and returns that line. */
    public int set(String key, String value) throws IOException {
        int line = lineOf(key);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(line - 1, key + "=" + value);
        Files.write(file, lines);
        return line;
    }

    /** Removes the line that sets {@code key}. */
    public void remove(String key) throws IOException {
        int line = lineOf(key);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.remove(line - 1);
        Files.write(file, lines);
    }

    /** The line (from 1) that sets {@code key}. */
    public int lineOf(String key) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(key + "=")) {
                return i + 1;
            }
        }
        throw new AssertionError(key + " is not set in " + file.getFileName());
    }
}
