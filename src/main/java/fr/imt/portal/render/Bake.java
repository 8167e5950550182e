package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Portal;
import org.jbake.app.Asset;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.render.RenderingTool;
import org.jbake.template.DelegatingTemplateEngine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Our bake sequence around JBake's parts: its configuration (from {@code site.properties}), its
 * renderer and template-engine delegation, its asset copying and its {@link RenderingTool}
 * extension point. Content never goes through JBake's database: it is held in memory, which
 * keeps rendering linear in the number of pages. Any rendering or asset error fails the bake.
 */
public final class Bake {

    /** The figures of one bake, and the context it rendered with (the index stage reuses it). */
    public record Result(int pages, List<String> errors, BakeContext context) {}

    private Bake() {}

    public static Result run(Portal portal, Path source, Path destination, LocalDate today) {
        return run(portal, source, destination, today, Map.of());
    }

    /** A bake where {@code settings} replace the values of site.properties (a deployment's base path and address). */
    public static Result run(Portal portal, Path source, Path destination, LocalDate today, Map<String, String> settings) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                source.toFile(), destination.toFile(), source.resolve("site.properties").toFile(), false);
        settings.forEach(config::setProperty);
        Path templates = config.getTemplateFolder().toPath();
        Map<Lang, String> names = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            names.put(lang, config.getCompositeConfiguration().getString("site.name." + lang.code()));
        }
        BakeContext context = new BakeContext(portal, new Urls(config.getCompositeConfiguration().getString("site.basePath"),
                config.getCompositeConfiguration().getString("site.url")), new Markdown(), new Messages(templates), today, names,
                SiteSettings.from(config.getCompositeConfiguration()));
        config.setProperty(BakeContext.CONFIG_KEY, context);

        List<PageFamily> families = new ArrayList<>();
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class)) {
            if (tool instanceof PageFamily family) {
                families.add(family);
            }
        }
        for (PageFamily family : families) {
            for (String template : family.templates(context)) {
                config.setTemplateFileNameForDocType(template, template + ".ftlh");
            }
        }
        DelegatingTemplateEngine engine = new DelegatingTemplateEngine(null, config);
        Renderer renderer = new Renderer(null, config, engine);

        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (PageFamily family : families) {
            try {
                pages += family.render(renderer, null, config);
            } catch (Exception e) {
                errors.add(family.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        Asset asset = new Asset(config);
        asset.copy();
        for (Throwable t : asset.getErrors()) {
            errors.add("assets: " + t.getMessage());
        }
        return new Result(pages, errors, context);
    }

}
