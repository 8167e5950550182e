package fr.imt.portal.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.imt.portal.site.Badge;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Page;
import fr.imt.portal.site.SiteSettings;
import fr.imt.portal.site.Urls;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What surrounds every page: the site's name, the main navigation and the footer links, the
 * pages that breadcrumbs lead back to ({@code gapAnalysis}, {@code actionPlan}), the page head's
 * shared pieces (security policy, news feed, sharing locale, the publisher as schema.org data),
 * and the key to the gap analysis's ratings that any page showing one explains.
 */
public record SiteChrome(String name, String home, String basePath, String assets, List<Link> navigation,
                         List<Link> footer, Link gapAnalysis, Link actionPlan, String csp, String feed, String locale,
                         String otherLocale, String origin, String organizationJson, String search, String changesFeed,
                         List<Badge> ratings) {

    /** A labelled link. */
    public record Link(String label, String url) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    static SiteChrome of(BakeContext context, Lang lang) {
        Urls urls = context.urls();
        Map<String, String> t = context.messages().in(lang);
        Link gapAnalysis = new Link(t.get("nav.gapAnalysis"), urls.href(context.urls().gapAnalysis(lang)));
        Link actionPlan = new Link(t.get("nav.actionPlan"), urls.href(context.urls().actionPlan(lang)));
        List<Link> nav = sections(context, lang, "site.navigation");
        List<Link> footer = new ArrayList<>(sections(context, lang, "site.footer"));
        for (Page page : context.portal().pages()) {
            // The accessibility link states the compliance status, as RGAA asks of every page.
            String label = "accessibility".equals(page.id()) ? t.get("footer.accessibility") : page.title().in(lang);
            footer.add(new Link(label, urls.href(Urls.page(lang, page.slug().in(lang)))));
        }
        return new SiteChrome(context.siteNames().get(lang), urls.href(Urls.home(lang)), urls.basePath(),
                urls.href(""), List.copyOf(nav), List.copyOf(footer), gapAnalysis, actionPlan, context.settings().get("site.csp"),
                urls.href(context.urls().newsFeed(lang)), ogLocale(lang), ogLocale(context.languages().other(lang)), origin(urls), organization(context),
                urls.href(context.urls().search(lang)), urls.href(context.urls().changesFeed(lang)),
                java.util.Arrays.stream(fr.imt.portal.model.Rating.values())
                        .map(r -> Badge.rating(r, lang, context.messages())).toList());
    }


    /**
     * The links the setting {@code key} lists (site.navigation, site.footer, site.notFound: names
     * of sections, in order), each section the site has: the COP and the OTM-R page only when their
     * content exists.
     */
    static List<Link> sections(BakeContext context, Lang lang, String key) {
        Urls urls = context.urls();
        List<Link> links = new ArrayList<>();
        for (String name : context.settings().get(key).split("[\\s,]+")) {
            String path = switch (name) {
                case "home" -> Urls.home(lang);
                case "gapAnalysis" -> urls.gapAnalysis(lang);
                case "actionPlan" -> urls.actionPlan(lang);
                case "cop" -> context.portal().cop().isEmpty() ? null : urls.cop(lang);
                case "otmr" -> context.portal().otmr().isPresent() ? urls.otmr(lang) : null;
                case "news" -> urls.news(lang);
                case "search" -> urls.search(lang);
                case "data" -> urls.data(lang);
                case "changes" -> urls.changes(lang);
                // The settings check names the setting's line before anything is rendered.
                default -> throw new IllegalStateException(key + " names no section: " + name);
            };
            if (path != null) {
                links.add(new Link(context.messages().get(lang, "nav." + name), urls.href(path)));
            }
        }
        return List.copyOf(links);
    }

    /** The scheme and host of the public site, to make a site link absolute. */
    private static String origin(Urls urls) {
        String root = urls.absolute("");
        return root.substring(0, root.length() - urls.basePath().length());
    }

    private static String ogLocale(Lang lang) {
        return switch (lang) {
            case FR -> "fr_FR";
            case EN -> "en_GB";
        };
    }

    /** The publisher as a schema.org Organization, safe to place inside a script element. */
    private static String organization(BakeContext context) {
        SiteSettings s = context.settings();
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", s.get("site.publisher.name"));
        org.put("url", s.get("site.publisher.url"));
        org.put("address", s.get("site.publisher.address"));
        try {
            return JSON.writeValueAsString(org).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
