package fr.imt.portal.content;

import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.NewsItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * News posts read directly from a news folder of their own: a post's date and slug come from
 * its file name, its title, summary and draft flag from its header, and each way of getting the
 * file wrong is one error naming it, with the header's lines counted as the file's.
 */
class NewsLoadingTest {

    /** A site whose sources are French, as IMT's: its translation field is english:. */
    private static final Languages FRENCH_SOURCES = Languages.of("fr, en");

    @Test
    void postsAreReadNewestFirstThenBySlug(@TempDir Path content) throws IOException {
        write(content, "2025-06-01-guide.fr.md", "---\ndate: 2025-06-01\ntitle: \"Un guide\"\nsummary: \"Le guide.\"\n---\nLe texte.\n");
        write(content, "2025-06-01-guide.en.md", "---\ndate: 2025-06-01\ntitle: \"A guide\"\ndraft: true\n---\nThe text.\n");
        write(content, "2025-06-01-annonce.fr.md", "---\r\ndate: 2025-06-01\r\ntitle: \"Annonce\"\r\n---\r\nTexte.\r\n");
        write(content, "2025-07-01-later.en.md", "---\ndate: 2025-07-01\ntitle: \"Later\"\n---\nText.\n");
        Problems problems = new Problems();
        List<NewsItem> news = load(content, problems);
        assertEquals(List.of(), problems.errors());
        assertEquals(List.of("2025-07-01-later", "2025-06-01-annonce", "2025-06-01-guide"), news.stream().map(NewsItem::id).toList());
        NewsItem guide = news.get(2);
        assertEquals("guide", guide.slug());
        assertEquals(LocalDate.of(2025, 6, 1), guide.date());
        NewsItem.Post fr = guide.in(Lang.FR).orElseThrow();
        assertEquals(new NewsItem.Post("Un guide", Optional.of("Le guide."), "Le texte.\n", false), fr);
        assertTrue(guide.in(Lang.EN).orElseThrow().draft());
        assertEquals("Texte.\n", news.get(1).in(Lang.FR).orElseThrow().markdown(), "Windows line ends read as the others");
    }

    @Test
    void eachWayOfGettingAPostWrongIsOneErrorNamingTheFile(@TempDir Path content) throws IOException {
        write(content, "2025-06-01-Guide.fr.md", "---\ndate: 2025-06-01\ntitle: \"x\"\n---\nx\n");
        write(content, "2025-06-01-guide.de.md", "---\ndate: 2025-06-01\ntitle: \"x\"\n---\nx\n");
        write(content, "2025-02-30-guide.fr.md", "---\ndate: 2025-02-30\ntitle: \"x\"\n---\nx\n");
        write(content, "2025-06-02-plain.fr.md", "No header.\n");
        write(content, "2025-06-03-open.fr.md", "---\ndate: 2025-06-03\ntitle: \"x\"\nText.\n");
        write(content, "2025-06-04-other-day.fr.md", "---\n\ndate: 2025-06-05\ntitle: \"x\"\n---\nx\n");
        write(content, "2025-06-06-empty.fr.md", "---\ndate: 2025-06-06\ntitle: \"x\"\n---\n\n  \n");
        write(content, "2025-06-07-number.fr.md", "---\ndate: 2025-06-07\ntitle: 2025\n---\nx\n");
        write(content, "2025-06-08-broken.fr.md", "---\ndate: 2025-06-08\ntitle: \"x\n---\nx\n");
        write(content, "2025-06-09-tags.fr.md", "---\ndate: 2025-06-09\ntitle: \"[À COMPLÉTER : titre]\"\n---\nDu <b>gras</b>.\n");
        write(content, "2025-06-10-bell.fr.md", "---\ndate: 2025-06-10\ntitle: \"x\u0007\"\n---\nx\n");
        Problems problems = new Problems();
        assertEquals(List.of("2025-06-09-tags"), load(content, problems).stream().map(NewsItem::id).toList(),
                "read, to report all its problems; the errors keep it from any site");
        assertEquals(List.of(
                        "2025-02-30-guide.fr.md 1:1  news.fileDate",
                        "2025-06-01-Guide.fr.md 1:1  news.fileName",
                        "2025-06-01-guide.de.md 1:1  news.fileName",
                        "2025-06-02-plain.fr.md 1:1  news.noHeader",
                        "2025-06-03-open.fr.md 1:1  news.headerNotClosed",
                        "2025-06-04-other-day.fr.md 3:7 date news.date",
                        "2025-06-06-empty.fr.md 1:1  news.noText",
                        "2025-06-07-number.fr.md 3:8 title shape.found",
                        "2025-06-08-broken.fr.md 3:8  yaml.unclosedQuote",
                        "2025-06-09-tags.fr.md 3:8 title placeholder.left",
                        "2025-06-09-tags.fr.md 5:4  text.html",
                        "2025-06-10-bell.fr.md 3:10  text.invisible"),
                problems.errors().stream().map(p -> content.relativize(p.position().file()).toString().substring(5) + " "
                        + p.position().line() + ":" + p.position().column() + " " + p.field() + " " + p.message().key()).toList());
        assertEquals(List.of("2025-02-30"), problems.errors().get(0).message().args());
        assertEquals(List.of("2025-06-04"), problems.errors().get(5).message().args());
    }

    @Test
    void aSiteWithoutNewsHasNone(@TempDir Path content) {
        Problems problems = new Problems();
        assertEquals(List.of(), load(content, problems));
        assertFalse(problems.hasErrors());
    }

    private static List<NewsItem> load(Path content, Problems problems) {
        return new NewsLoader(content, problems, new Sources(content), new SourceFiles(KeptSources.none(), FRENCH_SOURCES)).load();
    }

    private static void write(Path content, String name, String text) throws IOException {
        Path file = content.resolve("news").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
