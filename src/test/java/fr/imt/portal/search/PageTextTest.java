package fr.imt.portal.search;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text of a page that search shows in excerpts: a table's cells and a list's items read as phrases. */
class PageTextTest {

    private static List<PageText.Section> sections(String main) {
        return PageText.sections(Jsoup.parse("<html><body><main>" + main + "</main></body></html>"));
    }

    @Test
    void aTableCellOrAListItemEndsAPhraseInTheExcerpt() {
        List<PageText.Section> sections = sections("<h2 id=\"target\">Cible</h2>"
                + "<table><tr><th>Cible 2022</th><td>80 (+19%)</td><td></td></tr><tr><th>Cible 2027</th><td>95</td></tr></table>"
                + "<ul><li>Premier point<ul><li>détail</li></ul></li><li>Second point</li></ul><p>Fin.</p>");
        assertEquals(1, sections.size());
        assertEquals("target", sections.get(0).anchor());
        assertEquals(List.of("Cible 2022 · 80 (+19%) · Cible 2027 · 95 · Premier point détail · Second point · Fin."),
                sections.get(0).passages());
    }

    @Test
    void aSectionThatIsOnlyATableNeitherStartsNorEndsWithASeparator() {
        assertEquals(List.of("a · b"), sections("<h2 id=\"t\">T</h2><table><tr><td></td><td>a</td><td>b</td><td></td></tr></table>")
                .get(0).passages());
    }

    @Test
    void aCardEndsAPhraseInTheExcerpt() {
        // A pillar's principles, each a card of its name and rating.
        assertEquals(List.of("Évaluation -/+ Partiellement en place · Recrutement +/- Largement en place"),
                sections("<h2 id=\"p\">Principes</h2><div class=\"cards\"><article><h3><a href=\"/a/\">Évaluation</a></h3>"
                        + "<p><span>-/+</span> <span>Partiellement en place</span></p></article><article><h3><a href=\"/r/\">Recrutement</a></h3>"
                        + "<p><span>+/-</span> <span>Largement en place</span></p></article></div>").get(0).passages());
    }
}
