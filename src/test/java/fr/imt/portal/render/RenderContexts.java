package fr.imt.portal.render;

import fr.imt.portal.content.ContentLoader;
import fr.imt.portal.content.SettingsCheck;
import fr.imt.portal.model.Portal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The render stage's context without a bake: a fixture's content (under
 * {@code src/test/resources/sites/}) or the real one, loaded and checked as a build does, with the
 * project's templates' words and settings, and the site's page families. Views made from it are
 * the views the pages show.
 */
final class RenderContexts {

    static final Path PROJECT = Path.of("").toAbsolutePath();

    private RenderContexts() {}

    /** The context of the fixture site {@code name} on {@code today}. */
    static BakeContext fixture(String name, LocalDate today) {
        return fixture(name, today, Map.of());
    }

    /** The context of the fixture site {@code name} on {@code today}, with {@code settings} over the site's. */
    static BakeContext fixture(String name, LocalDate today, Map<String, String> settings) {
        return of(PROJECT.resolve("src/test/resources/sites").resolve(name).resolve("content"), today, settings);
    }

    /** The context of the real content on {@code today}. */
    static BakeContext real(LocalDate today) {
        return of(PROJECT.resolve("content"), today, Map.of());
    }

    /**
     * The same site with nothing shared yet: a bake shares views once made (an action's card, the
     * changes), so a test that must see them made again (a mutation test swaps code between
     * tests) starts from this.
     */
    static BakeContext fresh(BakeContext context) {
        List<PageFamily> families = ServiceLoader.load(PageFamily.class).stream().map(ServiceLoader.Provider::get).toList();
        return new BakeContext(context.site(), families, new SharedViews());
    }

    private static BakeContext of(Path content, LocalDate today, Map<String, String> settings) {
        ContentLoader.Result loaded = ContentLoader.load(content, today, SettingsCheck.timeZone(PROJECT, settings).orElseThrow());
        Portal portal = loaded.portal().orElseThrow(() -> new AssertionError(loaded.problems().toString()));
        Bake bake = new Bake(PROJECT, PROJECT.resolve("target/render-tests"), settings, false);
        List<PageFamily> families = ServiceLoader.load(PageFamily.class).stream().map(ServiceLoader.Provider::get).toList();
        return new BakeContext(bake.context(portal, today), families, new SharedViews());
    }
}
