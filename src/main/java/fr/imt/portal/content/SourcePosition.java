package fr.imt.portal.content;

import java.nio.file.Path;

/** A place in a source file an editor can jump to: the file, a 1-based line and column. */
public record SourcePosition(Path file, int line, int column) {

    /** The start of a file, for problems that concern a file as a whole. */
    public static SourcePosition startOf(Path file) {
        return new SourcePosition(file, 1, 1);
    }
}
