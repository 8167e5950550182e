package fr.imt.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two builds of the same sources on the same day write the same bytes: the real site's build
 * shared by the run (made earlier, by another class's first use) and one made here.
 */
@ExtendWith(SharedBuilds.class)
class BuildReproducibilityTest {

    @TempDir
    Path tmp;

    @Test
    void twoBuildsOfTheSameSourcesAreByteIdentical(SharedBuilds.Sites sites) throws IOException {
        SharedBuilds.Built shared = sites.realInPlace();
        assertEquals(TestSites.PROJECT, shared.source());
        Path a = shared.output();
        Path b = tmp.resolve("b");
        assertTrue(shared.report().published());
        assertTrue(SiteBuilder.build(new SiteBuilder.Options(TestSites.PROJECT, b, SharedBuilds.TODAY)).published());
        List<Path> filesA = files(a);
        List<Path> filesB = files(b);
        assertEquals(filesA, filesB);
        assertTrue(filesA.size() > 100);
        for (Path f : filesA) {
            assertTrue(Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f))), "differs: " + f);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
