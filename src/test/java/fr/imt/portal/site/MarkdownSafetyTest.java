package fr.imt.portal.site;

import fr.imt.portal.model.Lang;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What editors write in Markdown can never become a script, an event handler or a script link. */
class MarkdownSafetyTest {

    private final Markdown markdown = new Markdown();

    private Document render(String source) {
        return Jsoup.parseBodyFragment(markdown.toHtml(source, Lang.EN));
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        Document doc = render("""
                Hello <script>alert(1)</script> and <img src=x onerror="alert(1)">.

                <iframe src="https://evil.example/"></iframe>

                <a href="javascript:alert(1)">click</a> <b style="color:red" onmouseover="alert(2)">bold</b>
                """);
        assertTrue(doc.select("script, iframe, img, style, b").isEmpty(), doc.body().html());
        for (Element e : doc.getAllElements()) {
            e.attributes().forEach(a -> assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                    || a.getKey().equals("style"), e.outerHtml()));
        }
        assertTrue(doc.text().contains("<script>alert(1)</script>"), "the editor sees what they wrote");
    }

    @Test
    void linksWithAScriptSchemeAreDropped() {
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
                "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")) {
            Document doc = render("[link](" + url + ") ![image](" + url + ")\n\n[ref][r]\n\n[r]: " + url + "\n");
            for (Element e : doc.select("[href], [src]")) {
                String target = (e.hasAttr("href") ? e.attr("href") : e.attr("src")).strip().toLowerCase(Locale.ROOT);
                assertFalse(target.startsWith("javascript:") || target.startsWith("vbscript:") || target.startsWith("data:"),
                        url + " gave " + e.outerHtml());
            }
        }
        Document autolink = render("<javascript:alert(1)>");
        assertTrue(autolink.select("a[href^=javascript]").isEmpty(), autolink.body().html());
    }

    @Test
    void ordinaryLinksSurvive() {
        Document doc = render("[IMT](https://www.imt.fr/), [mail](mailto:someone@example.org), [plan](/fr/plan-d-action/)");
        assertEquals(List.of("https://www.imt.fr/", "mailto:someone@example.org", "/fr/plan-d-action/"), doc.select("a").eachAttr("href"));
    }

    @Test
    void languageChangeBecomesASpanWithOnlyALangAttribute() {
        Document doc = render("the [Défenseur des droits]{lang=fr} and [x\" onmouseover=\"alert(1)]{lang=fr} and [y]{lang=de}");
        Element span = doc.selectFirst("span[lang=fr]");
        assertEquals("Défenseur des droits", span.text());
        for (Element s : doc.select("span")) {
            assertEquals(List.of("lang"), s.attributes().asList().stream().map(a -> a.getKey()).toList(), s.outerHtml());
        }
        assertTrue(doc.text().contains("[y]{lang=de}"), "only the site's languages are recognised");
    }

    @Test
    void frenchSpacingLeavesCharacterReferencesIntact() {
        String html = markdown.toHtml("Futur, Ruptures & Impacts ; et « vous » ?", Lang.FR);
        assertTrue(html.contains("&amp; Impacts"), html);
        assertTrue(html.contains("\u202F;"), html);
        assertTrue(html.contains("\u202F?"), html);
    }
}
