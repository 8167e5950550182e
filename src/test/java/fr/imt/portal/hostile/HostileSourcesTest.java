package fr.imt.portal.hostile;

import fr.imt.portal.CommandRun;
import fr.imt.portal.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile and broken sources, each planted in its own copy of a minimal valid site and built
 * through the real command line ({@code build --strict}). A source the generator must refuse
 * gives exit code 1, a plain message at its file and line, no stack trace, and leaves the
 * previously published site byte for byte as it was. A source it must publish (injected markup,
 * links that would run code) gives a site in which every output format, read as its readers
 * read it, holds nothing live (see {@link OutputSafety}).
 */
class HostileSourcesTest {

    private static final String TODAY = "2026-11-20";
    private static final String AMBITION = "content/cop/ambition.fr.md";
    private static final String RISING = "content/cop/indicators/rising.yaml";
    private static final String ACTION = "content/hrs4r/actions/03.yaml";
    private static final String NEWS = "content/news/2025-07-01-seulement.fr.md";
    private static final String SUMMARY = "content/cop/schools/alpha/summary.fr.md";
    private static final String GAPS = "content/hrs4r/principles/open-science/gaps.fr.md";
    private static final String UNITS = "content/cop/units.yaml";
    private static final String J1 = "content/cop/milestones/J1.yaml";

    @TempDir
    static Path tmp;
    static Path base;
    /** The HRS4R-only site, for cases that need only a Markdown text. */
    static Path small;
    static Path outside;
    static Path published;
    static Map<String, byte[]> before;
    static final AtomicInteger SITES = new AtomicInteger();

    /** One hostile source: what it plants in the site, and what the build must do with it. */
    private record Case(String kind, String name, Consumer<HostileSite> plant, Expect expect) {}

    private sealed interface Expect permits Refused, Published {}

    /** Refused: a line of the report begins with {@code where} ("file:line:" or more) and holds {@code words}. */
    private record Refused(String where, String words) implements Expect {}

    /**
     * Published: nothing live anywhere, {@code marker} (when given) reached the site, and {@code check}
     * holds. A {@code small} case needs only prose: it is planted in the HRS4R-only site, half the pages.
     */
    private record Published(String marker, String[] buildOptions, Consumer<Path> check, boolean small) implements Expect {
        Published(String marker, String[] buildOptions, Consumer<Path> check) {
            this(marker, buildOptions, check, false);
        }
    }

    @BeforeAll
    static void publishTheValidSite() throws IOException {
        base = TestSites.fixture("progress", tmp.resolve("base"));
        // The fixture's warnings (English not reviewed, a late action, unreported steps) are
        // removed, so that --strict refuses a case for the planted source only.
        try (Stream<Path> files = Files.walk(base.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.writeString(file, Files.readString(file).replace("english: translation", "english: reviewed"));
            }
        }
        TestSites.edit(base.resolve("content/hrs4r/actions/01.yaml"), "deadline: \"Q1 2024\"", "deadline: \"Q4 2027\"");
        TestSites.edit(base.resolve(J1), "    text: {fr: \"Étape 2025 sans compte rendu\", en: \"Step 2025 not reported\"}\n",
                "    text: {fr: \"Étape 2025 sans compte rendu\", en: \"Step 2025 not reported\"}\n    status: done\n    reported: 2025-12-01\n");
        TestSites.edit(base.resolve(J1), "    status: planned\n", "");
        small = TestSites.fixture("valid", tmp.resolve("small"));
        try (Stream<Path> files = Files.walk(small.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.writeString(file, Files.readString(file).replace("english: translation", "english: reviewed"));
            }
        }
        TestSites.edit(small.resolve("content/hrs4r/actions/01.yaml"), "deadline: \"Q1 2024\"", "deadline: \"Q4 2027\"");
        outside = tmp.resolve("outside");
        TestSites.write(outside.resolve("secret.md"), "SECRET-OUTSIDE-TEXT\n");
        TestSites.write(outside.resolve("secret.yaml"), Files.readString(base.resolve(ACTION)).replace("Action fictive future", "SECRET-OUTSIDE-TEXT"));
        TestSites.write(outside.resolve("folder/secret.txt"), "SECRET-OUTSIDE-TEXT\n");
        TestSites.copyTree(base.resolve("templates"), outside.resolve("templates"));
        published = tmp.resolve("published");
        CommandRun run = build(base, published);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().isBlank(), "the minimal site has no warning: " + run.err());
        before = TestSites.files(published);
    }

    private static CommandRun build(Path source, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--strict", "--source", source.toString(), "--out", out.toString(), "--today", TODAY));
        args.addAll(Arrays.asList(options));
        return CommandRun.english(args.toArray(String[]::new));
    }

    @TestFactory
    Stream<DynamicNode> hostileSources() {
        Map<String, List<Case>> byKind = new LinkedHashMap<>();
        for (Case c : cases()) {
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
        }
        return byKind.entrySet().stream().map(kind -> DynamicContainer.dynamicContainer(
                kind.getKey() + " (" + kind.getValue().size() + " cases)",
                kind.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)))));
    }

    private static void run(Case c) {
        Path root = tmp.resolve("case-" + SITES.incrementAndGet());
        TestSites.copyTree(c.expect() instanceof Published p && p.small() ? small : base, root);
        HostileSite site = new HostileSite(root, outside);
        c.plant().accept(site);
        if (c.expect() instanceof Refused refused) {
            CommandRun run = build(root, published);
            String report = run.out() + run.err();
            assertEquals(1, run.exitCode(), report);
            assertPlainWords(report);
            assertTrue(run.err().lines().anyMatch(l -> l.startsWith(refused.where()) && l.contains(refused.words())),
                    () -> "expected a line starting with " + refused.where() + " holding \"" + refused.words() + "\" in:\n" + report);
            assertTrue(run.err().contains("Nothing was published; the previous site is unchanged."), report);
            assertSameSite();
        } else if (c.expect() instanceof Published expected) {
            // One output folder for every published case, each build writing over the one before
            // the last and leaving only its own files (RepeatedBuildTest), as CI rebuilds a site.
            Path out = tmp.resolve("out");
            CommandRun run = build(root, out, expected.buildOptions());
            String report = run.out() + run.err();
            assertEquals(0, run.exitCode(), report);
            assertPlainWords(report);
            OutputSafety.assertNothingLive(out);
            if (expected.marker() != null) {
                assertTrue(TestSites.files(out).values().stream().anyMatch(b -> new String(b, StandardCharsets.UTF_8).contains(expected.marker())),
                        "the planted text " + expected.marker() + " is somewhere in the site (the case reached the output)");
            }
            expected.check().accept(out);
        }
        TestSites.deleteTree(root);
    }

    private static void assertPlainWords(String report) {
        for (String trace : List.of("Exception", "\tat ", "at fr.imt", "at java.", "Error:", "StackOverflow", "OutOfMemory")) {
            assertFalse(report.contains(trace), () -> "no stack trace or exception name (" + trace + ") in:\n" + report);
        }
    }

    private static void assertSameSite() {
        Map<String, byte[]> after = TestSites.files(published);
        assertEquals(before.keySet(), after.keySet(), "the published site has the same files");
        List<String> changed = before.keySet().stream().filter(f -> !Arrays.equals(before.get(f), after.get(f))).toList();
        assertEquals(List.of(), changed, "files of the published site whose bytes changed");
    }

    @Test
    void schemasNeverWritesThroughALinkOutOfTheSite() throws IOException {
        Path secret = tmp.resolve("outside-schemas/secret.yaml");
        TestSites.write(secret, "number: 3\n");
        HostileSite site = new HostileSite(tmp.resolve("schemas-site"), outside);
        TestSites.copyTree(base, site.root);
        site.link(ACTION, secret);
        CommandRun run = CommandRun.english("schemas", "--source", site.root.toString());
        assertPlainWords(run.out() + run.err());
        assertEquals("number: 3\n", Files.readString(secret), "the file outside the site is unchanged");
    }

    @Test
    void newPostNeverWritesThroughALinkOutOfTheSite() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("outside-news"));
        HostileSite site = new HostileSite(tmp.resolve("news-site"), outside);
        TestSites.copyTree(base, site.root);
        site.link("content/news", folder);
        CommandRun run = CommandRun.english("new", "news", "--source", site.root.toString(), "--slug", "fuite", "--today", TODAY);
        assertPlainWords(run.out() + run.err());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("leads out of the site folder"), run.err());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList(), "nothing was written outside the site");
        }
    }

    // ---- The cases -------------------------------------------------------------------------------

    private static List<Case> cases() {
        List<Case> all = new ArrayList<>();
        outsideFiles(all);
        crashes(all);
        wrongContent(all);
        unsafeLinks(all);
        injections(all);
        return all;
    }

    private static Case refused(String kind, String name, String where, String words, Consumer<HostileSite> plant) {
        return new Case(kind, name, plant, new Refused(where, words));
    }

    private static Case published(String kind, String name, String marker, Consumer<HostileSite> plant) {
        return new Case(kind, name, plant, new Published(marker, new String[0], out -> { }));
    }

    private static final String OUT = "1 files from outside the site";

    private static void outsideFiles(List<Case> all) {
        String words = "outside the site folder";
        for (String file : List.of(AMBITION, "content/cop/ambition.en.md", GAPS, SUMMARY, NEWS, "content/cop/objectives/M1.fr.md",
                "content/hrs4r/principles/recruitment/initiatives.en.md")) {
            all.add(refused(OUT, "Markdown " + file + " linked to a file outside", file + ":1:1", words,
                    s -> s.link(file, s.outside.resolve("secret.md"))));
        }
        all.add(refused(OUT, "Markdown linked to /etc/passwd", AMBITION + ":1:1", "/etc/passwd", s -> s.link(AMBITION, Path.of("/etc/passwd"))));
        for (String file : List.of(ACTION, RISING, UNITS, J1, "content/cop/contract.yaml", "content/hrs4r/pillars.yaml",
                "content/hrs4r/departments.yaml", "content/cop/schools/alpha/school.yaml", "content/cop/objectives/M1.yaml",
                "content/hrs4r/principles/open-science/principle.yaml")) {
            all.add(refused(OUT, "YAML " + file + " linked to a file outside", file + ":1:1", words,
                    s -> s.link(file, s.outside.resolve("secret.yaml"))));
        }
        all.add(refused(OUT, "a new action linked to a file outside", "content/hrs4r/actions/04.yaml:1:1", words,
                s -> s.link("content/hrs4r/actions/04.yaml", s.outside.resolve("secret.yaml"))));
        all.add(refused(OUT, "content folder of actions linked to a folder outside", "content/hrs4r/actions:1:1", words,
                s -> s.link("content/hrs4r/actions", s.outside.resolve("folder"))));
        all.add(refused(OUT, "school folder linked to /etc", "content/cop/schools/beta:1:1", words,
                s -> s.link("content/cop/schools/beta", Path.of("/etc"))));
        all.add(refused(OUT, "news folder linked to a folder outside", "content/news:1:1", words,
                s -> s.link("content/news", s.outside.resolve("folder"))));
        all.add(refused(OUT, "the whole content folder linked outside", "content:1:1", words,
                s -> s.link("content", s.outside.resolve("folder"))));
        all.add(refused(OUT, "assets folder linked to /etc inside assets", "assets/etc:1:1", words, s -> s.link("assets/etc", Path.of("/etc"))));
        all.add(refused(OUT, "an asset linked to a file outside", "assets/img/secret.png:1:1", words,
                s -> s.link("assets/img/secret.png", s.outside.resolve("secret.md"))));
        all.add(refused(OUT, "the whole assets folder linked outside", "assets:1:1", words,
                s -> s.link("assets", s.outside.resolve("folder"))));
        all.add(refused(OUT, "a template linked to a file outside", "templates/secret.ftlh:1:1", words,
                s -> s.link("templates/secret.ftlh", s.outside.resolve("secret.md"))));
        all.add(refused(OUT, "the whole templates folder linked outside", "templates:1:1", words,
                s -> s.link("templates", s.outside.resolve("templates"))));
        all.add(refused(OUT, "site.properties linked to a file outside", "site.properties:1:1", words,
                s -> s.link("site.properties", s.outside.resolve("secret.md"))));
        all.add(refused(OUT, "a link to a relative path that climbs out", "content/cop/ambition.en.md:1:1", words,
                s -> s.link("content/cop/ambition.en.md", Path.of("../../../outside/secret.md"))));
        all.add(refused(OUT, "a link to a missing file", AMBITION + ":1:1", "leads nowhere",
                s -> s.link(AMBITION, s.path("content/cop/missing.md"))));
        all.add(refused(OUT, "a link to itself", AMBITION + ":1:1", "leads nowhere", s -> s.link(AMBITION, s.path(AMBITION))));
        all.add(refused(OUT, "two links in a loop", "content/cop/a.md:1:1", "leads nowhere", s -> {
            s.link("content/cop/a.md", s.path("content/cop/b.md"));
            s.link("content/cop/b.md", s.path("content/cop/a.md"));
        }));
        all.add(refused(OUT, "a folder link to its own parent", "content/cop/indicators/loop:1:1", "a loop",
                s -> s.link("content/cop/indicators/loop", s.path("content/cop"))));
        all.add(refused(OUT, "an assets folder link to the assets folder", "assets/css/again:1:1", "a loop",
                s -> s.link("assets/css/again", s.path("assets"))));
        all.add(refused(OUT, "a template folder link to the site folder", "templates/site:1:1", "a loop",
                s -> s.link("templates/site", s.root)));
        all.add(refused(OUT, "a named pipe in content", "content/cop/pipe.md:1:1", "not a plain file", s -> fifo(s.path("content/cop/pipe.md"))));
        all.add(refused(OUT, "a named pipe in assets", "assets/pipe:1:1", "not a plain file", s -> fifo(s.path("assets/pipe"))));
        all.add(published(OUT, "a link to a file inside the site is followed", "Une ambition",
                s -> s.link("content/cop/objectives/M1.fr.md", Path.of("../ambition.fr.md"))));
        all.add(published(OUT, "an asset linked to another asset of the site is published", null, s -> {
            String asset = firstFile(s.path("assets"));
            s.link("assets/again-" + Path.of(asset).getFileName(), s.path("assets").resolve(asset));
        }));
    }

    private static String firstFile(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return folder.relativize(files.filter(Files::isRegularFile).sorted().findFirst().orElseThrow()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fifo(Path file) {
        try {
            Process p = new ProcessBuilder("mkfifo", file.toString()).start();
            assertEquals(0, p.waitFor(), "mkfifo");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static final String CRASH = "2 crashes and unbounded inputs";

    private static void crashes(List<Case> all) {
        String notNumber = "not a number, or an infinite one";
        for (String value : List.of(".nan", ".NaN", ".NAN", ".inf", ".Inf", "-.inf", "+.inf", "-.Inf")) {
            all.add(refused(CRASH, "actual figure " + value, RISING + ":15:", notNumber, s -> s.replace(RISING, "2023: 11050", "2023: " + value)));
        }
        all.add(refused(CRASH, "trajectory figure .nan", RISING + ":10:", notNumber, s -> s.replace(RISING, "2023: 11000", "2023: .nan")));
        all.add(refused(CRASH, "reference value .inf", RISING + ":9:", notNumber, s -> s.replace(RISING, "value: 10000}", "value: .inf}")));
        all.add(refused(CRASH, "target value -.inf", RISING + ":13:", notNumber, s -> s.replace(RISING, "value: 15000", "value: -.inf")));
        all.add(refused(CRASH, "provisional figure .nan", RISING + ":17:", notNumber, s -> s.replace(RISING, "{value: 12000,", "{value: .nan,")));
        all.add(refused(CRASH, "previous contract value .inf", RISING + ":21:", notNumber, s -> s.replace(RISING, "2017: 8000", "2017: .inf")));
        all.add(refused(CRASH, "school figure .nan", "content/cop/schools/alpha/school.yaml:14:", notNumber,
                s -> s.replace("content/cop/schools/alpha/school.yaml", "2021: 1200", "2021: .nan")));
        String digits = "at most 15 digits";
        for (String value : List.of("1e999999999", "-1e999999999", "1e-999999999", "1.0e400", "123456789012345678901234567890",
                "0.0000000000000000001", "99999999999999999999")) {
            all.add(refused(CRASH, "actual figure " + value, RISING + ":15:", digits, s -> s.replace(RISING, "2023: 11050", "2023: " + value)));
        }
        all.add(refused(CRASH, "huge trajectory figure", RISING + ":10:", digits, s -> s.replace(RISING, "2023: 11000", "2023: 9e99999999")));
        all.add(refused(CRASH, "huge figure in a school", "content/cop/schools/alpha/school.yaml:14:", digits,
                s -> s.replace("content/cop/schools/alpha/school.yaml", "2021: 1200", "2021: 1e99999")));
        String nest = "nest more than";
        for (int depth : List.of(40, 1_000, 100_000)) {
            all.add(refused(CRASH, "blockquotes " + depth + " deep", AMBITION + ":3:1", nest, s -> s.write(AMBITION, "Ambition.\n\n" + ">".repeat(depth) + " deep\n")));
        }
        all.add(refused(CRASH, "spaced blockquotes 5000 deep", AMBITION + ":3:1", nest, s -> s.write(AMBITION, "A.\n\n" + "> ".repeat(5_000) + "deep\n")));
        all.add(refused(CRASH, "list marks on one line 5000 deep", AMBITION + ":3:1", nest, s -> s.write(AMBITION, "A.\n\n" + "- ".repeat(5_000) + "deep\n")));
        all.add(refused(CRASH, "star list marks 2000 deep", SUMMARY + ":1:1", nest, s -> s.write(SUMMARY, "* ".repeat(2_000) + "deep\n")));
        all.add(refused(CRASH, "ordered list marks 2000 deep", GAPS + ":1:1", nest, s -> s.write(GAPS, "1. ".repeat(2_000) + "deep\n")));
        all.add(refused(CRASH, "quotes and lists mixed 3000 deep", AMBITION + ":3:1", nest, s -> s.write(AMBITION, "A.\n\n" + "> - ".repeat(3_000) + "deep\n")));
        all.add(refused(CRASH, "indented list 1000 levels", AMBITION, nest, s -> {
            StringBuilder list = new StringBuilder("A.\n\n");
            for (int i = 0; i < 1_000; i++) {
                list.append("  ".repeat(i)).append("- item\n");
            }
            s.write(AMBITION, list.toString());
        }));
        all.add(refused(CRASH, "deep quotes in a news post's text", NEWS + ":5:1", nest,
                s -> s.write(NEWS, "---\ndate: 2025-07-01\ntitle: \"Une annonce\"\n---\n" + ">".repeat(10_000) + " x\n")));
        all.add(refused(CRASH, "emphasis 5000 deep", AMBITION + ":3:1", "emphasis and link marks",
                s -> s.write(AMBITION, "A.\n\n" + "*".repeat(5_000) + "x" + "*".repeat(5_000) + "\n")));
        all.add(refused(CRASH, "images 5000 deep", AMBITION + ":3:1", "emphasis and link marks",
                s -> s.write(AMBITION, "A.\n\n" + "![".repeat(5_000) + "x" + "](y)".repeat(5_000) + "\n")));
        all.add(refused(CRASH, "underscores 4000 in a paragraph", SUMMARY + ":1:1", "emphasis and link marks",
                s -> s.write(SUMMARY, "_a ".repeat(2_000) + "b_ ".repeat(2_000) + "\n")));
        String yamlDepth = "nested more than 64 levels";
        all.add(refused(CRASH, "YAML lists nested 20000 deep", RISING + ":", yamlDepth,
                s -> s.append(RISING, "footnotes: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n")));
        all.add(refused(CRASH, "YAML groups nested 20000 deep", RISING + ":", yamlDepth,
                s -> s.append(RISING, "footnotes: " + "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n")));
        all.add(refused(CRASH, "YAML lists nested 100 deep", ACTION + ":", yamlDepth,
                s -> s.append(ACTION, "associated2: " + "[".repeat(100) + "]".repeat(100) + "\n")));
        all.add(refused(CRASH, "YAML indentation 200 levels deep", UNITS + ":", yamlDepth, s -> {
            StringBuilder yaml = new StringBuilder("extra:\n");
            for (int i = 1; i < 200; i++) {
                yaml.append(" ".repeat(i)).append("k").append(i).append(":\n");
            }
            s.append(UNITS, yaml.toString());
        }));
        all.add(refused(CRASH, "a 3 MB Markdown file", AMBITION + ":1:1", "more than a content file can be",
                s -> s.write(AMBITION, "Un mot. ".repeat(400_000))));
        all.add(refused(CRASH, "a 3 MB YAML file", RISING + ":1:1", "more than a content file can be",
                s -> s.append(RISING, "# " + "x".repeat(3_000_000) + "\n")));
        all.add(refused(CRASH, "a 2 MB text on one YAML line", ACTION + ":1:1", "more than a content file can be",
                s -> s.replace(ACTION, "Action fictive future", "A".repeat(2_000_000))));
        all.add(refused(CRASH, "a 2 MB news post", NEWS + ":1:1", "more than a content file can be",
                s -> s.append(NEWS, "mot ".repeat(500_000))));
        String utf8 = "not text saved as UTF-8";
        all.add(refused(CRASH, "YAML saved as Latin-1", ACTION + ":1:1", utf8,
                s -> s.bytes(ACTION, s.read(ACTION).replace("Action fictive future", "Écart").getBytes(StandardCharsets.ISO_8859_1))));
        all.add(refused(CRASH, "Markdown saved as Latin-1", AMBITION + ":1:1", utf8, s -> s.bytes(AMBITION, "Une ambition réelle.\n".getBytes(StandardCharsets.ISO_8859_1))));
        all.add(refused(CRASH, "news post saved as Latin-1", NEWS + ":1:1", utf8, s -> s.bytes(NEWS, s.read(NEWS).getBytes(StandardCharsets.ISO_8859_1))));
        all.add(refused(CRASH, "binary bytes as an indicator", "content/cop/indicators/binary.yaml:1:1", utf8, s -> {
            byte[] bytes = new byte[4096];
            new java.util.Random(20).nextBytes(bytes);
            s.bytes("content/cop/indicators/binary.yaml", bytes);
        }));
        all.add(refused(CRASH, "a YAML tag for a Java object", ACTION + ":3:", "expected",
                s -> s.replace(ACTION, "text: {fr: \"Action fictive future\", en: \"Fictional future action\"}",
                        "text: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]")));
        all.add(refused(CRASH, "an unclosed quote", ACTION + ":3:", "a closing quote is missing",
                s -> s.replace(ACTION, "\"Action fictive future\"", "\"Action fictive future")));
        all.add(refused(CRASH, "a tab as indentation", UNITS + ":", "a tab is used here", s -> s.replace(UNITS, "  - id: kwh", "\t- id: kwh")));
        all.add(refused(CRASH, "a list as a key", ACTION + ":", "", s -> s.append(ACTION, "? [a, b]\n: c\n")));
        all.add(refused(CRASH, "an empty YAML file", ACTION + ":1:1", "the file is empty", s -> s.write(ACTION, "")));
        all.add(refused(CRASH, "a YAML file holding only a list", ACTION + ":1:", "expected", s -> s.write(ACTION, "- 1\n- 2\n")));
    }

    private static final String WRONG = "3 wrong content published without a message";

    private static String indicator(String id, String parent) {
        return "id: " + id + "\ndomain: training\nname: {fr: \"Indicateur " + id + "\", en: \"Indicator " + id + "\"}\nparent: " + parent
                + "\nobjectives: [M1]\nunit: students\nper_school: false\nenglish: reviewed\nreference: {year: 2022, value: 1}\n"
                + "trajectory: {}\ntargets: []\nactuals: {}\n";
    }

    private static void wrongContent(List<Case> all) {
        all.add(refused(WRONG, "an indicator that is its own parent", "content/cop/indicators/self.yaml:4:", "its own parent",
                s -> s.write("content/cop/indicators/self.yaml", indicator("self", "self"))));
        all.add(refused(WRONG, "two indicators each the other's parent", "content/cop/indicators/one.yaml:4:", "go round in a circle", s -> {
            s.write("content/cop/indicators/one.yaml", indicator("one", "two"));
            s.write("content/cop/indicators/two.yaml", indicator("two", "one"));
        }));
        all.add(refused(WRONG, "three indicators in a circle of parents", "content/cop/indicators/c.yaml:4:", "c → a → b → c", s -> {
            s.write("content/cop/indicators/a.yaml", indicator("a", "b"));
            s.write("content/cop/indicators/b.yaml", indicator("b", "c"));
            s.write("content/cop/indicators/c.yaml", indicator("c", "a"));
        }));
        all.add(published(WRONG, "a chain of parents without a circle is published", "Indicateur leaf", s -> {
            s.write("content/cop/indicators/root.yaml", indicator("root", "null"));
            s.write("content/cop/indicators/leaf.yaml", indicator("leaf", "root"));
        }));
        String negative = "cannot be negative";
        Consumer<HostileSite> counts = s -> s.replace(UNITS, "  - id: students\n", "  - id: students\n    kind: count\n")
                .replace(UNITS, "  - id: percent\n", "  - id: percent\n    kind: percentage\n");
        all.add(refused(WRONG, "a negative count as an actual value", RISING + ":15:", negative,
                counts.andThen(s -> s.replace(RISING, "2023: 11050", "2023: -11050"))));
        all.add(refused(WRONG, "a negative count as a reference", RISING + ":9:", negative,
                counts.andThen(s -> s.replace(RISING, "value: 10000}", "value: -10000}"))));
        all.add(refused(WRONG, "a negative count in the trajectory", RISING + ":10:", negative,
                counts.andThen(s -> s.replace(RISING, "2024: 12000", "2024: -12000"))));
        all.add(refused(WRONG, "a negative count as a target", RISING + ":13:", negative,
                counts.andThen(s -> s.replace(RISING, "value: 15000", "value: -15000"))));
        all.add(refused(WRONG, "a negative provisional count", RISING + ":17:", negative,
                counts.andThen(s -> s.replace(RISING, "{value: 12000,", "{value: -12000,"))));
        all.add(refused(WRONG, "a negative count in the previous contract", RISING + ":21:", negative,
                counts.andThen(s -> s.replace(RISING, "2017: 8000", "2017: -8000"))));
        all.add(refused(WRONG, "a negative count in a school row", "content/cop/schools/alpha/school.yaml:14:", negative,
                counts.andThen(s -> s.replace("content/cop/schools/alpha/school.yaml", "2021: 1200", "2021: -1200"))));
        all.add(refused(WRONG, "a percentage above 100", "content/cop/indicators/share.yaml:12:", "at most 100", counts.andThen(s -> s.write(
                "content/cop/indicators/share.yaml", indicator("share", "null").replace("unit: students", "unit: percent").replace("actuals: {}", "actuals: {2024: 101.5}")))));
        all.add(refused(WRONG, "a negative percentage", "content/cop/indicators/share.yaml:12:", negative, counts.andThen(s -> s.write(
                "content/cop/indicators/share.yaml", indicator("share", "null").replace("unit: students", "unit: percent").replace("actuals: {}", "actuals: {2024: -0.5}")))));
        all.add(published(WRONG, "a percentage of 100 is published", "Indicator share", counts.andThen(s -> s.write(
                "content/cop/indicators/share.yaml", indicator("share", "null").replace("unit: students", "unit: percent").replace("actuals: {}", "actuals: {2024: 100}")))));
        all.add(published(WRONG, "a negative figure in a unit without kind is published", "Falling indicator",
                counts.andThen(s -> s.replace("content/cop/indicators/falling.yaml", "2024: 120", "2024: -3"))));
        String dead = "leads to no page or file of the site";
        for (String link : List.of("/fr/actions/12/", "/en/actions/99/", "/fr/nowhere", "/fr/principes/absent/", "/img/missing.png",
                "/fr/actions/99/#progress", "/fr/actions/1/../../../../etc/passwd", "/%zz")) {
            all.add(refused(WRONG, "a link to " + link, AMBITION + ":3:", dead, s -> s.write(AMBITION, "Ambition.\n\nVoir [la page](" + link + ").\n")));
        }
        all.add(refused(WRONG, "an image of the site that does not exist", SUMMARY + ":1:", dead, s -> s.write(SUMMARY, "![logo](/img/none.svg)\n")));
        all.add(refused(WRONG, "a reference link to a missing page", GAPS + ":3:", dead, s -> s.write(GAPS, "Voir [la page][p].\n\n[p]: /fr/actions/77/\n")));
        all.add(refused(WRONG, "a missing page linked from a news post", NEWS + ":6:", dead, s -> s.append(NEWS, "[x](/fr/actualites/absent/)\n")));
        all.add(refused(WRONG, "a missing page linked in angle brackets", AMBITION + ":3:", dead, s -> s.write(AMBITION, "A.\n\n[x](</fr/absent/>)\n")));
        all.add(published(WRONG, "links to pages and assets that exist are published", "lien-existant", s -> s.write(AMBITION,
                "A.\n\n[lien-existant](/fr/actions/1/) [autre](/en/actions/2/#progress) [accueil](/fr/) [racine](/)\n")));
        all.add(new Case(WRONG, "a site path link works under --base-path", s -> s.write(AMBITION, "A.\n\n[vers-action](/fr/actions/1/)\n"),
                new Published("vers-action", new String[]{"--base-path", "/hrs4r/"}, out -> {
                    Element a = page(out, "fr/cop/index.html").selectFirst("a:containsOwn(vers-action)");
                    assertEquals("/hrs4r/fr/actions/1/", a.attr("href"));
                })));
        all.add(new Case(WRONG, "an image path works under --base-path", s -> s.write(SUMMARY, "![image-du-site](/img/" + firstFile(s.path("assets/img")) + ")\n"),
                new Published("image-du-site", new String[]{"--base-path", "/hrs4r/"}, out -> {
                    Element img = page(out, "fr/cop/ecoles/alpha/index.html").selectFirst("img[alt=image-du-site]");
                    assertTrue(img != null && img.attr("src").startsWith("/hrs4r/img/"), String.valueOf(img));
                })));
        all.add(refused(WRONG, "a second YAML document in an action", ACTION + ":", "a second document begins here",
                s -> s.append(ACTION, "---\nnumber: 4\n")));
        all.add(refused(WRONG, "a second YAML document in an indicator", RISING + ":27:1", "a second document begins here",
                s -> s.append(RISING, "---\nid: other\n")));
        all.add(refused(WRONG, "an empty second YAML document", UNITS + ":", "a second document", s -> s.append(UNITS, "---\n--- \nunits: []\n")));
        all.add(refused(WRONG, "a YAML end mark then a document", J1 + ":", "a second document", s -> s.append(J1, "...\n---\nid: J2\n")));
        all.add(refused(WRONG, "a second document in the departments", "content/hrs4r/departments.yaml:", "a second document",
                s -> s.append("content/hrs4r/departments.yaml", "---\ndepartments: []\n")));
        String alias = "a YAML alias";
        all.add(refused(WRONG, "an alias of a text", RISING + ":19:", alias, s -> s
                .replace(RISING, "name: {fr: \"Indicateur croissant\", en: \"Rising indicator\"}", "name: &n {fr: \"Indicateur croissant\", en: \"Rising indicator\"}")
                .replace(RISING, "  name: {fr: \"Ancien indicateur\", en: \"Former indicator\"}", "  name: *n")));
        all.add(refused(WRONG, "an alias of a number", RISING + ":", alias, s -> s
                .replace(RISING, "2023: 11000", "2023: &eleven 11000").replace(RISING, "2023: 11050", "2023: *eleven")));
        all.add(refused(WRONG, "an alias in a list", ACTION + ":", alias, s -> s
                .replace(ACTION, "leading: [hr, science]", "leading: [&d hr, science]").replace(ACTION, "associated: []", "associated: [*d]")));
        all.add(refused(WRONG, "a merge key", UNITS + ":", alias, s -> s
                .replace(UNITS, "    format: {fr: \"{}\", en: \"{}\"}", "    format: &f {fr: \"{}\", en: \"{}\"}")
                .append(UNITS, "  - id: copy\n    name: {fr: \"copie\", en: \"copy\"}\n    format:\n      <<: *f\n")));
        all.add(published(WRONG, "an anchor never used is harmless", "Fictional future action",
                s -> s.replace(ACTION, "text: {fr:", "text: &t {fr:")));
        String invisible = "an invisible character";
        Map<String, Character> controls = new LinkedHashMap<>();
        controls.put("NUL", '\u0000');
        controls.put("BEL", '\u0007');
        controls.put("backspace", '\b');
        controls.put("vertical tab", '\u000B');
        controls.put("form feed", '\f');
        controls.put("escape", '\u001B');
        controls.put("delete", '\u007F');
        controls.put("C1 next line", '\u0085');
        controls.put("C1 CSI", '\u009B');
        controls.put("non-character FFFE", '\uFFFE');
        controls.forEach((name, c) -> {
            all.add(refused(WRONG, name + " in a YAML text", ACTION + ":3:", invisible,
                    s -> s.replace(ACTION, "Action fictive future", "Action" + c + "fictive future")));
            all.add(refused(WRONG, name + " in Markdown", AMBITION + ":3:", invisible, s -> s.write(AMBITION, "Ambition.\n\nUne" + c + "cloche.\n")));
        });
        all.add(refused(WRONG, "NUL in a YAML comment", ACTION + ":10:", invisible, s -> s.append(ACTION, "# note\u0000\n")));
        all.add(refused(WRONG, "BEL in a news title", NEWS + ":3:", invisible, s -> s.replace(NEWS, "Une annonce", "Une\u0007annonce")));
        all.add(refused(WRONG, "escape in a news text", NEWS + ":5:", invisible, s -> s.replace(NEWS, "Seulement", "\u001B[31mSeulement")));
        all.add(refused(WRONG, "NUL in a school summary", SUMMARY + ":1:", invisible, s -> s.write(SUMMARY, "Résumé\u0000.\n")));
        all.add(refused(WRONG, "BEL in a setting", "site.properties:4:", invisible,
                s -> s.replace("site.properties", "site.name.fr=Engagements", "site.name.fr=Engage\u0007ments")));
        all.add(refused(WRONG, "an escaped control character in a setting", "site.properties:4:", "invisible control character",
                s -> s.replace("site.properties", "site.name.fr=Engagements", "site.name.fr=Engage\\u001Bments")));
        all.add(refused(WRONG, "a byte-order mark inside Markdown", AMBITION + ":3:", "byte-order mark", s -> s.write(AMBITION, "A.\n\nmi\uFEFFlieu\n")));
        all.add(refused(WRONG, "a byte-order mark inside YAML", ACTION + ":3:", "byte-order mark",
                s -> s.replace(ACTION, "Action fictive future", "Action\uFEFF fictive future")));
        all.add(refused(WRONG, "a byte-order mark inside a news post", NEWS + ":5:", "byte-order mark", s -> s.replace(NEWS, "Seulement", "\uFEFFSeulement")));
        all.add(published(WRONG, "a byte-order mark at the start of Markdown is dropped", "Ambition-avec-BOM",
                s -> s.write(AMBITION, "\uFEFFAmbition-avec-BOM.\n")));
        all.add(published(WRONG, "a byte-order mark at the start of YAML is dropped", "Fictional future action",
                s -> s.write(ACTION, "\uFEFF" + s.read(ACTION))));
        all.add(published(WRONG, "a byte-order mark at the start of a news post is dropped", "Une annonce",
                s -> s.write(NEWS, "\uFEFF" + s.read(NEWS))));
        String twice = "two pages claim the address";
        for (String[] slug : List.of(new String[]{"plan-d-action", "about", "/fr/plan-d-action/"}, new String[]{"a-propos", "gap-analysis", "/en/gap-analysis/"},
                new String[]{"actualites", "about", "/fr/actualites/"}, new String[]{"cop", "about", "/fr/cop/"},
                new String[]{"a-propos", "action-plan", "/en/action-plan/"})) {
            all.add(refused(WRONG, "a page whose slug is " + slug[2], "content/pages/pages.yaml:1:1", twice + " " + slug[2],
                    s -> page(s, slug[0], slug[1], "")));
        }
        all.add(refused(WRONG, "two pages with one slug", "content/pages/pages.yaml:1:1", "two pages claim the address /fr/a-propos/",
                s -> page(s, "a-propos", "about", "").replace("content/pages/pages.yaml", "pages:\n",
                        "pages:\n  - id: other\n    slug: {fr: a-propos, en: other}\n    title: {fr: \"Autre\", en: \"Other\"}\n"
                                + "    description: {fr: \"Autre.\", en: \"Other.\"}\n")
                        .write("content/pages/other.fr.md", "Autre.\n").write("content/pages/other.en.md", "Other.\n")));
        all.add(refused(WRONG, "an old address that is an action's", "content/pages/pages.yaml:1:1", "the old address /fr/actions/1/",
                s -> page(s, "a-propos", "about", "    aliases: [fr/actions/1/]\n")));
        all.add(refused(WRONG, "an old address that is the page's own", "content/pages/pages.yaml:1:1", "the old address /fr/a-propos/",
                s -> page(s, "a-propos", "about", "    aliases: [fr/a-propos/]\n")));
        all.add(published(WRONG, "a page with its own address and an old one is published", "Une page",
                s -> page(s, "a-propos", "about", "    aliases: [fr/ancienne-adresse/]\n")));
        String stray = "not part of the site";
        all.add(refused(WRONG, "an action saved as .yml", "content/hrs4r/actions/30.yml:1:1", ".yaml, not .yml",
                s -> s.write("content/hrs4r/actions/30.yml", s.read(ACTION).replace("number: 3", "number: 30"))));
        all.add(refused(WRONG, "a Word document among the COP files", "content/cop/notes.docx:1:1", "warning: " + "this file is " + stray,
                s -> s.bytes("content/cop/notes.docx", new byte[]{'P', 'K', 3, 4, 0, 0})));
        all.add(refused(WRONG, "an unknown YAML file in the COP folder", "content/cop/extra.yaml:1:1", stray, s -> s.write("content/cop/extra.yaml", "a: 1\n")));
        all.add(refused(WRONG, "an unknown YAML file in the HRS4R folder", "content/hrs4r/actions-2.yaml:1:1", stray,
                s -> s.write("content/hrs4r/actions-2.yaml", "number: 4\n")));
        all.add(refused(WRONG, "a German text beside a principle", "content/hrs4r/principles/open-science/gaps.de.md:1:1", stray,
                s -> s.write("content/hrs4r/principles/open-science/gaps.de.md", "Lücken.\n")));
        all.add(refused(WRONG, "a school text without a language", "content/cop/schools/alpha/summary.md:1:1", stray,
                s -> s.write("content/cop/schools/alpha/summary.md", "Résumé.\n")));
        all.add(refused(WRONG, "an image in the content folder", "content/cop/photo.png:1:1", "warning: this file is " + stray,
                s -> s.bytes("content/cop/photo.png", new byte[]{(byte) 0x89, 'P', 'N', 'G'})));
        all.add(refused(WRONG, "a Markdown file at the top of content", "content/notes.md:1:1", stray, s -> s.write("content/notes.md", "Notes.\n")));
        all.add(published(WRONG, "an editor's backup file is ignored", "Fictional future action", s -> s.write(ACTION + "~", "old\n")));
        all.add(published(WRONG, "a hidden file is ignored", "Fictional future action", s -> s.write("content/hrs4r/actions/.03.yaml.swp", "x\n")));
    }

    /** A prose page {@code about} with these slugs and extra lines. */
    private static HostileSite page(HostileSite s, String fr, String en, String extra) {
        return s.write("content/pages/pages.yaml", "english: reviewed\npages:\n  - id: about\n    slug: {fr: " + fr + ", en: " + en + "}\n"
                        + "    title: {fr: \"À propos\", en: \"About\"}\n    description: {fr: \"Le site.\", en: \"The site.\"}\n" + extra)
                .write("content/pages/about.fr.md", "Une page d'essai.\n").write("content/pages/about.en.md", "A test page.\n");
    }

    private static final String LINKS = "4 links that run code";

    private static void unsafeLinks(List<Case> all) {
        List<String> links = List.of(
                "[%s](javascript:alert(1))", "[%s](JaVaScRiPt:alert(1))", "[%s](java&#x09;script:alert(1))",
                "[%s](java&#9;script:alert(1))", "[%s](&#106;avascript:alert(1))", "[%s](&#x6A;&#x61;vascript:alert(1))",
                "[%s](javascript&colon;alert(1))", "[%s](javascript&#58;alert(1))", "[%s](jav&#x0A;ascript:alert(1))",
                "[%s](&#x20;javascript:alert(1))", "[%s](<java\tscript:alert(1)>)", "[%s](<javascript:alert(1)>)",
                "[%s](&amp;#106;avascript:alert(1))", "[%s](java&NewLine;script:alert(1))", "[%s](java&Tab;script:alert(1))",
                "[%s](javascript\\:alert(1))", "[%s](vbscript:msgbox(1))", "[%s](VBScript:msgbox(1))",
                "[%s](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "[%s](DATA:text/html,<script>alert(1)</script>)",
                "[%s](java&#x200B;script:alert(1))", "[%s](&#x0;javascript:alert(1))",
                "[%s][r]\n\n[r]: javascript:alert(1)", "[%s][r]\n\n[r]: java&#x09;script:alert(1)",
                "[%s] <javascript:alert(1)>", "[%s] <JAVASCRIPT:alert(1)>", "[%s] <vbscript:msgbox(1)>",
                "![%s](javascript:alert(1))", "![%s](java&#x09;script:alert(1))", "![%s](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "[![%s](https://example.org/x.png)](javascript:alert(1))", "[%s](https://example.org \"\\\" onmouseover=\\\"alert(1)\")");
        for (int i = 0; i < links.size(); i++) {
            String marker = "hostile" + i;
            String markdown = links.get(i).formatted(marker);
            // A destination that reads as a tag (<java→script:…>, <script>) is refused as HTML: safe too.
            boolean tag = markdown.contains("<java\t") || markdown.contains("<script>");
            all.add(new Case(LINKS, markdown.replace('\t', '→').replace("\n", "⏎"),
                    s -> s.write(GAPS, "Écarts.\n\n" + marker + " " + markdown + "\n"),
                    tag ? new Refused(GAPS + ":3:", "HTML is not published") : new Published(marker, new String[0], out -> { }, true)));
        }
    }

    private static final String INJECT = "5 markup injected into every output";

    private static void injections(List<Case> all) {
        // A tag in a text is refused (an editor meant words, not HTML); the same characters written as
        // entities are text, which every output must escape in its own way.
        String tags = "<script>alert('inj')</script><img src=x onerror=alert(1)>";
        all.add(refused(INJECT, "raw HTML in Markdown is refused", AMBITION + ":3:", "HTML is not published",
                s -> s.write(AMBITION, "A.\n\n" + tags + "\n\n<iframe src=\"javascript:alert(1)\"></iframe>\n")));
        all.add(refused(INJECT, "a tag in an action's text is refused", ACTION + ":3:", "HTML is not published",
                s -> s.replace(ACTION, "Action fictive future", tags.replace("\"", "'"))));
        String script = entities(tags);
        all.add(published(INJECT, "escaped markup in Markdown", "inj", s -> s.write(AMBITION, "A.\n\n" + script + "\n")));
        all.add(published(INJECT, "markup characters in an action's text (pages, JSON-LD, CSV, JSON, search)", "inj",
                s -> s.replace(ACTION, "Action fictive future", script.replace("\"", "'"))));
        all.add(published(INJECT, "a script end in a text (JSON-LD)", "inj-end",
                s -> s.replace(ACTION, "Action fictive future", entities("</script><script>alert('inj-end')</script>"))));
        all.add(published(INJECT, "quotes breaking out of an attribute", "inj-attr",
                s -> s.replace(ACTION, "\"Action fictive future\"", "'\" onmouseover=\"alert(1)\" x=\" inj-attr'")));
        all.add(published(INJECT, "markup characters in an indicator's name (SVG charts, CSV, JSON)", "inj-svg",
                s -> s.replace(RISING, "Indicateur croissant", entities("</text><script>alert('inj-svg')</script><text>"))));
        all.add(published(INJECT, "markup characters in a unit's format (charts)", "inj-unit",
                s -> s.replace(UNITS, "format: {fr: \"{}\", en: \"{}\"}", "format: {fr: \"{} " + entities("<b onclick=alert(1)>inj-unit</b>") + "\", en: \"{}\"}")));
        all.add(published(INJECT, "CDATA end and markup characters in a news title (Atom feed)", "inj-feed",
                s -> s.replace(NEWS, "title: \"Une annonce en français\"", "title: \"]]" + entities("></title><script>alert(1)</script>") + " inj-feed\"")));
        all.add(published(INJECT, "markup characters in a news text (Atom feed content)", "inj-body",
                s -> s.replace(NEWS, "Seulement en français.", entities("<script>alert(1)</script>") + " [inj-body](javascript:alert(1))")));
        all.add(published(INJECT, "markup characters in a news summary", "inj-summary",
                s -> s.replace(NEWS, "title: \"Une annonce en français\"", "title: \"Une annonce\"\nsummary: \"" + entities("<img src=x onerror=alert(1)>") + " inj-summary\"")));
        all.add(published(INJECT, "markup characters in a milestone's step (progress feed)", "inj-step",
                s -> s.replace(J1, "Étape 2024 achevée", entities("<svg onload=alert(1)>") + " inj-step")));
        all.add(published(INJECT, "markup characters in a department's name", "inj-dept",
                s -> s.replace("content/hrs4r/departments.yaml", "Direction fictive de la science", entities("<a href=javascript:alert(1)>inj-dept</a>"))));
        all.add(published(INJECT, "markup characters in a pillar's title", "inj-pillar",
                s -> s.replace("content/hrs4r/pillars.yaml", "Éthique (fixture)", entities("<style>*{display:none}</style>inj-pillar"))));
        all.add(published(INJECT, "markup characters in a school's name", "inj-school",
                s -> s.replace("content/cop/schools/alpha/school.yaml", "École Alpha", entities("<script>alert(1)</script>inj-school"))));
        all.add(published(INJECT, "markup characters in the contract's title", "inj-contract",
                s -> s.replace("content/cop/contract.yaml", "Contrat d'essai 2023-2027", entities("<meta http-equiv=refresh content='0;url=javascript:alert(1)'>inj-contract"))));
        all.add(published(INJECT, "a formula-looking text", "inj-formula",
                s -> s.replace(ACTION, "\"Action fictive future\"", "\"=HYPERLINK(\\\"http://x\\\") inj-formula\"")));
    }

    /** {@code markup} with its angle brackets as HTML entities: text for the validator, markup characters once rendered. */
    private static String entities(String markup) {
        return markup.replace("<", "&lt;").replace(">", "&gt;");
    }

    private static org.jsoup.nodes.Document page(Path out, String file) {
        try {
            return Jsoup.parse(out.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
