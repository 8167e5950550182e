package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.Urls;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

import java.util.List;
import java.util.Map;

/**
 * The site's root address: the one page in no single language, which offers both and sends a
 * visitor on to French or English (no script: two plain links, French first).
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
        doc.put("languages", List.of(Lang.values()).stream().map(lang -> Map.of(
                "lang", lang.code(),
                "name", context.siteNames().get(lang),
                "label", context.messages().get(lang, "lang.name"),
                "description", context.messages().get(lang, "root.description"),
                "url", context.urls().href(Urls.home(lang)),
                "canonical", context.urls().absolute(Urls.home(lang)))).toList());
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
