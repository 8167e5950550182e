package fr.imt.portal.render;

import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.Urls;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

import java.util.List;
import java.util.Map;

/**
 * The site's root address: the one page in no single language. It says in both what the site is,
 * offers both languages (no script: plain links, in the site's order, the original first) and the
 * legal pages of each.
 */
public final class RootPage extends PageFamily {

    @Override
    public List<PagePlan> plan(BakeContext context) {
        return List.of();
    }

    @Override
    public List<String> templates(BakeContext context) {
        return List.of("root");
    }

    @Override
    public int render(BakeContext context, ChangedPagesRenderer renderer) throws RenderingException {
        DocumentModel doc = new DocumentModel();
        doc.setType("root");
        doc.setUri("index.html");
        doc.setStatus("published");
        List<Map<String, Object>> languages = context.languages().all().stream().map(lang -> Map.<String, Object>of(
                "lang", lang.code(),
                "name", context.siteNames().get(lang),
                "label", context.messages().get(lang, "lang.name"),
                "enter", context.messages().get(lang, "root.enter"),
                "description", context.messages().get(lang, "root.description"),
                "intro", context.messages().get(lang, "home.intro"),
                "url", context.urls().href(Urls.home(lang)),
                "canonical", context.urls().absolute(Urls.home(lang)),
                "footer", context.portal().pages().stream().map(page -> new SiteChrome.Link(
                        "accessibility".equals(page.id()) ? context.messages().get(lang, "footer.accessibility") : page.title().in(lang),
                        context.urls().href(Urls.page(lang, page.slug().in(lang))))).toList())).toList();
        doc.put("languages", languages);
        // The page speaks the original language first (its title, its name), the other beside it.
        doc.put("original", languages.get(0));
        doc.put("other", languages.get(1));
        // The same policy as every other page: one setting, never a copy that could drift.
        doc.put("csp", context.settings().get("site.csp"));
        doc.put("assets", context.urls().href(""));
        doc.put("canonical", context.urls().absolute(""));
        try {
            renderer.render(doc);
        } catch (Exception e) {
            throw new RenderingException("index.html: " + e.getMessage());
        }
        return 1;
    }
}
