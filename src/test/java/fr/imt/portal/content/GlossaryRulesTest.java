package fr.imt.portal.content;

import fr.imt.portal.model.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The glossary's rule on a small content folder of its own: a listed variant (any case, plural
 * included) in an English text we wrote is a warning at its file, line and column naming the
 * term to use; IMT's own English, the term itself, transcribers' notes and French are left alone.
 */
class GlossaryRulesTest {

    /** A site whose sources are French, as IMT's: its translation field is english:. */
    private static final Languages FRENCH_SOURCES = Languages.of("fr, en");

    private static final String GLOSSARY = "terms:\n"
            + "  - fr: \"enseignant-chercheur\"\n    en: \"academic staff\"\n    source: \"ours\"\n    variants: [\"faculty member\", \"staff\"]\n"
            + "  - fr: \"doctorant\"\n    en: \"doctoral candidate\"\n    source: \"ours\"\n    variants: [\"PhD student\"]\n";

    @Test
    void aVariantInOurEnglishIsAWarningAtItsPlace(@TempDir Path content) throws IOException {
        write(content, "glossary.yaml", GLOSSARY);
        write(content, "hrs4r/actions/01.yaml", "english: translation\ntext: {fr: \"Les doctorants\", en: \"Our PhD Students and faculty members\"}\n"
                + "source_notes: [\"the source says PhD student\"]\n");
        write(content, "hrs4r/principles/a/principle.yaml", "english: reviewed\n");
        write(content, "hrs4r/principles/a/gaps.en.md", "First line.\nHelp for faculty members, then a PhD student.\n");
        write(content, "hrs4r/principles/a/gaps.fr.md", "PhD student en français n'est pas vérifié.\n");
        List<Problem> warnings = check(content);
        assertEquals(List.of("hrs4r/actions/01.yaml 2:39 PhD Students", "hrs4r/actions/01.yaml 2:56 faculty members",
                        "hrs4r/principles/a/gaps.en.md 2:10 faculty members", "hrs4r/principles/a/gaps.en.md 2:34 PhD student"),
                warnings.stream().map(p -> content.relativize(p.position().file()).toString().replace('\\', '/') + " "
                        + p.position().line() + ":" + p.position().column() + " " + p.message().args().get(0)).sorted().toList());
        Problem first = warnings.stream().filter(p -> p.message().args().get(0).equals("PhD Students")).findFirst().orElseThrow();
        assertEquals("glossary.variant", first.message().key());
        assertEquals("en", first.field());
        assertEquals(List.of("PhD Students", "doctoral candidate", "doctorant"), first.message().args());
    }

    @Test
    void theTermItselfIsNotItsOwnVariant(@TempDir Path content) throws IOException {
        write(content, "glossary.yaml", GLOSSARY);
        write(content, "pages/pages.yaml", "english: translation\npages:\n  - title: {fr: a, en: \"Academic staff and staff-room\"}\n");
        List<Problem> warnings = check(content);
        assertEquals(List.of(), warnings.stream().map(p -> p.message().args().get(0)).toList(),
                "\"staff\" inside \"academic staff\", and \"staff-room\", are not the variant");
    }

    @Test
    void imtsOwnEnglishIsNotChecked(@TempDir Path content) throws IOException {
        write(content, "glossary.yaml", GLOSSARY);
        write(content, "cop/schools/alpha/school.yaml", "english: original\nname: {fr: a, en: \"PhD student school\"}\n");
        write(content, "cop/schools/alpha/summary.en.md", "For PhD students.\n");
        write(content, "cop/objectives/M1.yaml", "english: original\n");
        write(content, "cop/objectives/M1.en.md", "PhD students.\n");
        write(content, "cop/contract.yaml", "english: translation\n");
        write(content, "cop/ambition.en.md", "Our PhD students.\n");
        write(content, "schemas/notes.yaml", "en: \"PhD student\"\n");
        assertEquals(List.of("cop/ambition.en.md"), check(content).stream()
                .map(p -> content.relativize(p.position().file()).toString().replace('\\', '/')).toList(), "the contract's English is ours");
    }

    @Test
    void aSiteWhoseSourcesAreEnglishHasOnlyItsOwnEnglishAndNoneIsChecked(@TempDir Path content) throws IOException {
        write(content, "glossary.yaml", GLOSSARY);
        write(content, "hrs4r/actions/01.yaml", "french: translation\ntext: {fr: \"Les doctorants\", en: \"Our PhD students\"}\n");
        write(content, "pages/legal.en.md", "PhD student\n");
        assertEquals(List.of("hrs4r/actions/01.yaml", "pages/legal.en.md"), check(content).stream()
                .map(p -> content.relativize(p.position().file()).toString().replace('\\', '/')).sorted().toList(),
                "the same files on a site whose sources are French");
        Problems problems = new Problems();
        new Glossary(content, problems, new SourceFiles(KeptSources.none(), Languages.of("en, fr")), new Sources(content)).check();
        assertEquals(List.of(), problems.errors());
        assertEquals(List.of(), problems.warnings());
    }

    @Test
    void aSiteWithoutGlossaryOrTermsChecksNothing(@TempDir Path content) throws IOException {
        write(content, "pages/legal.en.md", "PhD student\n");
        assertTrue(check(content).isEmpty());
        write(content, "glossary.yaml", "terms: []\n");
        Problems problems = new Problems();
        new Glossary(content, problems, new SourceFiles(KeptSources.none(), FRENCH_SOURCES), new Sources(content)).check();
        assertEquals(List.of("terms"), problems.errors().stream().map(Problem::field).toList(), "at least one term");
        assertTrue(problems.warnings().isEmpty());
    }

    private static List<Problem> check(Path content) {
        Problems problems = new Problems();
        new Glossary(content, problems, new SourceFiles(KeptSources.none(), FRENCH_SOURCES), new Sources(content)).check();
        assertEquals(List.of(), problems.errors());
        return problems.warnings();
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
