package fr.imt.portal.content;

import fr.imt.portal.model.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading source files directly: a YAML file checked against its shape, a Markdown text beside
 * its entity, what a preview keeps from one load to the next (only files that changed are read
 * again) and what a build keeps (nothing), and a file that is not UTF-8.
 */
class SourceFilesTest {

    /** A site whose sources are French, as IMT's: its translation field is english:. */
    private static final Languages FRENCH_SOURCES = Languages.of("fr, en");

    private static final Shape.Group SHAPE = Shape.group(Shape.Field.required("number", Shape.wholeNumber(1, 99), "the action's number in the plan"),
            Shape.Field.optional("english", SourceFiles.TRANSLATION, "where the English text comes from"));

    @Test
    void aFileThatFitsItsShapeIsReadAndOneThatDoesNotIsAProblem(@TempDir Path dir) throws IOException {
        Path good = write(dir, "01.yaml", "number: 1\nenglish: translation\n");
        Path bad = write(dir, "02.yaml", "number: 100\ntitle: \"<b>x</b>\"\n");
        Problems problems = new Problems();
        SourceFiles files = new SourceFiles(KeptSources.none(), FRENCH_SOURCES);
        assertTrue(files.read(good, SHAPE, problems).isPresent());
        assertEquals(List.of("english check.unreviewed"), problems.warnings().stream().map(p -> p.field() + " " + p.message().key()).toList(),
                "a file that fits gets the editorial warnings too");
        assertEquals(Optional.empty(), files.read(bad, SHAPE, problems));
        assertEquals(List.of("number shape.found", "title shape.unknownField", "title text.html"), problems.errors().stream()
                .map(p -> p.field() + " " + p.message().key()).sorted().toList());
        Map<Path, Optional<YamlNode.Mapping>> all = files.readAll(List.of(bad, good), SHAPE, new Problems());
        assertEquals(List.of(bad, good), List.copyOf(all.keySet()), "in the order given");
        assertTrue(all.get(good).isPresent());
        assertFalse(all.get(bad).isPresent());
    }

    @Test
    void onASiteWhoseSourcesAreEnglishTheTranslationFieldIsFrench(@TempDir Path dir) throws IOException {
        Languages english = Languages.of("en, fr");
        Shape.Group shape = Shape.group(Shape.Field.required("number", Shape.wholeNumber(1, 99), "the action's number in the plan"),
                SourceFiles.translation(english, "text"));
        SourceFiles files = new SourceFiles(KeptSources.none(), english);
        Problems problems = new Problems();
        assertTrue(files.read(write(dir, "01.yaml", "number: 1\nfrench: translation\n"), shape, problems).isPresent());
        assertEquals(List.of("french check.unreviewed"), problems.warnings().stream().map(p -> p.field() + " " + p.message().key()).toList());
        assertEquals(Optional.empty(), files.read(write(dir, "02.yaml", "number: 2\nenglish: translation\n"), shape, problems));
        assertEquals(List.of("english shape.unknownField", "french shape.missing"), problems.errors().stream()
                .map(p -> p.field() + " " + p.message().key()).sorted().toList(), "a leftover english: is a field the shape does not know");
    }

    @Test
    void aPreviewReadsAgainOnlyTheFilesThatChanged(@TempDir Path dir) throws IOException {
        Path file = write(dir, "01.yaml", "number: 1\n");
        SourceFiles preview = new SourceFiles(KeptSources.forPreview(), FRENCH_SOURCES);
        YamlNode first = preview.tree(file, new Problems()).orElseThrow();
        assertSame(first, preview.tree(file, new Problems()).orElseThrow(), "unchanged: the same tree");
        YamlNode.Mapping read = preview.read(file, SHAPE, new Problems()).orElseThrow();
        assertSame(first, read);
        Files.writeString(file, "number: 2\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        YamlNode second = preview.tree(file, new Problems()).orElseThrow();
        assertNotSame(first, second);
        assertEquals("2", ((YamlNode.Scalar) ((YamlNode.Mapping) second).get("number")).text());

        SourceFiles build = new SourceFiles(KeptSources.none(), FRENCH_SOURCES);
        assertNotSame(build.tree(file, new Problems()).orElseThrow(), build.tree(file, new Problems()).orElseThrow(), "a build keeps nothing");
    }

    @Test
    void aFileWithAMistakeIsNotKeptAndSaysItAgain(@TempDir Path dir) throws IOException {
        Path file = write(dir, "01.yaml", "number: [1\n");
        SourceFiles preview = new SourceFiles(KeptSources.forPreview(), FRENCH_SOURCES);
        Problems first = new Problems();
        assertTrue(preview.tree(file, first).isEmpty());
        Problems second = new Problems();
        preview.tree(file, second);
        assertEquals(first.errors().size(), second.errors().size());
        assertTrue(second.hasErrors());
    }

    @Test
    void aPreviewKeepsAMarkdownTextUntilItChanges(@TempDir Path dir) throws IOException {
        Path file = write(dir, "gaps.fr.md", "Texte.\n");
        SourceFiles preview = new SourceFiles(KeptSources.forPreview(), FRENCH_SOURCES);
        String first = preview.text(file);
        assertSame(first, preview.text(file));
        Files.writeString(file, "Autre texte.\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        assertEquals("Autre texte.\n", preview.text(file));
    }

    @Test
    void proseIsReadBesideItsEntityAndAMissingOrEmptyOneIsSaid(@TempDir Path dir) throws IOException {
        Path owner = write(dir, "principle.yaml", "id: a\n");
        write(dir, "gaps.fr.md", "Les écarts.\n");
        write(dir, "gaps.en.md", " \n");
        SourceFiles files = new SourceFiles(KeptSources.none(), FRENCH_SOURCES);
        Problems problems = new Problems();
        assertEquals("Les écarts.\n", files.prose(dir, "gaps", "fr", owner, problems));
        assertEquals(" \n", files.prose(dir, "gaps", "en", owner, problems));
        assertEquals("", files.prose(dir, "initiatives", "fr", owner, problems));
        assertEquals("", files.prose(dir, "initiatives", "en", owner, problems));
        assertEquals(List.of("gaps.en.md gaps prose.emptyEnglish [] ", "principle.yaml initiatives prose.missingEnglish [initiatives.en.md, principle.yaml] ",
                        "principle.yaml initiatives prose.missingFrench [initiatives.fr.md, principle.yaml] "),
                problems.errors().stream().map(p -> p.position().file().getFileName() + " " + p.field() + " " + p.message().key() + " "
                        + p.message().args() + " ").toList());
        write(dir, "gaps.fr.md", " ");
        Problems empty = new Problems();
        files.prose(dir, "gaps", "fr", owner, empty);
        assertEquals(List.of("prose.emptyFrench"), empty.errors().stream().map(p -> p.message().key()).toList());
    }

    @Test
    void aFileNotInUtf8IsSaidSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("01.yaml");
        Files.write(file, new byte[] {'n', ':', ' ', (byte) 0xE9, '\n'});
        Problems problems = new Problems();
        assertTrue(new SourceFiles(KeptSources.none(), FRENCH_SOURCES).tree(file, problems).isEmpty());
        assertEquals(List.of(YamlReader.NOT_UTF8), problems.errors().stream().map(p -> p.message().key()).toList());
        Problems missing = new Problems();
        new SourceFiles(KeptSources.none(), FRENCH_SOURCES).tree(dir.resolve("absent.yaml"), missing);
        assertEquals(List.of("file.unreadable"), missing.errors().stream().map(p -> p.message().key()).toList());
    }

    @Test
    void filesAndFoldersAreListedByName(@TempDir Path dir) throws IOException {
        write(dir, "b/02.yaml", "");
        write(dir, "b/01.yaml", "");
        write(dir, "b/notes.md", "");
        write(dir, "a/x.yaml", "");
        assertEquals(List.of(dir.resolve("b/01.yaml"), dir.resolve("b/02.yaml")), SourceFiles.list(dir.resolve("b"), ".yaml"));
        assertEquals(List.of(dir.resolve("a"), dir.resolve("b")), SourceFiles.folders(dir));
        assertEquals(List.of(), SourceFiles.list(dir.resolve("absent"), ".yaml"));
        assertEquals(List.of(), SourceFiles.folders(dir.resolve("absent")));
        assertEquals(List.of(dir.resolve("b/01.yaml")), List.copyOf(new SourceFiles(KeptSources.none(), FRENCH_SOURCES)
                .readEach(List.of(dir.resolve("a"), dir.resolve("b")), "01.yaml", Shape.group(), new Problems()).keySet()));
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
