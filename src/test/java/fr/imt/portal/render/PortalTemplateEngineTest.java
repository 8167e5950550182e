package fr.imt.portal.render;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** FreeMarker as the pages are rendered with it: what a template author can count on. */
class PortalTemplateEngineTest {

    @TempDir
    Path templates;

    /** A page of {@code name} written with {@code source}, rendered with {@code data}. */
    private String render(String name, String source, Map<String, Object> data) throws IOException, TemplateException {
        Files.writeString(templates.resolve(name), source, StandardCharsets.UTF_8);
        Configuration freemarker = PortalTemplateEngine.configuration(templates.toFile());
        StringWriter out = new StringWriter();
        freemarker.getTemplate(name).process(data, out);
        return out.toString();
    }

    /** A view as pages receive them: a record. */
    public record View(String name, int count) {
        public String fails() {
            throw new IllegalStateException("a bug in a view");
        }
    }

    @Test
    void anHtmlTemplateEscapesTextFromTheContent() throws Exception {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; l&#39;a",
                render("page.ftlh", "${x}", Map.of("x", "<b> & \"x\" l'a")));
    }

    @Test
    void quotedMarkupEscapesAllButTheApostrophe() throws Exception {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; l'a",
                render("page.ftlh", "<#outputformat \"quoted\">${x}</#outputformat>", Map.of("x", "<b> & \"x\" l'a")));
    }

    @Test
    void templatesAreReadAndWrittenAsUtf8() throws Exception {
        assertEquals("Année « é »", render("page.ftlh", "Année ${x}", Map.of("x", "« é »")));
    }

    @Test
    void numbersAreWrittenAsAComputerReadsThem() throws Exception {
        assertEquals("12345 0.5", render("page.ftlh", "${a} ${b}", Map.of("a", 12345, "b", 0.5)));
    }

    @Test
    void aRecordsComponentsAreReadByTheirName() throws Exception {
        assertEquals("Alpha 3", render("page.ftlh", "${v.name()} ${v.count()}", Map.of("v", new View("Alpha", 3))));
    }

    @Test
    void aTemplateErrorFailsTheRenderingInsteadOfBeingPrintedInThePage() throws IOException {
        Files.writeString(templates.resolve("page.ftlh"), "before ${missing} after", StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        assertThrows(TemplateException.class,
                () -> PortalTemplateEngine.configuration(templates.toFile()).getTemplate("page.ftlh").process(Map.of(), out));
        assertEquals("before ", out.toString());
    }

    @Test
    void aFailingViewFailsTheRenderingAsATemplateError() {
        assertThrows(TemplateException.class, () -> render("page.ftlh", "${v.fails()}", Map.of("v", new View("a", 1))));
    }
}
