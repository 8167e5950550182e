package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.site.Dates;
import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.Urls;
import fr.imt.portal.site.Words;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A family of pages (the HRS4R pages, the COP pages…), found by the {@link Bake} through the
 * service list {@code META-INF/services/fr.imt.portal.render.PageFamily} (its order is the site
 * map's). A family plans its pages from the model; rendering, translation links and the data
 * every page shares are handled here.
 */
public abstract class PageFamily {

    /** The pages this family contributes, planned from the model. */
    public abstract List<PagePlan> plan(BakeContext context);

    private BakeContext plannedFor;
    private List<PagePlan> plans;

    /** This family's {@link #plan}, made once per bake (its templates, its pages and the site map all ask). */
    public final synchronized List<PagePlan> plans(BakeContext context) {
        if (plannedFor != context) {
            plans = List.copyOf(plan(context));
            plannedFor = context;
        }
        return plans;
    }

    /**
     * Drops what this family kept for the bake that just ended: a build calls it once its pages are
     * written, so that the index stage, which comes next, does not carry the pages' data.
     */
    public synchronized void forget() {
        plans = null;
        plannedFor = null;
    }

    /** Renders this family's pages of {@code context}'s bake through {@code renderer}; returns how many files it wrote or kept. */
    public int render(BakeContext context, ChangedPagesRenderer renderer) throws RenderingException {
        List<Map.Entry<PagePlan, Lang>> pages = new ArrayList<>();
        for (PagePlan plan : plans(context)) {
            for (Lang lang : context.languages().all()) {
                if (plan.languages().contains(lang)) {
                    pages.add(Map.entry(plan, lang));
                }
            }
        }
        // Each page's data (Markdown, charts, views) is built on the thread that renders it: every core works.
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        pages.parallelStream().forEach(page -> {
            DocumentModel doc = null;
            try {
                PagePlan plan = page.getKey();
                if (renderer.affected(Urls.file(plan.path().apply(page.getValue())), plan.sources())) {
                    doc = document(plan, page.getValue(), context);
                    renderer.render(doc, plan.sources());
                }
            } catch (Exception e) {
                failures.add((doc == null ? page.getKey().path().apply(page.getValue()) : doc.getUri()) + ": " + rootMessage(e));
            }
        });
        if (!failures.isEmpty()) {
            throw new RenderingException(String.join("\n", failures));
        }
        return pages.size();
    }

    /** The template types this family renders, so the bake can map each to its template file. */
    public List<String> templates(BakeContext context) {
        return plans(context).stream().map(PagePlan::template).distinct().toList();
    }

    private static DocumentModel document(PagePlan plan, Lang lang, BakeContext context) {
        String path = plan.path().apply(lang);
        Lang other = context.languages().other(lang);
        String otherPath = plan.path().apply(other);
        DocumentModel doc = new DocumentModel();
        doc.setType(plan.template());
        doc.setUri(Urls.file(path));
        doc.setStatus("published");
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", lang.code());
        page.put("title", plan.title().apply(lang));
        page.put("path", path);
        page.put("url", context.urls().href(path));
        page.put("canonical", context.urls().absolute(path));
        page.put("template", plan.template());
        // When the content this page shows last changed (none for pages made of no content).
        page.put("updated", context.portal().provenance().lastChanged(lang, plan.sources())
                .map(d -> Dates.view(d, lang)).orElse(null));
        page.put("edit", editUrl(plan, lang, context));
        Map<String, Object> alternate = new HashMap<>();
        alternate.put("lang", other.code());
        alternate.put("url", context.urls().href(otherPath));
        alternate.put("canonical", context.urls().absolute(otherPath));
        boolean translated = plan.languages().contains(other);
        alternate.put("title", translated ? plan.title().apply(other) : "");
        alternate.put("translation", translated);
        page.put("alternate", alternate);
        doc.put("page", page);
        doc.put("t", context.messages().in(lang));
        doc.put("words", new Words(context.messages(), lang));
        doc.put("site", SiteChrome.of(context, lang));
        doc.putAll(plan.data().apply(lang));
        return doc;
    }

    /**
     * Pages made from many files (the home page, lists, search…): their first entity is only the
     * first one listed, not a file the page is the page of, so they link to no source.
     */
    private static final java.util.Set<String> MADE_FROM_MANY = java.util.Set.of("home", "action-plan",
            "gap-analysis", "cop-milestones", "news-list", "changes", "data", "search", "not-found", "redirect", "root", "section");

    /**
     * Where an editor changes the file this page shows, on the git host: {@code site.editBaseUrl}
     * followed by the path of the file in the repository (its Markdown in the page's language when
     * it has one); null when no host is set or the page is made from many files.
     */
    private static String editUrl(PagePlan plan, Lang lang, BakeContext context) {
        String base = context.settings().has("site.editBaseUrl") ? context.settings().get("site.editBaseUrl").strip() : "";
        if (base.isEmpty() || plan.sources().isEmpty() || MADE_FROM_MANY.contains(plan.template())) {
            return null;
        }
        List<String> files = context.portal().provenance().files().getOrDefault(plan.sources().get(0), List.of()).stream()
                .filter(f -> !lang.markdownOfAnother(f)).toList();
        return files.stream().filter(f -> f.endsWith("." + lang.code() + ".md")).findFirst()
                .or(() -> files.stream().findFirst())
                .map(f -> base + (base.endsWith("/") ? "" : "/") + "content/" + f).orElse(null);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
