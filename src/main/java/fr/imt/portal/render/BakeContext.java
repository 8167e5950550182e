package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Portal;
import fr.imt.portal.site.Markdown;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.SiteSettings;
import fr.imt.portal.site.Urls;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What every page family needs to render: the site's context (model, URLs, words, settings, build
 * date), the bake's page families (whose plans the site map lists) and the views many of its
 * pages share. The {@link Bake} hands it to each family it renders.
 */
public record BakeContext(SiteContext site, List<PageFamily> families, SharedViews shared) {

    public Portal portal() {
        return site.portal();
    }

    public Urls urls() {
        return site.urls();
    }

    public Markdown markdown() {
        return site.markdown();
    }

    public Messages messages() {
        return site.messages();
    }

    public LocalDate today() {
        return site.today();
    }

    public Map<Lang, String> siteNames() {
        return site.siteNames();
    }

    public Languages languages() {
        return site.languages();
    }

    public SiteSettings settings() {
        return site.settings();
    }
}
