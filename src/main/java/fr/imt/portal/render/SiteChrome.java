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
        List<Link> nav = new ArrayList<>(List.of(new Link(t.get("nav.home"), urls.href(Urls.home(lang))), gapAnalysis, actionPlan));
        if (!context.portal().cop().isEmpty()) {
            nav.add(new Link(t.get("nav.cop"), urls.href(context.urls().cop(lang))));
        }
        List<Link> footer = new ArrayList<>();
        if (context.portal().otmr().isPresent()) {
            nav.add(new Link(t.get("nav.otmr"), urls.href(context.urls().otmr(lang))));
            footer.add(new Link(t.get("nav.otmr"), urls.href(context.urls().otmr(lang))));
        }
        nav.add(new Link(t.get("nav.news"), urls.href(context.urls().news(lang))));
        nav.add(new Link(t.get("nav.search"), urls.href(context.urls().search(lang))));
        footer.add(new Link(t.get("nav.gapAnalysis"), urls.href(context.urls().gapAnalysis(lang))));
        footer.add(new Link(t.get("nav.actionPlan"), urls.href(context.urls().actionPlan(lang))));
        if (!context.portal().cop().isEmpty()) {
            footer.add(new Link(t.get("nav.cop"), urls.href(context.urls().cop(lang))));
        }
        footer.add(new Link(t.get("nav.news"), urls.href(context.urls().news(lang))));
        footer.add(new Link(t.get("nav.data"), urls.href(context.urls().data(lang))));
        footer.add(new Link(t.get("nav.changes"), urls.href(context.urls().changes(lang))));
        for (Page page : context.portal().pages()) {
            // The accessibility link states the compliance status, as RGAA asks of every page.
            String label = "accessibility".equals(page.id()) ? t.get("footer.accessibility") : page.title().in(lang);
            footer.add(new Link(label, urls.href(Urls.page(lang, page.slug().in(lang)))));
        }
        return new SiteChrome(context.siteNames().get(lang), urls.href(Urls.home(lang)), urls.basePath(),
                urls.href(""), List.copyOf(nav), List.copyOf(footer), gapAnalysis, actionPlan, context.settings().get("site.csp"),
                urls.href(context.urls().newsFeed(lang)), ogLocale(lang), ogLocale(lang.other()), origin(urls), organization(context),
                urls.href(context.urls().search(lang)), urls.href(context.urls().changesFeed(lang)),
                java.util.Arrays.stream(fr.imt.portal.model.Rating.values())
                        .map(r -> Badge.rating(r, lang, context.messages())).toList());
    }


    /** The scheme and host of the public site, to make a site link absolute. */
    private static String origin(Urls urls) {
        String root = urls.absolute("");
        return root.substring(0, root.length() - urls.basePath().length());
    }

    private static String ogLocale(Lang lang) {
        return lang == Lang.FR ? "fr_FR" : "en_GB";
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
