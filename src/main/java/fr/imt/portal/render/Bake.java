package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Portal;
import fr.imt.portal.site.Markdown;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.SiteSettings;
import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;
import org.jbake.app.Asset;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Our bake sequence around JBake's parts: its configuration (from {@code site.properties}), its
 * template-engine registry (where our FreeMarker engine is registered, see
 * {@link PortalTemplateEngine}) and its asset copying; our page families render through
 * {@link ChangedPagesRenderer}, the one place that calls JBake's engines. Content never goes
 * through JBake's database (JBake's own {@code Oven}, {@code Renderer} and rendering tools need
 * it): it is held in memory, which keeps rendering linear in the number of pages. Any rendering
 * or asset error fails the bake.
 *
 * <p>A bake kept between rebuilds (as {@code serve} keeps it) compiles the templates once and
 * renders again only the pages whose data changed (see {@link ChangedPagesRenderer}).
 */
public final class Bake {

    /**
     * The figures of one bake: its pages, how many it wrote ({@code rendered}) and how many it
     * built the data of ({@code built}).
     */
    public record Result(int pages, int rendered, int built, List<String> errors) {}

    /** What one family rendered: its page count, or why it failed. */
    private record Rendered(int pages, String error) {}

    private final DefaultJBakeConfiguration config;
    private final List<PageFamily> families = new ArrayList<>();
    private final ChangedPagesRenderer renderer;
    private final Markdown markdown;
    private final Messages messages;
    /**
     * The words with the COP's facts quoted, and those facts: the same object from one bake to the
     * next while the facts do not change, so that a kept bake's pages compare equal (see
     * {@link ChangedPagesRenderer}).
     */
    private Messages quoted;
    private Map<String, String> quotedFacts;
    private final Map<Lang, String> names = new EnumMap<>(Lang.class);
    private final boolean remember;

    /**
     * Prepares a bake of the site folder {@code source} into {@code destination}: configuration,
     * templates, families; {@code settings} replace values of site.properties (a deployment's base
     * path and address). A bake that {@code remember}s renders again only the pages whose data
     * changed since its last bake.
     */
    public Bake(Path source, Path destination, Map<String, String> settings, boolean remember) {
        config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                source.toFile(), destination.toFile(), source.resolve("site.properties").toFile(), false);
        settings.forEach(config::setProperty);
        markdown = new Markdown(new Urls(config.getCompositeConfiguration().getString("site.basePath"), "",
                new Urls.Segments(SiteSettings.from(config.getCompositeConfiguration()))).basePath());
        messages = new Messages(config.getTemplateFolder().toPath());
        for (Lang lang : Lang.values()) {
            names.put(lang, config.getCompositeConfiguration().getString("site.name." + lang.code()));
        }
        ServiceLoader.load(PageFamily.class).forEach(families::add);
        this.remember = remember;
        renderer = new ChangedPagesRenderer(config, remember);
    }

    /**
     * The addresses {@code site} would give two pages (see {@link SiteFiles#clashes}): mistakes
     * in the content (a page's slug, an old address), checked before anything is rendered.
     */
    public List<SiteFiles.Clash> clashes(SiteContext site) {
        return SiteFiles.clashes(new BakeContext(site, List.copyOf(families), new SharedViews()));
    }

    /** Where this bake writes (a build's staging folder, then the published folder for {@code serve}). */
    public void destination(Path destination) {
        config.setDestinationFolder(destination.toFile());
    }

    /** Where this bake writes now. */
    public Path destination() {
        return config.getDestinationFolder().toPath();
    }

    /** What the output stages make the site of {@code portal} from, as of {@code today}, with this bake's settings and words. */
    public synchronized SiteContext context(Portal portal, LocalDate today) {
        Map<String, String> facts = Messages.facts(portal.cop());
        if (!facts.equals(quotedFacts)) {
            quoted = messages.quoting(facts);
            quotedFacts = facts;
        }
        SiteSettings settings = SiteSettings.from(config.getCompositeConfiguration());
        return new SiteContext(portal, new Urls(config.getCompositeConfiguration().getString("site.basePath"),
                config.getCompositeConfiguration().getString("site.url"), new Urls.Segments(settings)), markdown, quoted, today, names,
                Languages.of(settings.get("site.languages")), settings);
    }

    /**
     * Renders the site of {@code site}, with {@code stagePages} (pages whose data an earlier stage
     * made): every page the first time, then only pages whose data differ from the previous bake's;
     * pages that no longer exist are deleted. Assets are copied when {@code copyAssets}.
     */
    public Result bake(SiteContext site, List<PagePlan> stagePages, boolean copyAssets) {
        BakeContext context = new BakeContext(site, List.copyOf(families), new SharedViews());
        families.stream().filter(StagePages.class::isInstance).map(StagePages.class::cast).forEach(f -> f.take(stagePages));
        for (PageFamily family : families) {
            for (String template : family.templates(context)) {
                config.setTemplateFileNameForDocType(template, template + ".ftlh");
            }
        }
        renderer.begin(context);
        // A preview's families render side by side (their pages too): an incremental rebuild has few
        // pages in each, and the open data and site files are each made in one piece. A build renders
        // one family after the other, each on every core, which holds less in memory at a time.
        Stream<PageFamily> each = remember ? families.parallelStream() : families.stream();
        List<Rendered> outcomes = each.map(family -> {
            try {
                return new Rendered(family.render(context, renderer), null);
            } catch (Exception e) {
                return new Rendered(0, family.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }).toList();
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (Rendered outcome : outcomes) {
            pages += outcome.pages();
            if (outcome.error() != null) {
                errors.add(outcome.error());
            }
        }
        if (errors.isEmpty()) {
            errors.addAll(renderer.end());
        }
        if (!remember) {
            families.forEach(PageFamily::forget);
        }
        if (copyAssets) {
            Asset asset = new Asset(config);
            asset.copy();
            for (Throwable t : asset.getErrors()) {
                errors.add("assets: " + t.getMessage());
            }
        }
        return new Result(pages, renderer.rendered(), renderer.built(), errors);
    }
}
