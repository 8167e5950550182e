package fr.imt.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rebuild that fails for another reason than the content (here site.properties is moved away
 * while {@code serve} runs) is reported, not thrown: {@code serve} goes on serving the last good
 * site, and the next rebuild, once the cause is gone, is a full one.
 */
class PreviewFailureTest {

    @TempDir
    Path tmp;

    @Test
    void aRebuildThatFailsIsReportedAndTheNextOneCatchesUp() throws IOException {
        Path source = TestSites.fixture("valid", tmp);
        Path out = tmp.resolve("preview");
        Path settings = source.resolve("site.properties");
        Path aside = tmp.resolve("site.properties.aside");
        try (Preview preview = new Preview(() -> new SiteBuilder.Options(source, out, LocalDate.of(2026, 11, 20)))) {
            assertTrue(preview.rebuild(false).published());
            Files.move(settings, aside);

            SiteBuilder.Report failed = preview.rebuild(false);
            assertFalse(failed.published());
            assertTrue(failed.problems().errors().stream().anyMatch(p -> p.position().file().endsWith("site.properties")),
                    "the failure is reported, naming the missing file");
            assertTrue(Files.readString(out.resolve("en/actions/3/index.html")).contains("Fictional future action"),
                    "the last good site is still there");

            Files.move(aside, settings, StandardCopyOption.REPLACE_EXISTING);
            Path action = source.resolve("content/hrs4r/actions/03.yaml");
            Files.writeString(action, Files.readString(action).replace("Fictional future action", "Edited future action"));
            SiteBuilder.Report next = preview.rebuild(true);
            assertTrue(next.published(), next.renderingErrors().toString());
            assertTrue(Files.readString(out.resolve("en/actions/3/index.html")).contains("Edited future action"));
        }
    }
}
