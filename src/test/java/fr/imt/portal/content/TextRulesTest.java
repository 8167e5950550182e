package fr.imt.portal.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the build refuses or warns about in the characters and words editors type, checked
 * directly on a few lines: invisible characters, HTML, a {@code " #"} that cuts a YAML text,
 * placeholders left by the scaffolds, Markdown nested too deep, and links to the site's own paths.
 */
class TextRulesTest {

    private static final Path FILE = Path.of("prose.fr.md");

    @Test
    void aLeadingByteOrderMarkIsDroppedAndOneInsideIsAnError() {
        Problems problems = new Problems();
        assertEquals("Texte\n", TextChecks.clean(FILE, "\uFEFFTexte\n", 1, problems));
        assertFalse(problems.hasErrors());
        assertNull(TextChecks.clean(FILE, "Tex\uFEFFte", 1, problems));
        assertEquals(List.of("1:4 U+FEFF (a byte-order mark, allowed only at the very start of a file)"), where(problems));
    }

    @Test
    void invisibleControlCharactersAreErrorsAtTheirLineAndColumnButTabsAndLineBreaksAreFine() {
        Problems fine = new Problems();
        assertEquals("a\tb\r\nc\n", TextChecks.clean(FILE, "a\tb\r\nc\n", 1, fine));
        assertFalse(fine.hasErrors());
        Problems problems = new Problems();
        assertNull(TextChecks.clean(FILE, "ligne\nab\u0000c\u0007\n\u001B\u007F\u0085\u000C\uFFFE", 10, problems));
        assertEquals(List.of("11:3 U+0000 (NUL)", "11:5 U+0007 (BEL)", "12:1 U+001B (escape)", "12:2 U+007F (delete)",
                "12:3 U+0085 (a control character)"), where(problems).subList(0, 5));
        assertEquals("text.moreInvisible", problems.errors().get(0).message().key(), "the first at the file's start: 7 found, 5 shown");
        assertEquals(List.of(2), problems.errors().get(0).message().args());
    }

    @Test
    void theForbiddenCharactersAreTheInvisibleOnes() {
        for (char c : new char[] {'\u0000', '\u0008', '\u000B', '\u001F', '\u007F', '\u009F', '\uFEFF', '\uFFFE', '\uFFFF'}) {
            assertTrue(TextChecks.forbidden(c), Integer.toHexString(c));
        }
        for (char c : new char[] {'\t', '\n', '\r', ' ', 'é', '\u00A0', '\u00A0', '\u202F', '\uFFFD', '«'}) {
            assertFalse(TextChecks.forbidden(c), Integer.toHexString(c));
        }
        Problems problems = new Problems();
        TextChecks.clean(FILE, "\u0008\u000B", 1, problems);
        assertEquals(List.of("1:1 U+0008 (backspace)", "1:2 U+000B (vertical tab)"), where(problems));
        Problems more = new Problems();
        TextChecks.clean(FILE, "\u0001\uFFFF", 1, more);
        assertEquals(List.of("1:1 U+0001 (a control character)", "1:2 U+FFFF (not a character)"), where(more));
    }

    @Test
    void exactlyFiveInvisibleCharactersAreAllShownWithoutACount() {
        Problems problems = new Problems();
        TextChecks.clean(FILE, "\u0000\u0000\u0000\u0000\u0000", 1, problems);
        assertEquals(5, problems.errors().size());
        assertTrue(problems.errors().stream().noneMatch(p -> p.message().key().equals("text.moreInvisible")));
    }

    @Test
    void htmlInMarkdownIsAnErrorAtItsTagButNotInCode() {
        Problems problems = new Problems();
        TextTraps.markdown(FILE, "Un **gras**.\nDu <b>gras</b>.\nDu `<b>` en code.\n```\n<p>bloc</p>\n```\nFin <!-- note", 3, problems);
        assertEquals(List.of("4:4 <b>", "9:5 <!--"), problems.errors().stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message().args().get(0)).toList());
        assertEquals("text.html", problems.errors().get(0).message().key());
        Problems tilde = new Problems();
        TextTraps.markdown(FILE, "~~~\n<br/>\n~~~\n<a href=\"x\">lien</a>", 1, tilde);
        assertEquals(List.of("4:1 <a href=\"x\">"), tilde.errors().stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message().args().get(0)).toList());
        Problems safe = new Problems();
        TextTraps.markdown(FILE, "3 < 4 et 5 > 2, a<b\n", 1, safe);
        assertFalse(safe.hasErrors(), "comparisons are not tags");
    }

    @Test
    void htmlInAYamlTextIsAnErrorAtItsField(@TempDir Path tmp) throws IOException {
        Problems problems = yaml(tmp, "title: {fr: \"Le <em>titre</em>\", en: \"The `<em>` title\"}\nlist:\n  - \"<br>\"\n");
        assertEquals(List.of("title.fr text.html [<em>]", "list[1] text.html [<br>]"), problems.errors().stream()
                .map(p -> p.field() + " " + p.message().key() + " " + p.message().args()).toList());
    }

    @Test
    void anUnquotedTextCutByAHashIsAWarningAtTheHashWithTheQuotedTextToWrite(@TempDir Path tmp) throws IOException {
        Problems problems = yaml(tmp, "title:\n  fr: Recrutement #2 ouvert\n  en: \"Recruitment #2 open\"\nstatus: done # since March\n"
                + "text: |\n  Un bloc #1\nlist: [a, b] # note\n");
        assertEquals(1, problems.warnings().size(), problems.warnings().toString());
        Problem cut = problems.warnings().get(0);
        assertEquals("text.cutByComment", cut.message().key());
        assertEquals("title.fr", cut.field());
        assertEquals(2, cut.position().line());
        assertEquals(19, cut.position().column(), "at the #");
        assertEquals(List.of("#2 ouvert", "Recrutement #2 ouvert"), cut.message().args());
    }

    @Test
    void aCutTextHoldingQuotesIsGivenBackEscaped(@TempDir Path tmp) throws IOException {
        Problems problems = yaml(tmp, "note: Le \"guide\" #1\n");
        assertEquals(List.of("#1", "Le \\\"guide\\\" #1"), problems.warnings().get(0).message().args());
        Problems tab = yaml(tmp, "note: Le guide\t#1\n");
        assertEquals(1, tab.warnings().size(), "a tab before the # starts a comment too");
        assertEquals(16, tab.warnings().get(0).position().column());
    }

    @Test
    void aPlaceholderLeftInYamlOrMarkdownIsAnError() {
        assertTrue(Placeholders.in("[À COMPLÉTER : le titre]"));
        assertTrue(Placeholders.in("Texte [TO FILL IN: the title]"));
        assertFalse(Placeholders.in("À compléter"));
        Problems problems = new Problems();
        YamlNode node = YamlReader.parse(Path.of("x.yaml"), "title: {fr: \"[À COMPLÉTER : titre]\", en: \"Done\"}\nlist: [ok, \"[TO FILL IN]\"]\nn: 3\n",
                problems).orElseThrow();
        Placeholders.check(node, "", problems);
        assertEquals(List.of("list[2]", "title.fr"), problems.errors().stream().map(Problem::field).sorted().toList());
        Problems prose = new Problems();
        Placeholders.check(FILE, "Intro.\n\nDu texte [À COMPLÉTER : la suite].\n[TO FILL IN] aussi\n", 5, prose);
        assertEquals(List.of("7:10", "8:1"), prose.errors().stream().map(p -> p.position().line() + ":" + p.position().column()).toList());
        assertEquals(Placeholders.LEFT, prose.errors().get(0).message().key());
        Problems none = new Problems();
        Placeholders.check(FILE, "Rien à compléter.\n", 1, none);
        assertFalse(none.hasErrors());
    }

    @Test
    void quotesAndListsNestAtMostThirtyTwoLevels() {
        // A level per quote or list mark, and one per two spaces of indentation (a tab is four).
        Problems fine = new Problems();
        MarkdownChecks.nesting(FILE, ">".repeat(32) + " citation\n" + "  ".repeat(31) + "- item\n", 1, fine);
        assertFalse(fine.hasErrors());
        Problems deep = new Problems();
        MarkdownChecks.nesting(FILE, "Intro\n" + ">".repeat(33) + " citation\n" + ">".repeat(40) + " encore\n", 4, deep);
        assertEquals(List.of("5:1 markdown.tooDeep"), deep.errors().stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message().key()).toList(), "once per file, at the first");
        Problems lists = new Problems();
        MarkdownChecks.nesting(FILE, "  ".repeat(32) + "- item\n", 1, lists);
        assertTrue(lists.hasErrors(), "32 levels of indentation and a list mark");
        Problems numbered = new Problems();
        MarkdownChecks.nesting(FILE, "1. ".repeat(33) + "item\n", 1, numbered);
        assertTrue(numbered.hasErrors());
        Problems tabs = new Problems();
        MarkdownChecks.nesting(FILE, "\t".repeat(16) + "* item\n", 1, tabs);
        assertTrue(tabs.hasErrors(), "a tab is four spaces: 32 levels, and the list mark");
        Problems year = new Problems();
        MarkdownChecks.nesting(FILE, ">".repeat(32) + "2024. Une année\n", 1, year);
        assertTrue(year.hasErrors(), "a number followed by a dot and a space opens a list");
        Problems notList = new Problems();
        MarkdownChecks.nesting(FILE, ">".repeat(32) + "2024.5 et -5 et *gras*\n", 1, notList);
        assertFalse(notList.hasErrors());
    }

    @Test
    void aParagraphHoldsAtMostFifteenHundredEmphasisAndLinkMarks() {
        Problems fine = new Problems();
        MarkdownChecks.nesting(FILE, "*".repeat(1500) + "\n\n" + "_".repeat(1500), 1, fine);
        assertFalse(fine.hasErrors(), "each paragraph counts its own");
        Problems many = new Problems();
        MarkdownChecks.nesting(FILE, "Intro\n\n" + "[".repeat(700) + "\n" + "_".repeat(801) + "\n", 2, many);
        assertEquals(List.of("4:1 markdown.tooManyMarks"), many.errors().stream()
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message().key()).toList(), "at the paragraph's start");
    }

    @Test
    void linksToTheSitesOwnPathsAreFoundWithTheirPlace() {
        List<MarkdownChecks.SiteLink> links = MarkdownChecks.siteLinks(FILE,
                "Voir [l'action 12](/fr/actions/12/).\n![logo](/img/logo.svg) et [externe](https://imt.fr/) et [hôte](//cdn.example/x)\n"
                        + "[ref]: /fr/plan/\n");
        assertEquals(List.of("/fr/actions/12/ 1:20", "/img/logo.svg 2:9", "/fr/plan/ 3:8"), links.stream()
                .map(l -> l.path() + " " + l.at().line() + ":" + l.at().column()).toList());
        assertEquals(List.of(), MarkdownChecks.siteLinks(FILE, "Aucun lien ici."));
        assertEquals(List.of("/fr/ 1:9"), MarkdownChecks.siteLinks(FILE, "[a](   </fr/>)").stream()
                .map(l -> l.path() + " " + l.at().line() + ":" + l.at().column()).toList());
    }

    private static Problems yaml(Path tmp, String text) throws IOException {
        Path file = tmp.resolve("case.yaml");
        Files.writeString(file, text);
        Problems problems = new Problems();
        YamlNode node = YamlReader.parse(file, text, problems).orElseThrow();
        TextTraps.yaml(node, "", problems);
        return problems;
    }

    private static List<String> where(Problems problems) {
        return problems.errors().stream().filter(p -> p.message().key().equals("text.invisible"))
                .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message().args().get(0)).toList();
    }
}
