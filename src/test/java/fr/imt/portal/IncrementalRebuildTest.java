package fr.imt.portal;


import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code serve} does after an edit (reload the content, render only the pages whose data
 * changed, rewrite only the search files whose bytes changed) must leave exactly the files a
 * full build writes. Each step edits the real content, rebuilds incrementally, then compares
 * every file of the preview with a fresh full build of the same sources.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalRebuildTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    static Path tmp;
    static Path source;
    static Path preview;
    static Preview site;
    static int pages;

    @BeforeAll
    static void fullBuild() {
        source = TestSites.real(tmp.resolve("site"));
        preview = tmp.resolve("preview");
        site = new Preview(() -> new SiteBuilder.Options(source, preview, TODAY));
        SiteBuilder.Report first = site.rebuild(false);
        assertTrue(first.published(), first.renderingErrors().toString());
        pages = first.pages();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    @Order(1)
    void anUnchangedSiteRendersNothing() {
        SiteBuilder.Report again = site.rebuild(true);
        assertTrue(again.published());
        assertEquals(0, again.rendered(), "every page's data equals the previous rebuild's");
        assertSameAsFullBuild();
    }

    @Test
    @Order(2)
    void anActionsNewStatusAndTextReachEveryPageThatShowsThem() {
        edit("content/hrs4r/actions/18.yaml", "status: planned", "status: in_progress");
        edit("content/hrs4r/actions/18.yaml", "Créer un guide bilingue", "Rédiger un guide bilingue");
        SiteBuilder.Report report = site.rebuild(true);
        assertTrue(report.published(), report.problems().errors().toString());
        assertTrue(report.rendered() > 0 && report.rendered() < pages / 5,
                "only the pages showing action 18 are rendered: " + report.rendered() + " of " + pages);
        assertTrue(report.built() >= report.rendered() && report.built() < pages / 5,
                "only the pages showing action 18 are even built: " + report.built() + " of " + pages);
        assertSameAsFullBuild();
    }

    @Test
    @Order(3)
    void aPrinciplesMarkdownChangeIsRenderedAndIndexed() {
        Path gaps = source.resolve("content/hrs4r/principles/recruitment/gaps.en.md");
        write(gaps, read(gaps) + "\n\nA sentence with the word zanzibarisation for the search index.\n");
        SiteBuilder.Report report = site.rebuild(true);
        assertTrue(report.published());
        assertTrue(report.rendered() < pages / 5, report.rendered() + " of " + pages);
        assertSameAsFullBuild();
    }

    @Test
    @Order(4)
    void aNewsPostAddedThenRemovedLeavesNoTrace() {
        Path post = source.resolve("content/news/2026-11-02-preview-test.en.md");
        write(post, "---\ndate: 2026-11-02\ntitle: \"A post written while previewing\"\n---\nIts text.\n");
        assertTrue(site.rebuild(true).published());
        assertSameAsFullBuild();
        delete(post);
        assertTrue(site.rebuild(true).published());
        assertSameAsFullBuild();
    }

    @Test
    @Order(5)
    void aContentErrorKeepsThePreviewAndTheNextFixCatchesUp() {
        Map<String, byte[]> before = TestSites.files(preview);
        edit("content/hrs4r/actions/18.yaml", "status: in_progress", "status: finished");
        SiteBuilder.Report broken = site.rebuild(true);
        assertTrue(broken.problems().hasErrors());
        assertEquals(before.keySet(), TestSites.files(preview).keySet());
        edit("content/hrs4r/actions/18.yaml", "status: finished", "status: done");
        assertTrue(site.rebuild(true).published());
        assertSameAsFullBuild();
    }

    /**
     * Every kind of file under {@code content/}, as a glob, with the file of that kind an edit case
     * changes ("" when another case of this class edits, adds or removes such a file). A new kind
     * of content fails {@link #everyKindOfContentFileHasAnEditCase} until it is given one, so no
     * page can miss a source declaration for it unnoticed.
     */
    private static final Map<String, String> KINDS = kinds(
            "hrs4r/pillars.yaml", "hrs4r/pillars.yaml",
            "hrs4r/departments.yaml", "hrs4r/departments.yaml",
            "hrs4r/principles/*/principle.yaml", "hrs4r/principles/assessment/principle.yaml",
            "hrs4r/principles/*/gaps.*.md", "hrs4r/principles/recruitment/gaps.fr.md",
            "hrs4r/principles/*/initiatives.*.md", "hrs4r/principles/assessment/initiatives.fr.md",
            "hrs4r/actions/*.yaml", "hrs4r/actions/05.yaml",
            "cop/contract.yaml", "cop/contract.yaml",
            "cop/ambition.*.md", "cop/ambition.en.md",
            "cop/parts/*.md", "cop/parts/growth-scenario.fr.md",
            "cop/units.yaml", "cop/units.yaml",
            "cop/objectives/*.yaml", "cop/objectives/M2.yaml",
            "cop/objectives/*.md", "cop/objectives/M3.fr.md",
            "cop/milestones/*.yaml", "cop/milestones/J3.yaml",
            "cop/indicators/*.yaml", "cop/indicators/degree-students.yaml",
            "cop/schools/*/school.yaml", "cop/schools/imt-atlantique/school.yaml",
            "cop/schools/*/summary.*.md", "cop/schools/telecom-paris/summary.fr.md",
            "cop/schools/*/positioning.*.md", "cop/schools/eurecom/positioning.en.md",
            "cop/schools/*/comments.*.md", "cop/schools/imt-bs/comments.fr.md",
            "cop/parts/*.md", "cop/parts/growth-scenario.fr.md",
            "pages/otm-r.yaml", "pages/otm-r.yaml",
            "pages/pages.yaml", "", // aChangeToTheFrameOfEveryPageBuildsEveryPage
            "pages/*.md", "pages/legal-notice.en.md",
            "news/*.md", "", // aNewsPostAddedThenRemovedLeavesNoTrace
            "search/synonyms.*.txt", ""); // aNewSynonymReachesTheSearchIndex

    private static Map<String, String> kinds(String... globsAndFiles) {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (int i = 0; i < globsAndFiles.length; i += 2) {
            kinds.put(globsAndFiles[i], globsAndFiles[i + 1]);
        }
        return kinds;
    }

    static Stream<String> editedFiles() {
        return KINDS.values().stream().filter(file -> !file.isEmpty());
    }

    @Test
    @Order(0)
    void everyKindOfContentFileHasAnEditCase() throws IOException {
        Path content = TestSites.PROJECT.resolve("content");
        List<String> uncovered = new ArrayList<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path relative = content.relativize(file);
                // The schemas and the editors' documentation are not part of the site.
                if (relative.startsWith("schemas") || relative.getNameCount() == 1) {
                    continue;
                }
                if (KINDS.keySet().stream().noneMatch(glob -> matches(glob, relative))) {
                    uncovered.add(relative.toString());
                }
            }
        }
        assertEquals(List.of(), uncovered, "files of a kind no edit case covers: add one to KINDS");
        KINDS.forEach((glob, file) -> assertTrue(file.isEmpty() || (matches(glob, Path.of(file))
                && Files.exists(content.resolve(file))), file + " is a file of the kind " + glob));
    }

    private static boolean matches(String glob, Path relative) {
        return FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(relative);
    }

    /**
     * An edit to one file of each kind (its first French text, or a sentence added to its
     * Markdown) is shown wherever a full build shows it: the pages a rebuild leaves unbuilt,
     * because they do not declare that entity among their sources, must not show it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("editedFiles")
    @Order(6)
    void anEditToAnyKindOfEntityReachesEveryPageThatShowsIt(String file) {
        Path edited = source.resolve("content").resolve(file);
        String text = read(edited);
        if (file.endsWith(".md")) {
            write(edited, text + "\n\nUne phrase ajoutée pendant l'aperçu.\n");
        } else {
            assertTrue(text.contains("fr: \""), file);
            write(edited, text.replaceFirst("fr: \"", "fr: \"Zzédition "));
        }
        SiteBuilder.Report report = site.rebuild(true);
        assertTrue(report.published(), report.problems().errors().toString());
        assertTrue(report.rendered() > 0, "the edit of " + file + " shows on some page");
        assertSameAsFullBuild();
    }

    @Test
    @Order(7)
    void aPrinciplesRatingAndAnIndicatorsValueReachEveryPageThatShowsThem() {
        edit("content/hrs4r/principles/assessment/principle.yaml", "rating: \"-/+\"", "rating: \"+/+\"");
        edit("content/cop/indicators/degree-students.yaml", "2024: 14460", "2024: 14470");
        assertTrue(site.rebuild(true).published());
        assertSameAsFullBuild();
    }

    @Test
    @Order(8)
    void aChangeToTheFrameOfEveryPageBuildsEveryPage() {
        edit("content/pages/pages.yaml", "title: {fr: \"Mentions légales\"", "title: {fr: \"Mentions légales du portail\"");
        SiteBuilder.Report report = site.rebuild(true);
        assertTrue(report.published(), report.problems().errors().toString());
        SiteBuilder.Report unchanged = site.rebuild(true);
        assertTrue(report.built() > unchanged.built() * 5 && report.rendered() >= pages / 3,
                "a footer link's new French title is on every French page: " + report.built() + " built, " + report.rendered()
                        + " rendered; " + unchanged.built() + " built when nothing changed");
        assertSameAsFullBuild();
    }

    @Test
    @Order(9)
    void aNewSynonymReachesTheSearchIndex() {
        Map<String, byte[]> before = TestSites.files(preview);
        Path synonyms = source.resolve("content/search/synonyms.fr.txt");
        write(synonyms, read(synonyms) + "zanzibarisation, recrutement\n");
        SiteBuilder.Report report = site.rebuild(true);
        assertTrue(report.published(), report.problems().errors() + " " + report.renderingErrors());
        Map<String, byte[]> after = TestSites.files(preview);
        assertTrue(after.keySet().stream().anyMatch(f -> f.startsWith("search/fr/") && !Arrays.equals(before.get(f), after.get(f))),
                "the French search files hold the new synonym");
        assertSameAsFullBuild();
    }

    /**
     * Compares the preview with a full build of the same sources. Every step builds into the same
     * folder, as CI rebuilds {@code target/site}: over the build before the last, which gives the
     * files of a build into an empty folder ({@link RepeatedBuildTest}) without creating thousands
     * of files again at each step.
     */
    private static void assertSameAsFullBuild() {
        Path full = tmp.resolve("full");
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(source, full, TODAY));
        assertTrue(report.published());
        TestSites.assertSameFiles(full, preview);
    }

    private static void edit(String file, String from, String to) {
        TestSites.edit(source.resolve(file), from, to);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        TestSites.write(file, text);
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
