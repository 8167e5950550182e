package fr.imt.portal;

import fr.imt.portal.content.Problem;
import fr.imt.portal.content.Problems;
import fr.imt.portal.model.Lang;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an editor types that would publish something else: an unquoted " #" (YAML drops the
 * rest of the text as a comment) is a warning that gives the fix; HTML tags, which the site
 * would show as written, are an error at their line and column, and nothing is published.
 */
class TextTrapsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @TempDir
    Path tmp;

    private Path siteWithActionText(String textLines) {
        Path site = TestSites.fixture("valid", tmp);
        TestSites.edit(site.resolve("content/hrs4r/actions/02.yaml"),
                "text: {fr: \"Action fictive passée et réalisée\", en: \"Fictional past action done\"}\n", textLines);
        return site;
    }

    private static List<Problem> about(List<Problem> problems, String key) {
        return problems.stream().filter(p -> p.message().key().equals(key)).toList();
    }

    @Test
    void anUnquotedHashInATextIsAWarningThatGivesTheQuotedText() throws IOException {
        Path site = siteWithActionText("text:\n  fr: Recrutement #2 ouvert\n  en: \"Fictional past action done\"\n");
        Problems problems = SiteBuilder.validate(site, TODAY);
        List<Problem> cut = about(problems.warnings(), "text.cutByComment");
        assertEquals(1, cut.size(), problems.warnings().toString());
        Problem warning = cut.get(0);
        assertTrue(warning.position().file().endsWith(Path.of("content/hrs4r/actions/02.yaml")));
        assertEquals(4, warning.position().line());
        assertEquals(19, warning.position().column(), "at the #");
        assertEquals("text.fr", warning.field());
        assertTrue(warning.message(Lang.EN).contains("\"#2 ouvert\""), warning.message(Lang.EN));
        assertTrue(warning.message(Lang.EN).contains("\"Recrutement #2 ouvert\""), "the fix: " + warning.message(Lang.EN));

        // What the site would publish without the fix: the text cut before the #.
        Path out = tmp.resolve("site");
        assertTrue(SiteBuilder.build(new SiteBuilder.Options(site, out, TODAY)).published());
        String cutPage = Jsoup.parse(out.resolve("fr/actions/2/index.html").toFile(), "UTF-8").text();
        assertFalse(cutPage.contains("#2 ouvert"), "YAML dropped it");

        TestSites.edit(site.resolve("content/hrs4r/actions/02.yaml"), "fr: Recrutement #2 ouvert", "fr: \"Recrutement #2 ouvert\"");
        assertEquals(List.of(), about(SiteBuilder.validate(site, TODAY).warnings(), "text.cutByComment"));
        assertTrue(SiteBuilder.build(new SiteBuilder.Options(site, out, TODAY)).published());
        assertTrue(Jsoup.parse(out.resolve("fr/actions/2/index.html").toFile(), "UTF-8").text().contains("Recrutement #2 ouvert"));
    }

    @Test
    void aHashInsideQuotesOrAfterNoSpaceIsNoWarning() {
        Path site = siteWithActionText("text:\n  fr: 'Étape #3 du plan'\n  en: Step#3 of the plan\n");
        assertEquals(List.of(), about(SiteBuilder.validate(site, TODAY).warnings(), "text.cutByComment"));
    }

    @Test
    void aCommentAfterAnIdentifierAStatusOrAListIsMeant() {
        Path site = TestSites.fixture("valid", tmp);
        Path action = site.resolve("content/hrs4r/actions/02.yaml");
        TestSites.edit(action, "status: done\n", "status: done   # since March\n");
        TestSites.edit(action, "leading: [hr]\n", "leading: [hr]  # the HR department\n");
        TestSites.edit(action, "deadline: \"Q2 2024\"\n", "deadline: \"Q2 2024\" # as in the plan\n");
        Problems problems = SiteBuilder.validate(site, TODAY);
        assertEquals(List.of(), problems.errors());
        assertEquals(List.of(), about(problems.warnings(), "text.cutByComment"));
    }

    @Test
    void htmlInAYamlTextIsAnErrorAndNothingIsPublished() {
        Path site = siteWithActionText("text: {fr: \"Action <b>fictive</b>\", en: \"Fictional past action done\"}\n");
        Problems problems = SiteBuilder.validate(site, TODAY);
        List<Problem> html = about(problems.errors(), "text.html");
        assertEquals(1, html.size(), problems.errors().toString());
        assertEquals("text.fr", html.get(0).field());
        assertEquals(3, html.get(0).position().line());
        assertTrue(html.get(0).message(Lang.EN).contains("<b>") && html.get(0).message(Lang.EN).contains("**bold**"), html.get(0).message(Lang.EN));
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(site, tmp.resolve("site"), TODAY));
        assertFalse(report.published());
    }

    @Test
    void htmlInMarkdownIsAnErrorAtItsLineAndColumnButNotInCode() {
        Path site = TestSites.fixture("valid", tmp);
        Path gaps = site.resolve("content/hrs4r/principles/recruitment/gaps.fr.md");
        TestSites.write(gaps, "Premier paragraphe, avec `<div>` en code.\n\n```\n<p>exemple</p>\n```\n\nVoir <a href=\"https://imt.fr\">ici</a>.\n");
        List<Problem> html = about(SiteBuilder.validate(site, TODAY).errors(), "text.html");
        assertEquals(1, html.size(), html.toString());
        assertEquals(7, html.get(0).position().line());
        assertEquals(6, html.get(0).position().column());
        assertTrue(html.get(0).message(Lang.EN).contains("<a href=\"https://imt.fr\">"), html.get(0).message(Lang.EN));
    }
}
