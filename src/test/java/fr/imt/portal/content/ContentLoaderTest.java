package fr.imt.portal.content;

import fr.imt.portal.TestSites;
import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The first stage as a whole, on copies of the fixture site {@code progress}: a model only
 * without errors, nothing read when a source leads out of the site, stray files said only once
 * the rest is right, the links the prose makes to the site's paths, and a shallow clone's dates.
 */
class ContentLoaderTest {

    static final Path FIXTURE = Path.of("src/test/resources/sites/progress/content").toAbsolutePath();
    /** The publisher's time zone (site.properties), in which files are dated. */
    static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void theProsesLinksToTheSitesPathsAreCollectedWithTheirPlace(@TempDir Path tmp) {
        Path content = copy(tmp);
        TestSites.write(content.resolve("cop/ambition.en.md"), "The ambition.\n\nSee [action 2](/en/actions/2/).\n");
        ContentLoader.Result result = ContentLoader.load(content, TODAY, PARIS);
        assertTrue(result.portal().isPresent());
        List<String> links = result.siteLinks().stream()
                .map(l -> content.relativize(l.at().file()).toString().replace('\\', '/') + ":" + l.at().line() + ":" + l.at().column() + " " + l.path())
                .toList();
        assertEquals(List.of("cop/ambition.en.md:3:16 /en/actions/2/"), links);
    }

    @Test
    void anErrorMeansNoModelButEveryProblemAndNoStrayFileIsSaidBeforeTheRestIsRight(@TempDir Path tmp) {
        Path content = copy(tmp);
        TestSites.write(content.resolve("hrs4r/actions/30.yml"), "number: 30\n");
        ContentLoader.Result strays = ContentLoader.load(content, TODAY, PARIS);
        assertTrue(strays.portal().isEmpty());
        assertEquals(List.of("source.strayYml"), keys(strays.problems()));
        TestSites.edit(content.resolve("hrs4r/actions/01.yaml"), "status: in_progress   #", "status: started   #");
        Problems problems = ContentLoader.check(content, TODAY);
        assertEquals(List.of("shape.found"), keys(problems), "the stray file waits until the rest is right");
        assertFalse(problems.warnings().isEmpty(), "warnings are reported with the errors");
    }

    @Test
    void aSourceLeadingOutOfTheSiteStopsEverythingElse(@TempDir Path tmp) throws IOException {
        Path content = copy(tmp);
        Files.writeString(tmp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(content.resolve("pages.yaml"), tmp.resolve("secret.txt"));
        TestSites.edit(content.resolve("hrs4r/actions/01.yaml"), "status: in_progress", "status: started");
        ContentLoader.Result result = ContentLoader.load(content, TODAY, PARIS);
        assertTrue(result.portal().isEmpty());
        assertEquals(List.of("source.linkOutside"), keys(result.problems()), "the content is not read");
        assertEquals(List.of(), result.problems().warnings());
    }

    @Test
    void aShallowCloneIsAWarningThatDatesAreWrong(@TempDir Path tmp) throws Exception {
        Path content = copy(tmp);
        // A repository with one commit: git log has history to read.
        for (List<String> command : List.of(List.of("git", "init", "-q"), List.of("git", "add", "."),
                List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "x"))) {
            assertEquals(0, new ProcessBuilder(command).directory(tmp.resolve("site").toFile()).redirectErrorStream(true).start().waitFor(), command.toString());
        }
        Files.createFile(tmp.resolve("site/.git/shallow"));
        ContentLoader.Result result = ContentLoader.load(content, TODAY, PARIS);
        assertTrue(result.portal().isPresent(), () -> result.problems().errors().stream().map(p -> p.describe(content, Lang.EN)).toList().toString());
        assertTrue(result.problems().warnings().stream().anyMatch(p -> p.message().key().equals("content.shallowClone")));
        Files.delete(tmp.resolve("site/.git/shallow"));
        assertTrue(ContentLoader.load(content, TODAY, PARIS).problems().warnings().stream().noneMatch(p -> p.message().key().equals("content.shallowClone")));
        assertTrue(ContentLoader.check(content, TODAY).warnings().stream().noneMatch(p -> p.message().key().equals("content.shallowClone")),
                "a check reads no history");
    }

    private static Path copy(Path tmp) {
        Path content = tmp.resolve("site/content");
        TestSites.copyTree(FIXTURE, content);
        return content;
    }

    private static List<String> keys(Problems problems) {
        return problems.errors().stream().map(p -> p.message().key()).toList();
    }
}
