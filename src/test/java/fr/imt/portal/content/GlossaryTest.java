package fr.imt.portal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site's English vocabulary is checked: the real content uses only the glossary's English,
 * and an English text we wrote that uses a listed variant gets a warning at its file, line and
 * column naming the term to use, while IMT's own English (english: original) is left alone.
 */
class GlossaryTest {

    static final Path CONTENT = Path.of("content").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static List<Problem> glossaryWarnings(Path content) {
        return ContentLoader.check(content, TODAY).warnings().stream()
                .filter(p -> p.message().key().equals("glossary.variant")).toList();
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void theRealContentUsesOnlyTheGlossarysEnglish() {
        List<Problem> warnings = glossaryWarnings(CONTENT);
        assertTrue(warnings.isEmpty(), () -> warnings.stream().map(p -> p.describe(CONTENT, fr.imt.portal.model.Lang.EN)).toList().toString());
    }

    @Test
    void aVariantInOurTranslationIsAWarningAtItsPlace(@TempDir Path temp) throws IOException {
        Path content = temp.resolve("content");
        copy(CONTENT, content);
        Path t4 = content.resolve("cop/objectives/T4.en.md");
        List<String> lines = Files.readAllLines(t4);
        lines.set(0, "Our faculty members and " + lines.get(0));
        Files.write(t4, lines);
        List<Problem> warnings = glossaryWarnings(content);
        assertEquals(1, warnings.size(), warnings.toString());
        Problem p = warnings.get(0);
        assertEquals(t4, p.position().file());
        assertEquals(1, p.position().line());
        assertEquals(5, p.position().column());
        String text = p.message(fr.imt.portal.model.Lang.EN);
        assertTrue(text.contains("« faculty members »") && text.contains("« academic staff »"), text);
    }

    @Test
    void imtsOwnEnglishIsNotChecked(@TempDir Path temp) throws IOException {
        Path content = temp.resolve("content");
        copy(CONTENT, content);
        try (Stream<Path> folders = Files.list(content.resolve("hrs4r/principles"))) {
            Path principle = folders.filter(Files::isDirectory).findFirst().orElseThrow();
            assertTrue(Files.readString(principle.resolve("principle.yaml")).contains("english: original"));
            Files.writeString(principle.resolve("gaps.en.md"), "\n\nPhD students and faculty members.\n",
                    java.nio.file.StandardOpenOption.APPEND);
        }
        assertTrue(glossaryWarnings(content).isEmpty());
    }
}
