package fr.imt.portal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site folder as a whole, checked directly on small folders: only the site's own files are
 * read (a link out of it, broken or in a loop is refused), content files are at most 1 MB, the
 * settings hold no invisible character, and every file of content/ is one a loader read.
 */
class SourceTreeTest {

    @Test
    void aSiteOfPlainFilesIsAccepted(@TempDir Path site) throws IOException {
        write(site, "content/hrs4r/pillars.yaml", "english: original\n");
        write(site, "templates/page.ftl", "<p></p>");
        write(site, "assets/css/site.css", "p{}");
        write(site, "site.properties", "site.title=Portail\\tIMT\n");
        Problems problems = new Problems();
        assertTrue(SourceTree.check(site, problems));
        assertEquals(List.of(), problems.errors());
    }

    @Test
    void aLinkInsideTheSiteIsFollowedAndOneLeadingOutIsRefused(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        write(site, "content/hrs4r/pillars.yaml", "english: original\n");
        write(site, "assets/img/logo.svg", "<svg/>");
        write(tmp, "secret.txt", "secret");
        Files.createSymbolicLink(site.resolve("content/hrs4r/copy.yaml"), site.resolve("content/hrs4r/pillars.yaml"));
        Files.createSymbolicLink(site.resolve("assets/leak.txt"), tmp.resolve("secret.txt"));
        Problems problems = new Problems();
        assertFalse(SourceTree.check(site, problems), "nothing else is read");
        assertEquals(List.of("assets/leak.txt source.linkOutside"), describe(site, problems));
        assertEquals(List.of(tmp.resolve("secret.txt").toRealPath().toString()), problems.errors().get(0).message().args());
    }

    @Test
    void aBrokenLinkAndALinkToItsOwnFolderAreRefused(@TempDir Path site) throws IOException {
        write(site, "content/hrs4r/pillars.yaml", "english: original\n");
        Files.createSymbolicLink(site.resolve("content/hrs4r/gone.yaml"), site.resolve("content/nowhere.yaml"));
        Files.createSymbolicLink(site.resolve("content/hrs4r/loop"), site.resolve("content"));
        Files.createDirectories(site.resolve("templates"));
        Files.createSymbolicLink(site.resolve("templates/partials"), site.resolve("assets"));
        Files.createDirectories(site.resolve("assets"));
        Problems problems = new Problems();
        assertFalse(SourceTree.check(site, problems));
        assertEquals(List.of("content/hrs4r/gone.yaml source.brokenLink", "content/hrs4r/loop source.linkLoop"), describe(site, problems),
                "a link to another folder of the site is fine");
        assertEquals(List.of("content"), problems.errors().get(1).message().args());
    }

    @Test
    void theSettingsFileAsALinkIsCheckedAsOne(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        Files.createDirectories(site);
        write(tmp, "other.properties", "site.title=x\n");
        Files.createSymbolicLink(site.resolve("site.properties"), tmp.resolve("other.properties"));
        Problems problems = new Problems();
        assertFalse(SourceTree.check(site, problems));
        assertEquals(List.of("site.properties source.linkOutside"), describe(site, problems));
    }

    @Test
    void aContentFileOverOneMegabyteIsRefusedButNotAnAsset(@TempDir Path site) throws IOException {
        write(site, "content/pages/big.fr.md", "a".repeat(1024 * 1024 + 1));
        write(site, "content/pages/fits.fr.md", "a".repeat(1024 * 1024));
        write(site, "assets/img/photo.jpg", "a".repeat(2 * 1024 * 1024));
        Problems problems = new Problems();
        assertFalse(SourceTree.check(site, problems));
        assertEquals(List.of("content/pages/big.fr.md source.tooLarge"), describe(site, problems));
        assertEquals(List.of("1024", "1024"), problems.errors().get(0).message().args());
    }

    @Test
    void aGitFolderInsideTheSiteIsNotWalked(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        write(site, "content/.git/big", "a".repeat(1024 * 1024 + 1));
        Problems problems = new Problems();
        assertTrue(SourceTree.check(site, problems));
    }

    @Test
    void anInvisibleCharacterInTheSettingsWrittenOrEscapedIsRefused(@TempDir Path site) throws IOException {
        write(site, "site.properties", "site.title=Portail\u0007\nsite.lead=a\\u0000b \\u001b \\u0009 \\u000A \\u000d \\uFEFF\n");
        Problems problems = new Problems();
        assertFalse(SourceTree.check(site, problems));
        assertEquals(List.of("1:19 text.invisible", "2:12 setting.controlEscape", "2:20 setting.controlEscape", "2:48 setting.controlEscape"),
                problems.errors().stream().map(p -> p.position().line() + ":" + p.position().column() + " " + p.message().key()).toList());
        assertEquals(List.of("\\u0000"), problems.errors().get(1).message().args());
    }

    @Test
    void settingsNotInUtf8AreReadAsLatin1(@TempDir Path site) throws IOException {
        Files.createDirectories(site);
        Files.write(site.resolve("site.properties"), new byte[] {'a', '=', (byte) 0xE9, '\n'});
        Problems problems = new Problems();
        assertTrue(SourceTree.check(site, problems));
    }

    @Test
    void aMissingSiteFolderIsNotThisChecksToReport(@TempDir Path tmp) {
        Problems problems = new Problems();
        assertTrue(SourceTree.check(tmp.resolve("absent"), problems));
        assertEquals(List.of(), problems.errors());
    }

    @Test
    void everyContentFileNoLoaderReadIsSaid(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        for (String file : List.of("hrs4r/pillars.yaml", "hrs4r/actions/30.yml", "hrs4r/principles/a/gaps.de.md", "cop/report.docx",
                "FORMAT.md", "GUIDE.fr.md", "glossary.yaml", "search/synonyms.fr.txt", "schemas/action.schema.json", "schemas/notes.json",
                ".editorconfig", "hrs4r/actions/01.yaml~", "hrs4r/.drafts/02.yaml", "pages/legal.FR.MD")) {
            write(content, file, "x");
        }
        Problems problems = new Problems();
        SourceTree.strays(content, Set.of("hrs4r/pillars.yaml"), problems);
        assertEquals(List.of("hrs4r/actions/30.yml source.strayYml", "hrs4r/principles/a/gaps.de.md source.stray",
                "pages/legal.FR.MD source.stray"), describe(content, problems));
        assertEquals(List.of("cop/report.docx source.strayOther", "schemas/notes.json source.strayOther"), problems.warnings().stream()
                .map(p -> content.relativize(p.position().file()).toString().replace('\\', '/') + " " + p.message().key()).toList());
        Problems none = new Problems();
        SourceTree.strays(tmp.resolve("absent"), Set.of(), none);
        assertEquals(List.of(), none.errors());
    }

    private static List<String> describe(Path root, Problems problems) {
        return problems.errors().stream()
                .map(p -> root.relativize(p.position().file()).toString().replace('\\', '/') + " " + p.message().key()).toList();
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
