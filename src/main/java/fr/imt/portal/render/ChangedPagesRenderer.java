package fr.imt.portal.render;

import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JBake's renderer, remembering what each page was rendered from: a page whose data (the
 * document JBake hands to the template: the page's own data, the interface's words, the site's
 * settings) equal the previous bake's is already on disk as it would be rendered, so it is
 * skipped. Templates are pure functions of that data, which is made of values (records,
 * strings, lists, maps), so equal data means equal bytes; a test compares an incremental rebuild
 * with a full build file by file.
 *
 * <p>A page is written over the file already there, which JBake's own {@code render} deletes
 * first (for drafts, which the portal does not have): a build writing over the previous build's
 * files (see {@code Publication}) then creates no file.
 */
final class ChangedPagesRenderer extends Renderer {

    private final JBakeConfiguration config;
    private final DelegatingTemplateEngine engine;
    private Map<String, DocumentModel> previous = Map.of();
    private final Map<String, DocumentModel> current = new ConcurrentHashMap<>();
    private final AtomicInteger rendered = new AtomicInteger();

    private final boolean remember;

    /** A renderer that {@code remember}s what each page was rendered from (a preview); a build's does not. */
    ChangedPagesRenderer(JBakeConfiguration config, DelegatingTemplateEngine engine, boolean remember) {
        super(null, config, engine);
        this.config = config;
        this.engine = engine;
        this.remember = remember;
    }

    /** Starts a bake: pages rendered from now on are compared with the last bake's. */
    void begin() {
        current.clear();
        rendered.set(0);
    }

    @Override
    public void render(DocumentModel page) throws Exception {
        DocumentModel before = previous.get(page.getUri());
        if (remember) {
            current.put(page.getUri(), page);
        }
        if (page.equals(before)) {
            return;
        }
        try {
            write(page);
            rendered.incrementAndGet();
        } catch (Exception e) {
            // Not on disk as planned: render it again next time.
            current.remove(page.getUri());
            throw e;
        }
    }

    private void write(DocumentModel page) throws Exception {
        Path file = config.getDestinationFolder().toPath().resolve(page.getUri());
        TemplateModel model = new TemplateModel();
        model.setContent(page);
        model.setRenderer(engine);
        Files.createDirectories(file.getParent());
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), config.getRenderEncoding())) {
            engine.renderDocument(model, config.getTemplateFileByDocType(page.getType()).getName(), out);
        } catch (Exception e) {
            throw new Exception("Failed to render file " + file + ". Cause: " + e.getMessage(), e);
        }
    }

    /** Ends a bake: deletes the pages the last bake wrote that this one no longer has. */
    List<String> end() {
        List<String> errors = new ArrayList<>();
        Path destination = config.getDestinationFolder().toPath();
        for (String uri : Set.copyOf(previous.keySet())) {
            if (!current.containsKey(uri)) {
                try {
                    Files.deleteIfExists(destination.resolve(uri));
                } catch (IOException e) {
                    errors.add(uri + ": cannot delete the page that no longer exists: " + e.getMessage());
                }
            }
        }
        previous = Map.copyOf(current);
        current.clear();
        return errors;
    }

    /** How many pages the last bake actually rendered. */
    int rendered() {
        return rendered.get();
    }
}
