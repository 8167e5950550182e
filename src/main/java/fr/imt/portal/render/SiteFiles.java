package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.output.ChangedFiles;
import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.Urls;
import org.jbake.model.DocumentModel;
import org.jbake.template.RenderingException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files around the pages that make a site findable and safe to host: {@code sitemap.xml}
 * (every public page with its language alternates), {@code robots.txt}, Atom feeds of the news
 * and of what changed per language, a redirect page at each old address declared in the content, and {@code _headers}
 * (the Content-Security-Policy and other security headers for Netlify or Cloudflare Pages).
 * It reads the pages of every other {@link PageFamily}, so it also checks that no two pages
 * claim the same address.
 */
public final class SiteFiles extends PageFamily {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    /** Pages that are not addresses of their own: they answer for addresses that do not exist. */
    private static final Set<String> UNLISTED = Set.of("not-found");

    @Override
    public List<PagePlan> plan(BakeContext context) {
        return List.of();
    }

    @Override
    public List<String> templates(BakeContext context) {
        return List.of("redirect");
    }

    @Override
    public int render(BakeContext context, ChangedPagesRenderer renderer) throws RenderingException {
        Path out = renderer.destination();
        List<PagePlan> plans = new ArrayList<>();
        for (PageFamily family : context.families()) {
            plans.addAll(family.plans(context));
        }
        Map<String, String> paths = addresses(plans);
        Map<String, String> redirects = PublicPages.redirects(context);
        List<String> clashes = new ArrayList<>();
        redirects.forEach((alias, target) -> {
            if (paths.containsKey(alias)) {
                clashes.add("the old address " + alias + " (an alias) is also the address of a page");
            }
        });
        if (!clashes.isEmpty()) {
            throw new RenderingException(String.join("\n", clashes));
        }
        int files = 0;
        try {
            write(out.resolve(Urls.sitemap()), sitemap(context, plans));
            write(out.resolve("robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: " + context.urls().absolute(Urls.sitemap()) + "\n");
            write(out.resolve("_headers"), headers(context));
            files += 3;
            for (Lang lang : context.languages().all()) {
                write(out.resolve(context.urls().newsFeed(lang)), feed(context, lang));
                write(out.resolve(context.urls().changesFeed(lang)), changesFeed(context, lang));
                files += 2;
            }
        } catch (IOException | XMLStreamException e) {
            throw new RenderingException("site files: " + e.getMessage());
        }
        for (Map.Entry<String, String> r : redirects.entrySet()) {
            DocumentModel doc = new DocumentModel();
            doc.setType("redirect");
            doc.setUri(Urls.file(r.getKey()));
            doc.setStatus("published");
            Lang lang = context.languages().ofPath(r.getKey());
            doc.put("lang", lang.code());
            doc.put("t", context.messages().in(lang));
            doc.put("target", context.urls().href(r.getValue()));
            doc.put("canonical", context.urls().absolute(r.getValue()));
            doc.put("assets", context.urls().href(""));
            try {
                renderer.render(doc);
            } catch (Exception e) {
                throw new RenderingException(r.getKey() + ": " + e.getMessage());
            }
            files++;
        }
        return files;
    }

    /** Every page's site path with the template that renders it; a path claimed twice is a bug (see {@link #clashes}). */
    private static Map<String, String> addresses(List<PagePlan> plans) throws RenderingException {
        Map<String, String> paths = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (PagePlan plan : plans) {
            for (Lang lang : plan.languages()) {
                String path = plan.path().apply(lang);
                String before = paths.putIfAbsent(path, plan.template());
                if (before != null) {
                    duplicates.add(path + " is claimed by a " + before + " page and a " + plan.template() + " page");
                }
            }
        }
        if (!duplicates.isEmpty()) {
            throw new RenderingException(String.join("\n", duplicates));
        }
        return paths;
    }

    /**
     * An address claimed twice: the content file that made the later claim, and what to tell its
     * editor (a message of the editors' catalogue, {@code key} with {@code args}).
     */
    public record Clash(String file, String key, List<String> args) {}

    /**
     * Every address that two pages claim, or that is both a page's and an old address (an alias)
     * leading elsewhere, each named by the content files behind both claims ({@code file} is
     * relative to the content folder, empty for a page the generator makes on its own).
     */
    public static List<Clash> clashes(BakeContext context) {
        Map<String, PagePlan> claimed = new LinkedHashMap<>();
        List<Clash> clashes = new ArrayList<>();
        for (PageFamily family : context.families()) {
            for (PagePlan plan : family.plans(context)) {
                for (Lang lang : plan.languages()) {
                    String path = plan.path().apply(lang);
                    PagePlan before = claimed.putIfAbsent(path, plan);
                    if (before != null && before != plan) {
                        // Reported where the address was chosen: a page of one entity (a prose page's slug) rather than a list.
                        PagePlan chosen = ownFile(context, plan).isPresent() ? plan : before;
                        clashes.add(new Clash(ownFile(context, chosen).orElse(""), "address.clash",
                                List.of("/" + path, claimant(context, before), claimant(context, plan))));
                    }
                }
            }
        }
        PublicPages.redirects(context).forEach((alias, target) -> {
            PagePlan page = claimed.get(alias);
            if (page != null) {
                PagePlan owner = claimed.get(target);
                clashes.add(new Clash(owner == null ? "" : ownFile(context, owner).orElse(""), "address.aliasClash",
                        List.of("/" + alias, "/" + target, claimant(context, page))));
            }
        });
        return clashes;
    }

    /** The first content file of a page made from one entity (relative to the content folder); none for a list of many. */
    private static java.util.Optional<String> ownFile(BakeContext context, PagePlan plan) {
        if (plan.sources().size() != 1) {
            return java.util.Optional.empty();
        }
        return context.portal().provenance().filesOf(plan.sources().get(0)).stream()
                .map(f -> f.substring(0, f.lastIndexOf('@') < 0 ? f.length() : f.lastIndexOf('@'))).findFirst();
    }

    private static String claimant(BakeContext context, PagePlan plan) {
        return ownFile(context, plan).map(f -> "content/" + f).orElse("(" + plan.template() + ")");
    }

    private static String sitemap(BakeContext context, List<PagePlan> plans) throws XMLStreamException {
        Urls urls = context.urls();
        StringWriter text = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(SITEMAP_NS);
        xml.writeNamespace("xhtml", XHTML_NS);
        xml.writeCharacters("\n  ");
        xml.writeStartElement("url");
        element(xml, "loc", urls.absolute(""));
        xml.writeEndElement();
        xml.writeCharacters("\n");
        for (PagePlan plan : plans) {
            if (UNLISTED.contains(plan.template())) {
                continue;
            }
            for (Lang lang : context.languages().all()) {
                if (!plan.languages().contains(lang)) {
                    continue;
                }
                xml.writeCharacters("  ");
                xml.writeStartElement("url");
                element(xml, "loc", urls.absolute(plan.path().apply(lang)));
                if (plan.translated()) {
                    for (Lang alt : context.languages().all()) {
                        xml.writeEmptyElement("xhtml", "link", XHTML_NS);
                        xml.writeAttribute("rel", "alternate");
                        xml.writeAttribute("hreflang", alt.code());
                        xml.writeAttribute("href", urls.absolute(plan.path().apply(alt)));
                    }
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.close();
        return text.toString();
    }

    private static String feed(BakeContext context, Lang lang) throws XMLStreamException {
        NewsViews views = new NewsViews(context, lang);
        List<NewsItem> items = views.items();
        Urls urls = context.urls();
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (NewsItem item : items) {
            NewsViews.PostView post = views.post(item, true);
            String address = urls.absolute(context.urls().newsPost(lang, item.id()));
            entries.add(new AtomFeed.Entry(post.title(), address, address, item.date(), post.summary(), post.html()));
        }
        // With no post yet, the feed is as old as the build; otherwise as new as its latest post.
        return new AtomFeed(lang, context.siteNames().get(lang) + " – " + context.messages().get(lang, "news.title"),
                urls.absolute(context.urls().newsFeed(lang)), urls.absolute(context.urls().news(lang)),
                items.isEmpty() ? context.today() : items.get(0).date(), context.settings().get("site.publisher.name"),
                entries).xml();
    }

    /** What changed: the same changes as the page, each linking to the entry on its entity's page. */
    private static String changesFeed(BakeContext context, Lang lang) throws XMLStreamException {
        Urls urls = context.urls();
        List<Changes.Change> changes = Changes.latest(context, lang, Changes.size(context));
        List<AtomFeed.Entry> entries = new ArrayList<>();
        for (Changes.Change c : changes) {
            String address = urls.absolute(c.path());
            String title = c.subject() + (c.status() == null ? ""
                    : " – " + context.messages().format(lang, "changes.statusOnly", c.status().label()));
            entries.add(new AtomFeed.Entry(title, address, address, c.day(), c.text(), ""));
        }
        return new AtomFeed(lang, context.siteNames().get(lang) + " – " + context.messages().get(lang, "changes.title"),
                urls.absolute(context.urls().changesFeed(lang)), urls.absolute(context.urls().changes(lang)),
                changes.isEmpty() ? context.today() : changes.get(0).day(), context.settings().get("site.publisher.name"),
                entries).xml();
    }

    /**
     * Netlify / Cloudflare Pages header rules: the page's policy plus what only a header can say
     * (no framing), and the usual hardening headers.
     */
    private static String headers(BakeContext context) {
        return "/*\n"
                + "  Content-Security-Policy: " + context.settings().get("site.csp") + "; frame-ancestors 'none'\n"
                + "  X-Content-Type-Options: nosniff\n"
                + "  Referrer-Policy: strict-origin-when-cross-origin\n"
                + "  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()\n"
                + "  Cross-Origin-Opener-Policy: same-origin\n";
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void write(Path file, String text) throws IOException {
        ChangedFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
