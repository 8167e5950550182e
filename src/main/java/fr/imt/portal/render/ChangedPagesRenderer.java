package fr.imt.portal.render;

import fr.imt.portal.output.Overwriting;
import fr.imt.portal.site.Messages;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.TemplateEngines;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * JBake's renderer, remembering what each page was rendered from: a page whose data (the
 * document JBake hands to the template: the page's own data, the interface's words, the site's
 * settings) equal the previous bake's is already on disk as it would be rendered, so it is
 * skipped. Templates are pure functions of that data, which is made of values (records,
 * strings, lists, maps), so equal data means equal bytes; a test compares an incremental rebuild
 * with a full build file by file.
 *
 * <p>Most pages are not even made again: a page plan declares the entities it shows (its
 * sources, which also date it), and a page none of whose entities changed since the last bake,
 * neither in this bake's plan nor in the last one's, keeps its previous data without building
 * it. An edit to one action thus builds the pages of that action, of its principles and pillar,
 * and the lists that show it, whatever the size of the site. Every page is made again when the
 * frame around all pages (navigation, footer) or the interface's words (which quote the
 * contract's years) changed, and pages that declare no source are always made.
 *
 * <p>A page is written over the file already there, which JBake's own {@code render} deletes
 * first (for drafts, which the portal does not have): a build writing over the previous build's
 * files (see {@code Publication}) then creates no file.
 */
public final class ChangedPagesRenderer {

    private final JBakeConfiguration config;
    /**
     * The engines JBake registers by template extension (ours: {@link PortalTemplateEngine}),
     * which render the pages. JBake's own {@code Renderer} and its delegating engine are not
     * used: they need its database, and the delegating engine would copy its whole configuration
     * (a few hundred settings, which no template reads) into every page's data first: 5 % of the
     * x100 build's CPU.
     */
    private final TemplateEngines engines;
    private Map<String, DocumentModel> previous = Map.of();
    private final Map<String, DocumentModel> current = new ConcurrentHashMap<>();
    private Map<String, List<String>> previousSources = Map.of();
    private final Map<String, List<String>> currentSources = new ConcurrentHashMap<>();
    private Map<String, Object> previousEntities;
    private Map<String, Object> entities;
    private List<SiteChrome> previousFrame;
    private List<SiteChrome> frame;
    private Messages previousWords;
    private Messages words;
    /** The keys of the entities that changed since the last bake, or null when every page is to be made. */
    private Set<String> changed;
    private final AtomicInteger rendered = new AtomicInteger();
    private final AtomicInteger built = new AtomicInteger();

    private final boolean remember;

    /** A renderer that {@code remember}s what each page was rendered from (a preview); a build's does not. */
    ChangedPagesRenderer(JBakeConfiguration config, boolean remember) {
        this.config = config;
        // JBake's registry makes each engine with the database it is given, which ours never reads.
        this.engines = new TemplateEngines(config, null);
        this.remember = remember;
    }

    /** Starts a bake of {@code context}: pages rendered from now on are compared with the last bake's. */
    void begin(BakeContext context) {
        current.clear();
        currentSources.clear();
        rendered.set(0);
        built.set(0);
        changed = null;
        if (!remember) {
            return;
        }
        entities = context.portal().entities();
        frame = context.languages().all().stream().map(lang -> SiteChrome.of(context, lang)).toList();
        // The bake hands the same words while the facts they quote do not change: another object is other words.
        words = context.messages();
        if (previousEntities != null && frame.equals(previousFrame) && words == previousWords) {
            Set<String> keys = new HashSet<>(entities.keySet());
            keys.addAll(previousEntities.keySet());
            changed = keys.parallelStream().filter(key -> !Objects.equals(entities.get(key), previousEntities.get(key)))
                    .collect(Collectors.toUnmodifiableSet());
        }
    }

    /**
     * Whether the page at {@code uri}, showing the entities {@code sources}, may differ from the
     * last bake's; if not, it keeps the last bake's data and is neither built nor written.
     */
    boolean affected(String uri, List<String> sources) {
        DocumentModel before = previous.get(uri);
        // A source the model does not list as an entity cannot be compared: the page is always built.
        if (changed == null || sources.isEmpty() || before == null
                || !entities.keySet().containsAll(sources)
                || sources.stream().anyMatch(changed::contains)
                || previousSources.getOrDefault(uri, List.of()).stream().anyMatch(changed::contains)) {
            return true;
        }
        current.put(uri, before);
        currentSources.put(uri, previousSources.get(uri));
        return false;
    }

    /** Renders {@code page}, made from the entities {@code sources}, unless its data equal the last bake's. */
    void render(DocumentModel page, List<String> sources) throws Exception {
        if (remember) {
            currentSources.put(page.getUri(), sources);
        }
        render(page);
    }

    /** Renders {@code page} unless its data equal the last bake's. */
    void render(DocumentModel page) throws Exception {
        built.incrementAndGet();
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
        // Most pages are written over the previous build's (see Publication): their folder is there,
        // and asking to create it anyway costs an exception per page.
        if (!Files.isDirectory(file.getParent())) {
            Files.createDirectories(file.getParent());
        }
        String template = config.getTemplateFileByDocType(page.getType()).getName();
        try (Writer out = new OutputStreamWriter(Overwriting.open(file), config.getRenderEncoding())) {
            engines.getEngine(FileUtil.fileExt(template)).renderDocument(model, template, out);
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
        previousSources = Map.copyOf(currentSources);
        currentSources.clear();
        previousEntities = entities;
        previousFrame = frame;
        previousWords = words;
        return errors;
    }

    /** Where the pages are written. */
    Path destination() {
        return config.getDestinationFolder().toPath();
    }

    /** How many pages the last bake actually rendered. */
    int rendered() {
        return rendered.get();
    }

    /** How many pages the last bake built the data of (and compared with the previous bake's). */
    int built() {
        return built.get();
    }
}
