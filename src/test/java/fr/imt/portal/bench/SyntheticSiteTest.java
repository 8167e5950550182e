package fr.imt.portal.bench;

import fr.imt.portal.SharedBuilds;
import fr.imt.portal.SiteBuilder;
import fr.imt.portal.TestSites;
import fr.imt.portal.content.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The benchmark's synthetic site at twice the real content is a valid site that builds through
 * the real pipeline into about twice the pages, with references inside each copy, varied texts
 * and a larger vocabulary: what the benchmark's figures at 10 and 100 times rely on.
 */
@ExtendWith(SharedBuilds.class)
class SyntheticSiteTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Path REAL = TestSites.PROJECT;

    @TempDir
    static Path temp;

    private static Path doubled;
    private static SiteBuilder.Report realBuild;
    private static SiteBuilder.Report doubledBuild;
    private static Path doubledSite;

    @BeforeAll
    static void generateAndBuild(SharedBuilds.Sites sites) {
        doubled = temp.resolve("x2");
        SyntheticSite.generate(new SyntheticSite.Options(REAL, doubled, 2, 2027, 12));
        realBuild = sites.realInPlace().report();
        doubledSite = temp.resolve("x2-out/site");
        doubledBuild = SiteBuilder.build(new SiteBuilder.Options(doubled, doubledSite, TODAY));
    }

    @Test
    void doubledSiteValidatesWithoutError() {
        List<Problem> errors = SiteBuilder.validate(doubled).errors();
        assertTrue(errors.isEmpty(), () -> errors.stream().limit(20).map(Object::toString)
                .collect(Collectors.joining("\n", "the synthetic site has errors:\n", "")));
    }

    @Test
    void doubledSiteBuildsAboutTwiceThePages() throws IOException {
        assertTrue(realBuild.published() && doubledBuild.published(), "both sites build and publish");
        int real = realBuild.pages();
        int doubledPages = doubledBuild.pages();
        // Each repeated entity is one page per language; the pillars, objectives and prose pages stay once.
        int repeated = count(REAL.resolve("content/hrs4r/principles"), true) + count(REAL.resolve("content/hrs4r/actions"), false)
                + count(REAL.resolve("content/cop/indicators"), false) + count(REAL.resolve("content/cop/schools"), true);
        int news = 12;
        assertTrue(doubledPages >= real + 2 * repeated + 2 * news,
                "expected at least " + (real + 2 * repeated + 2 * news) + " pages, built " + doubledPages);
        double ratio = doubledPages / (double) real;
        // The pages that stay once (home, lists, prose pages, the folders' pages) keep it under 2.
        assertTrue(ratio > 1.6 && ratio < 2.3, "about twice the " + real + " real pages, built " + doubledPages);
    }

    @Test
    void copiedActionLinksToThePrinciplesOfItsOwnCopy() throws IOException {
        int copied = maxActionNumber() + 1;
        Document page = Jsoup.parse(doubledSite.resolve("fr/actions/" + copied + "/index.html").toFile(), "UTF-8");
        Set<String> principleLinks = page.select("main a[href*=/principes/]").eachAttr("href").stream()
                .collect(Collectors.toSet());
        assertFalse(principleLinks.isEmpty(), "action " + copied + " links to its principles");
        assertTrue(principleLinks.stream().allMatch(h -> h.matches(".*/principes/[a-z0-9-]+-x1/")),
                "every principle cited by the copied action is in copy 1: " + principleLinks);
    }

    @Test
    void copiedProseKeepsItsMarkdownStructureAndLengthButNotItsWords() throws IOException {
        Path principles = REAL.resolve("content/hrs4r/principles");
        String id;
        try (Stream<Path> folders = Files.list(principles)) {
            id = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        for (String name : List.of("gaps.fr.md", "gaps.en.md", "initiatives.fr.md")) {
            String real = Files.readString(principles.resolve(id).resolve(name));
            String copy = Files.readString(doubled.resolve("content/hrs4r/principles").resolve(id + "-x1").resolve(name));
            assertNotEquals(real, copy, name + " of the copy is varied");
            assertEquals(real.split("\n\n").length, copy.split("\n\n").length, name + " keeps its paragraphs");
            assertEquals(real.lines().filter(l -> l.startsWith("- ") || l.startsWith("#")).count(),
                    copy.lines().filter(l -> l.startsWith("- ") || l.startsWith("#")).count(), name + " keeps its lists and headings");
            double ratio = copy.length() / (double) real.length();
            assertTrue(ratio > 0.85 && ratio < 1.15, name + " keeps about its length: " + real.length() + " → " + copy.length());
            assertEquals(real, Files.readString(doubled.resolve("content/hrs4r/principles").resolve(id).resolve(name)),
                    "copy 0 is the real content, byte for byte");
        }
    }

    @Test
    void vocabularyGrowsSublinearly() throws IOException {
        int real = vocabulary(REAL.resolve("content"));
        int twice = vocabulary(doubled.resolve("content"));
        assertTrue(twice > real * 1.15, "new words at twice the content: " + real + " → " + twice);
        assertTrue(twice < real * 2, "fewer than twice the words (vocabularies grow slower than text): " + real + " → " + twice);
    }

    @Test
    void generationIsDeterministic() throws IOException {
        Path again = temp.resolve("x2-again");
        SyntheticSite.generate(new SyntheticSite.Options(REAL, again, 2, 2027, 12));
        List<Path> files = listFiles(doubled);
        assertEquals(files, listFiles(again), "the same files");
        for (Path file : files) {
            assertEquals(Files.readString(doubled.resolve(file)), Files.readString(again.resolve(file)), file + " is the same");
        }
    }

    @Test
    void refusesToReplaceAFolderItDidNotWrite() throws IOException {
        Path foreign = temp.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("notes.txt"), "keep me");
        assertThrows(IllegalArgumentException.class,
                () -> SyntheticSite.generate(new SyntheticSite.Options(REAL, foreign, 2, 2027, 12)));
        assertEquals("keep me", Files.readString(foreign.resolve("notes.txt")));
    }

    private static int count(Path folder, boolean folders) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return (int) entries.filter(p -> folders ? Files.isDirectory(p) : p.toString().endsWith(".yaml")).count();
        }
    }

    private static int maxActionNumber() throws IOException {
        try (Stream<Path> files = Files.list(REAL.resolve("content/hrs4r/actions"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("\\d+\\.yaml"))
                    .mapToInt(n -> Integer.parseInt(n.replace(".yaml", ""))).max().orElseThrow();
        }
    }

    private static int vocabulary(Path content) throws IOException {
        Set<String> words = new HashSet<>();
        Pattern word = Pattern.compile("\\p{L}{2,}");
        for (Path file : listFiles(content)) {
            Matcher m = word.matcher(Files.readString(content.resolve(file)));
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words.size();
    }

    private static List<Path> listFiles(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
