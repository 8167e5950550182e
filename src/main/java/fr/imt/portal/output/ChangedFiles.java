package fr.imt.portal.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writing a file only when its bytes differ from what is already there: a preview rebuild in
 * place rewrites only what changed, and a full build writing over the previous build's spare
 * (see {@code fr.imt.portal.publish.Publication}) keeps the files that are already right.
 */
public final class ChangedFiles {

    private ChangedFiles() {}

    /** Writes {@code bytes} to {@code file} unless it already holds them; true when written. */
    public static boolean write(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length && Arrays.equals(Files.readAllBytes(file), bytes)) {
            SpareFiles.keep(file);
            return false;
        }
        Files.createDirectories(file.getParent());
        Overwriting.write(file, bytes);
        return true;
    }
}
