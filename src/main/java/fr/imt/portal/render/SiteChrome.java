package fr.imt.portal.render;

import fr.imt.portal.model.Lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What surrounds every page: the site's name, the main navigation and the footer links. */
public record SiteChrome(String name, String home, String basePath, String assets, List<Link> navigation,
                         List<Link> footer) {

    /** A labelled link. */
    public record Link(String label, String url) {}

    static SiteChrome of(BakeContext context, Lang lang) {
        Urls urls = context.urls();
        Map<String, String> t = context.messages().in(lang);
        List<Link> nav = List.of(
                new Link(t.get("nav.home"), urls.href(Urls.home(lang))),
                new Link(t.get("nav.gapAnalysis"), urls.href(Urls.gapAnalysis(lang))),
                new Link(t.get("nav.actionPlan"), urls.href(Urls.actionPlan(lang))));
        if (!context.portal().cop().isEmpty()) {
            nav = new java.util.ArrayList<>(nav);
            nav.add(new Link(t.get("nav.cop"), urls.href(Urls.cop(lang))));
            nav = List.copyOf(nav);
        }
        List<Link> footer = List.of(
                new Link(t.get("nav.gapAnalysis"), urls.href(Urls.gapAnalysis(lang))),
                new Link(t.get("nav.actionPlan"), urls.href(Urls.actionPlan(lang))));
        return new SiteChrome(context.siteNames().get(lang), urls.href(Urls.home(lang)), urls.basePath(),
                urls.href(""), nav, footer);
    }

    /** Unused keys are harmless; kept as a map for templates that need an arbitrary lookup. */
    public Map<String, String> navigationByUrl() {
        Map<String, String> map = new LinkedHashMap<>();
        navigation.forEach(l -> map.put(l.url(), l.label()));
        return map;
    }
}
