package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Portal;
import org.jbake.app.configuration.JBakeConfiguration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What every page family needs to render: the checked model, the URL scheme, the Markdown
 * renderer, the interface's words, the site's settings, the build date ("today", which decides
 * lateness), the bake's page families (whose plans the site map lists) and the views many of its
 * pages share. It travels to JBake's {@link org.jbake.render.RenderingTool}s inside the JBake
 * configuration.
 */
public record BakeContext(Portal portal, Urls urls, Markdown markdown, Messages messages, LocalDate today,
                          Map<Lang, String> siteNames, SiteSettings settings, List<PageFamily> families,
                          SharedViews shared) {

    static final String CONFIG_KEY = "portal.bake.context";

    public static BakeContext from(JBakeConfiguration config) {
        Object context = config.get(CONFIG_KEY);
        if (!(context instanceof BakeContext bake)) {
            throw new IllegalStateException("no bake context in the JBake configuration");
        }
        return bake;
    }
}
