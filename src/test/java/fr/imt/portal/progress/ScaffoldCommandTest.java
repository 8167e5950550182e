package fr.imt.portal.progress;

import fr.imt.portal.CommandRun;
import fr.imt.portal.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code new news} and {@code new update} through the real command line, on a copy of the
 * "progress" fixture: what they write keeps the file's comments and layout, {@code validate}
 * refuses it until the marked texts are replaced, and then the site shows it.
 */
class ScaffoldCommandTest {

    @TempDir
    Path tmp;
    Path site;

    @BeforeEach
    void copyFixture() {
        site = ProgressSites.fixture(tmp);
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--source", site.toString(), "--lang", "en"));
        return CommandRun.of(all.toArray(String[]::new));
    }

    private Path content(String path) {
        return site.resolve("content").resolve(path);
    }

    /** What an editor does next: writes real text in place of every marked one. */
    private void fillIn(Path file) throws IOException {
        Files.writeString(file, Files.readString(file)
                .replaceAll("\\[À COMPLÉTER[^\\]]*\\]", "Texte publié le jour même")
                .replaceAll("\\[TO FILL IN[^\\]]*\\]", "Text published the same day"));
    }

    private Document build(String path) throws IOException {
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(site, tmp.resolve("out"), ProgressSites.TODAY));
        assertTrue(report.published(), () -> report.problems().errors().toString());
        return Jsoup.parse(tmp.resolve("out").resolve(path).resolve("index.html").toFile(), "UTF-8");
    }

    /** Whether every line of {@code before} is still in {@code after}, in the same order. */
    private static boolean keepsEveryLine(List<String> before, List<String> after) {
        int i = 0;
        for (String line : after) {
            if (i < before.size() && before.get(i).equals(line)) {
                i++;
            }
        }
        return i == before.size();
    }

    @Test
    void updateActionAddsADatedEntryAndSetsTheStatusKeepingCommentsAndLayout() throws IOException {
        Path file = content("hrs4r/actions/01.yaml");
        List<String> before = Files.readAllLines(file);
        CommandRun run = run("new", "update", "action", "1", "--status", "done", "--today", "2026-11-20");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("content/hrs4r/actions/01.yaml"), run.out());
        List<String> after = Files.readAllLines(file);
        // Only the status's value changed; its comment stayed; every other line is still there, in order.
        assertTrue(after.contains("status: done   # set by the entry of 2025-06-01"), String.join("\n", after));
        List<String> untouched = before.stream().filter(l -> !l.startsWith("status:")).toList();
        assertTrue(keepsEveryLine(untouched, after), String.join("\n", after));
        assertEquals("  - date: 2026-11-20", after.get(after.size() - 5));
        assertEquals("    status: done", after.get(after.size() - 4));

        CommandRun invalid = run("validate");
        assertEquals(1, invalid.exitCode());
        List<String> errors = invalid.err().lines().filter(l -> l.contains(": progress[3].text.")).toList();
        assertEquals(2, errors.size(), invalid.err());
        assertTrue(errors.stream().allMatch(l -> l.startsWith("content/hrs4r/actions/01.yaml:") && l.contains("placeholder")), invalid.err());

        fillIn(file);
        CommandRun valid = run("validate");
        assertEquals(0, valid.exitCode(), valid.err());
        Element latest = build("en/actions/1").selectFirst("ol.timeline > li");
        assertEquals("2026-11-20", latest.selectFirst("time").attr("datetime"));
        assertTrue(latest.selectFirst(".badge").hasClass("badge-done"));
        assertTrue(latest.text().contains("Text published the same day"), latest.text());
    }

    @Test
    void updateWithoutStatusChangeAddsAnEntryThatSetsNone() throws IOException {
        Path file = content("hrs4r/actions/03.yaml");
        CommandRun run = run("new", "update", "action", "3", "--today", "2026-11-20");
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(file);
        assertTrue(text.contains("status: planned\n"), text);
        assertTrue(text.endsWith("progress:\n  - date: 2026-11-20\n    text:\n"
                + "      fr: \"[À COMPLÉTER : ce qui a avancé, en une ou deux phrases]\"\n"
                + "      en: \"[TO FILL IN: what progressed, in one or two sentences]\"\n"), text);
        fillIn(file);
        assertEquals(0, run("validate").exitCode());
        Element latest = build("fr/actions/3").selectFirst("ol.timeline > li");
        assertTrue(latest.select(".badge").isEmpty());
        assertTrue(latest.text().contains("Texte publié le jour même"), latest.text());
    }

    @Test
    void updateMilestoneReportsTheStepAndLogsTheEntry() throws IOException {
        Path file = content("cop/milestones/J1.yaml");
        CommandRun run = run("new", "update", "milestone", "J1", "--year", "2025", "--status", "in_progress",
                "--today", "2026-11-20");
        assertEquals(0, run.exitCode(), run.err());
        String text = Files.readString(file);
        assertTrue(text.contains("Étape 2025 sans compte rendu\", en: \"Step 2025 not reported\"}\n"
                + "    status: in_progress\n    reported: 2026-11-20\n"), text);
        assertTrue(text.contains("  - date: 2026-11-20\n    year: 2025\n    status: in_progress\n"), text);
        assertEquals(1, run("validate").exitCode());
        fillIn(file);
        assertEquals(0, run("validate").exitCode());
        Document page = build("en/cop/milestones/J1");
        Element latest = page.selectFirst("ol.timeline > li");
        assertTrue(latest.text().contains("Step 2025") && latest.selectFirst(".badge").hasClass("badge-in-progress"), latest.text());
        // The 2025 step is now reported in progress, and 2025 is over on the build date: it reads as late.
        Element step = page.select("ol.steps > li").get(2);
        assertTrue(step.selectFirst(".badge").hasClass("badge-late"), step.outerHtml());
    }

    @Test
    void newNewsWritesBothLanguagesThatValidateOnceFilledIn() throws IOException {
        CommandRun run = run("new", "news", "--slug", "guide-jurys", "--title-fr", "Le \"guide\" des jurys",
                "--title-en", "The boards' guide", "--today", "2026-11-20");
        assertEquals(0, run.exitCode(), run.err());
        Path fr = content("news/2026-11-20-guide-jurys.fr.md");
        Path en = content("news/2026-11-20-guide-jurys.en.md");
        assertTrue(Files.readString(fr).startsWith("---\ndate: 2026-11-20\ntitle: \"Le \\\"guide\\\" des jurys\"\n"));
        CommandRun invalid = run("validate");
        assertEquals(1, invalid.exitCode());
        assertEquals(4, invalid.err().lines().filter(l -> l.contains("placeholder")).count(), invalid.err());
        assertFalse(invalid.err().contains("title: placeholder"), "the titles were given");
        fillIn(fr);
        fillIn(en);
        assertEquals(0, run("validate").exitCode());
        assertEquals("Le \"guide\" des jurys", build("fr/actualites/2026-11-20-guide-jurys").selectFirst("h1").text());
        assertTrue(Files.exists(tmp.resolve("out/en/news/2026-11-20-guide-jurys/index.html")));
    }

    @Test
    void refusalsExitWithTwoAndAClearMessageAndWriteNothing() throws IOException {
        Path action = content("hrs4r/actions/01.yaml");
        String before = Files.readString(action);
        List<List<String>> cases = List.of(
                List.of("there is no action 99", "new", "update", "action", "99", "--status", "done"),
                List.of("--status started: expected one of planned, in_progress, done, cancelled",
                        "new", "update", "action", "1", "--status", "started"),
                List.of("there is no milestone J9", "new", "update", "milestone", "J9", "--year", "2024"),
                List.of("milestone J1 has no step in 2031", "new", "update", "milestone", "J1", "--year", "2031"),
                List.of("--slug \"Guide Jurys\"", "new", "news", "--slug", "Guide Jurys"),
                List.of("content/news/2025-06-01-guide.fr.md already exists", "new", "news", "--slug", "guide",
                        "--today", "2025-06-01"));
        for (List<String> c : cases) {
            CommandRun run = run(c.subList(1, c.size()).toArray(String[]::new));
            assertEquals(2, run.exitCode(), c + ": " + run.err());
            assertTrue(run.err().contains(c.get(0)), c + ": " + run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
        assertEquals(before, Files.readString(action));
        assertFalse(Files.exists(content("news/2025-06-01-guide.en.md.bak")));
        assertTrue(Files.readString(content("news/2025-06-01-guide.fr.md")).contains("Le guide est disponible."));
    }

    @Test
    void newSpeaksFrenchToAFrenchEditor() {
        CommandRun news = CommandRun.french("new", "news", "--slug", "rapport-annuel", "--today", "2026-11-20",
                "--source", site.toString());
        assertEquals(0, news.exitCode(), news.err());
        assertTrue(news.out().contains("Écrit : content/news/2026-11-20-rapport-annuel.fr.md"), news.out());
        assertTrue(news.out().contains("(une actualité dans une seule langue : supprimez l’autre fichier)"), news.out());
        assertTrue(news.out().contains("Remplacez chaque texte entre [À COMPLÉTER …] et [TO FILL IN …], crochets compris,"
                + " puis vérifiez avec :"), news.out());

        CommandRun again = CommandRun.french("new", "news", "--slug", "rapport-annuel", "--today", "2026-11-20",
                "--source", site.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("content/news/2026-11-20-rapport-annuel.fr.md existe déjà ; rien n’a été écrit."),
                again.err());
        CommandRun status = CommandRun.french("new", "update", "action", "1", "--status", "fini", "--source", site.toString());
        assertEquals("--status fini : attendu : l’une de ces valeurs : planned, in_progress, done, cancelled",
                status.err().strip());
    }
}
