package fr.imt.portal.content;

import fr.imt.portal.TestSites;
import fr.imt.portal.model.EnglishSource;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Otmr;
import fr.imt.portal.model.Page;
import fr.imt.portal.model.Portal;
import fr.imt.portal.model.PrincipleId;
import fr.imt.portal.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Prose pages and the OTM-R grouping, added to a copy of the fixture site {@code progress} and
 * loaded directly: each page with its addresses, title, Markdown, old addresses and draft flag;
 * each stage with the principles and actions it groups, and their references checked.
 */
class PagesLoadingTest {

    static final Path FIXTURE = Path.of("src/test/resources/sites/progress/content").toAbsolutePath();
    /** The publisher's time zone (site.properties), in which files are dated. */
    static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static final String PAGES = "english: reviewed\npages:\n"
            + "  - id: legal\n    slug: {fr: mentions-legales, en: legal-notice}\n    title: {fr: \"Mentions légales\", en: \"Legal notice\"}\n"
            + "    description: {fr: \"Éditeur\", en: \"Publisher\"}\n    aliases: [fr/ancienne-adresse/, en/old/address/]\n"
            + "  - id: wip\n    slug: {fr: brouillon, en: draft}\n    title: {fr: \"Brouillon\", en: \"Draft\"}\n"
            + "    description: {fr: \"En cours\", en: \"Under way\"}\n    draft: true\n";

    static final String OTMR = "english: translation\ntitle: {fr: \"Recruter\", en: \"Recruiting\"}\nlead: {fr: \"Chapeau\", en: \"Lead\"}\n"
            + "intro: {fr: \"Intro\", en: \"Intro\"}\naliases: [fr/otm-r/]\nstages:\n"
            + "  - id: selection\n    title: {fr: \"Sélection\", en: \"Selection\"}\n    intro: {fr: \"Choisir\", en: \"Choosing\"}\n"
            + "    principles: [recruitment]\n    actions: [2, 3]\n"
            + "  - id: onboarding\n    title: {fr: \"Accueil\", en: \"Onboarding\"}\n    intro: {fr: \"Accueillir\", en: \"Welcoming\"}\n"
            + "    principles: []\n    actions: []\n    undocumented: {fr: \"Rien\", en: \"Nothing\"}\n";

    @Test
    void pagesAndTheOtmrStagesAreReadAsWritten(@TempDir Path tmp) {
        Path content = site(tmp, PAGES, OTMR);
        ContentLoader.Result result = ContentLoader.load(content, TODAY, PARIS);
        assertEquals(List.of(), result.problems().errors().stream().map(p -> p.describe(content, Lang.EN)).toList());
        Portal portal = result.portal().orElseThrow();

        Page legal = portal.pages().get(0);
        assertEquals("legal", legal.id());
        assertEquals(new Text("mentions-legales", "legal-notice"), legal.slug());
        assertEquals(new Text("Mentions légales", "Legal notice"), legal.title());
        assertEquals(new Text("Éditeur", "Publisher"), legal.description());
        assertEquals("L'éditeur.", legal.markdown().fr().strip());
        assertEquals("The publisher.", legal.markdown().en().strip());
        assertEquals(EnglishSource.REVIEWED, legal.english());
        assertEquals(List.of("fr/ancienne-adresse/", "en/old/address/"), legal.aliases());
        assertFalse(legal.draft());
        assertTrue(portal.pages().get(1).draft());
        assertEquals(List.of("legal"), portal.released(TODAY).pages().stream().map(Page::id).toList());

        Otmr otmr = portal.otmr().orElseThrow();
        assertEquals(new Text("Recruter", "Recruiting"), otmr.title());
        assertEquals(new Text("Chapeau", "Lead"), otmr.lead());
        assertEquals(List.of("fr/otm-r/"), otmr.aliases());
        Otmr.Stage selection = otmr.stages().get(0);
        assertEquals(List.of(new PrincipleId("recruitment")), selection.principles());
        assertEquals(List.of(2, 3), selection.actions());
        assertNull(selection.undocumented());
        assertEquals(new Text("Rien", "Nothing"), otmr.stages().get(1).undocumented());
        assertFalse(otmr.stages().get(1).documented());
    }

    @Test
    void aStagesUnknownPrincipleOrActionAndAMisshapenAliasAreErrors(@TempDir Path tmp) {
        Path content = site(tmp, PAGES.replace("en/old/address/", "/en/old"), OTMR.replace("actions: [2, 3]", "actions: [2, 31]")
                .replace("principles: [recruitment]", "principles: [recrutement]").replace("  - id: onboarding", "  - id: selection"));
        List<String> errors = ContentLoader.check(content, TODAY).errors().stream()
                .map(p -> content.relativize(p.position().file()).toString().replace('\\', '/') + " " + p.field() + " " + p.message().key()).toList();
        // A reference inside a stage is named with its stage, as the editor finds it from the top of the file.
        assertEquals(List.of("pages/otm-r.yaml stages[1].actions[2] ref.unknown", "pages/otm-r.yaml stages[1].principles[1] ref.unknown",
                "pages/otm-r.yaml stages[2].id ref.duplicate", "pages/pages.yaml pages[1].aliases[2] shape.found"),
                errors.stream().sorted().toList());
    }

    @Test
    void aPageWithoutItsMarkdownIsAnErrorAndTheSameIdentifierTwiceToo(@TempDir Path tmp) {
        Path content = site(tmp, PAGES.replace("  - id: wip", "  - id: legal"), null);
        TestSites.write(content.resolve("pages/legal.en.md"), "");
        List<String> errors = ContentLoader.check(content, TODAY).errors().stream()
                .map(p -> content.relativize(p.position().file()).toString().replace('\\', '/') + " " + p.message().key()).toList();
        assertEquals(List.of("pages/legal.en.md prose.emptyEnglish", "pages/pages.yaml ref.duplicate"), errors.stream().sorted().toList());
    }

    private static Path site(Path tmp, String pages, String otmr) {
        Path content = tmp.resolve("content");
        TestSites.copyTree(FIXTURE, content);
        TestSites.write(content.resolve("pages/pages.yaml"), pages);
        TestSites.write(content.resolve("pages/legal.fr.md"), "L'éditeur.\n");
        TestSites.write(content.resolve("pages/legal.en.md"), "The publisher.\n");
        TestSites.write(content.resolve("pages/wip.fr.md"), "Plus tard.\n");
        TestSites.write(content.resolve("pages/wip.en.md"), "Later.\n");
        if (otmr != null) {
            TestSites.write(content.resolve("pages/otm-r.yaml"), otmr);
        }
        return content;
    }
}
