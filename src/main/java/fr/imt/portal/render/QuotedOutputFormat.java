package fr.imt.portal.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

import java.io.IOException;
import java.io.Writer;

/**
 * Auto-escaping for markup whose attributes are all double-quoted, registered as
 * {@code quoted}: text from the content reaches the page as text, with the four characters that
 * could end a text node or a double-quoted attribute ({@code & < > "}) written as entities.
 * FreeMarker's HTML format also writes the apostrophe as {@code &#39;}, which only a
 * single-quoted attribute needs; the charts' SVG ({@code templates/charts.ftl}) and the school
 * pages' expertise cells were published with plain apostrophes, and keep their bytes.
 */
final class QuotedOutputFormat extends CommonMarkupOutputFormat<QuotedOutputFormat.Markup> {

    /** The format's one instance, registered with FreeMarker under the name {@code quoted}. */
    static final QuotedOutputFormat INSTANCE = new QuotedOutputFormat();

    private QuotedOutputFormat() {}

    @Override
    public String getName() {
        return "quoted";
    }

    @Override
    public String getMimeType() {
        // Never the type of a whole file: it escapes pieces of HTML or SVG.
        return null;
    }

    @Override
    public void output(String text, Writer out) throws IOException {
        out.write(escapePlainText(text));
    }

    @Override
    public String escapePlainText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markup newTemplateMarkupOutputModel(String plainText, String markup) {
        return new Markup(plainText, markup);
    }

    /** A piece of markup, or text waiting to be escaped as such. */
    static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {

        private Markup(String plainText, String markup) {
            super(plainText, markup);
        }

        @Override
        public QuotedOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
