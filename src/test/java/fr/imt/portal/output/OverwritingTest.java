package fr.imt.portal.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A file written over in place holds exactly the new bytes and counts as written by this build. */
class OverwritingTest {

    @TempDir
    Path tmp;

    @Test
    void shorterBytesOverALongerFileLeaveNothingOfTheOldOnes() throws IOException {
        Path file = tmp.resolve("page.html");
        Files.writeString(file, "<p>a long page of the build before the last</p>");
        Overwriting.write(file, "<p>short</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<p>short</p>", Files.readString(file));
    }

    @Test
    void aNewFileIsCreatedAndAStreamWrittenInPiecesKeepsThemInOrder() throws IOException {
        Path file = tmp.resolve("new.json");
        try (OutputStream out = Overwriting.open(file)) {
            out.write('[');
            out.write("1,2".getBytes(StandardCharsets.UTF_8));
            out.write(']');
        }
        assertArrayEquals("[1,2]".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void aFileWrittenEmptyOverAStaleOneIsNoLongerStale() throws IOException {
        for (String before : new String[] {"stale text", ""}) {
            Path file = tmp.resolve("empty-over-" + before.length());
            Files.writeString(file, before);
            Files.setLastModifiedTime(file, SpareFiles.STALE);
            Overwriting.write(file, new byte[0]);
            assertEquals(0, Files.size(file));
            assertNotEquals(SpareFiles.STALE, Files.getLastModifiedTime(file),
                    "the sweep before publishing would delete a file written empty over " + (before.isEmpty() ? "an empty" : "a longer") + " one");
        }
    }
}
