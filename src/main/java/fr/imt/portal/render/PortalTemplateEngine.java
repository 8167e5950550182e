package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.site.Typography;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * JBake template engine for our {@code .ftlh} templates, registered through JBake's
 * {@code META-INF/org.jbake.parser.TemplateEngines.properties}. Unlike JBake's stock FreeMarker
 * engine it escapes HTML automatically, fails on any template error instead of printing it,
 * exposes records' components, and never touches JBake's database: templates are compiled once
 * and cached for the whole bake.
 */
public final class PortalTemplateEngine extends AbstractTemplateEngine {

    private final Configuration freemarker;

    public PortalTemplateEngine(JBakeConfiguration config, ContentStore db) {
        super(config, db);
        freemarker = configuration(config.getTemplateFolder());
    }

    /**
     * FreeMarker as every page is rendered: templates read from {@code folder}, HTML escaped
     * automatically in {@code .ftlh} files (or as {@link QuotedOutputFormat} where a template asks),
     * any template error thrown, numbers written as a computer reads them, records' components exposed.
     */
    static Configuration configuration(File folder) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_35);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setRegisteredCustomOutputFormats(List.of(QuotedOutputFormat.INSTANCE));
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNumberFormat("computer");
        freemarker.setObjectWrapper(new TemplateObjects(Configuration.VERSION_2_3_35));
        try {
            freemarker.setDirectoryForTemplateLoading(folder);
        } catch (IOException e) {
            throw new IllegalStateException("templates folder cannot be read: " + folder, e);
        }
        return freemarker;
    }

    /** The language of a page of one language (not the root page, which speaks them all). */
    private static Optional<Lang> language(Map<String, Object> root) {
        return root.get("page") instanceof Map<?, ?> page && page.get("lang") instanceof String code ? Lang.of(code) : Optional.empty();
    }

    /**
     * Renders a page. The page's own data (the entries of JBake's {@code content} document) is
     * exposed at the top level of the data model, next to JBake's {@code config}.
     */
    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        Map<String, Object> root = new HashMap<>(model);
        if (model.getContent() != null) {
            root.putAll(model.getContent());
        }
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter page = new StringWriter(32 * 1024);
            template.process(root, page);
            writer.write(language(root).map(lang -> PunctuationSpacing.apply(page.toString(), Typography.of(lang)))
                    .orElse(page.toString()));
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
