package fr.imt.portal.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * The mark a build puts on the files it writes over (the previous build's spare, see
 * {@code fr.imt.portal.publish.Publication}): a spare's file still dated {@link #STALE} when the
 * build ends was not written again, and is deleted before publishing.
 */
public final class SpareFiles {

    /** The modification time of a spare's file that this build has not written (yet). */
    public static final FileTime STALE = FileTime.from(Instant.EPOCH);

    private SpareFiles() {}

    /**
     * Tells the publication that {@code file}, already in the staging folder with the right
     * bytes, belongs to this build although it was not written again.
     */
    public static void keep(Path file) throws IOException {
        if (Files.getLastModifiedTime(file).equals(STALE)) {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        }
    }

    /** Whether {@code file}, in a staging folder, is there and belongs to this build (it is not a stale file of a spare). */
    public static boolean belongs(Path file) {
        try {
            return Files.isRegularFile(file) && !Files.getLastModifiedTime(file).equals(STALE);
        } catch (IOException e) {
            return false;
        }
    }
}
