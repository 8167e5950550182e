package fr.imt.portal.site;

import fr.imt.portal.model.IndicatorId;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.ObjectiveId;
import fr.imt.portal.model.PillarId;
import fr.imt.portal.model.PrincipleId;
import fr.imt.portal.model.SchoolId;

import java.util.ArrayList;
import java.util.List;

/**
 * The portal's URL scheme, decided here and nowhere else. Addresses are built from stable
 * identifiers (never from titles), so editing a title never breaks a link; each page of one
 * language has its counterpart at the same route in the other. The words of the addresses are
 * the institution's, in site.properties ({@link Segments}).
 */
public final class Urls {

    /**
     * The words of the addresses in each language ({@code site.segment.<name>.<lang>} in
     * site.properties: "piliers", "plan-d-action"…), which the settings check makes URL-safe
     * and distinct where they share a folder.
     */
    public record Segments(SiteSettings settings) {

        /** The segment {@code name} ("pillars", "cop.objectives") in {@code lang}. */
        String of(Lang lang, String name) {
            return settings.get("site.segment." + name + "." + lang.code());
        }
    }

    private final String basePath;
    private final String baseUrl;
    private final Segments segments;

    /**
     * @param basePath where the site is served from, such as "/" or "/hrs4r/"
     * @param baseUrl  the public address of the site root, for canonical links
     * @param segments the words of the addresses in each language
     */
    public Urls(String basePath, String baseUrl, Segments segments) {
        String p = basePath == null || basePath.isBlank() ? "/" : basePath.strip();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        this.basePath = p.endsWith("/") ? p : p + "/";
        String u = baseUrl == null ? "" : baseUrl.strip();
        this.baseUrl = u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        this.segments = segments;
    }

    /** A page (or folder of pages) right below the language's home: {@code fr/piliers/}. */
    private String section(Lang lang, String name) {
        return lang.code() + "/" + segments.of(lang, name) + "/";
    }

    public String basePath() {
        return basePath;
    }

    /** The link to a site path ("fr/actions/18/") as written in pages: absolute from the host. */
    public String href(String path) {
        return basePath + path;
    }

    /** The public address of a site path, for canonical links, sitemaps and feeds. */
    public String absolute(String path) {
        return baseUrl + href(path);
    }

    /** The file a site path is written to ("fr/actions/18/index.html"). */
    public static String file(String path) {
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    public static String home(Lang lang) {
        return lang.code() + "/";
    }

    public String pillar(Lang lang, PillarId id) {
        return section(lang, "pillars") + id.value() + "/";
    }

    public String principle(Lang lang, PrincipleId id) {
        return section(lang, "principles") + id.value() + "/";
    }

    public String action(Lang lang, int number) {
        return section(lang, "actions") + number + "/";
    }

    public String actionPlan(Lang lang) {
        return section(lang, "actionPlan");
    }

    public String gapAnalysis(Lang lang) {
        return section(lang, "gapAnalysis");
    }

    /** The OTM-R page, whose address Euraxess links to: its segments must never change. */
    public String otmr(Lang lang) {
        return section(lang, "otmr");
    }

    public String search(Lang lang) {
        return section(lang, "search");
    }

    /** A prose page, at the address segment its content gives for {@code lang}. */
    public static String page(Lang lang, String slug) {
        return lang.code() + "/" + slug + "/";
    }

    /** The news list; its later pages are {@link #newsPage}. */
    public String news(Lang lang) {
        return section(lang, "news");
    }

    /** Page {@code number} (from 1) of the news list. */
    public String newsPage(Lang lang, int number) {
        return number <= 1 ? news(lang) : news(lang) + segments.of(lang, "news.page") + "/" + number + "/";
    }

    /** A news post, by its identifier {@code <date>-<slug>}. */
    public String newsPost(Lang lang, String id) {
        return news(lang) + id + "/";
    }

    public String newsFeed(Lang lang) {
        return news(lang) + "atom.xml";
    }

    /** What changed across the portal: progress entries, status changes and news, newest first. */
    public String changes(Lang lang) {
        return section(lang, "changes");
    }

    public String changesFeed(Lang lang) {
        return changes(lang) + "atom.xml";
    }

    /** The page a host serves for an unknown address in that language's part of the site. */
    public static String notFound(Lang lang) {
        return lang.code() + "/404.html";
    }

    public static String sitemap() {
        return "sitemap.xml";
    }

    /** The folder of a language's static search index, which the browser client fetches from. */
    public static String searchIndex(Lang lang) {
        return "search/" + lang.code() + "/";
    }

    // The COP: its overview, and its objectives, indicators, milestones, parts and schools below it.

    public String cop(Lang lang) {
        return section(lang, "cop");
    }

    public String copObjective(Lang lang, ObjectiveId id) {
        return cop(lang) + segments.of(lang, "cop.objectives") + "/" + id.value() + "/";
    }

    public String copIndicator(Lang lang, IndicatorId id) {
        return cop(lang) + segments.of(lang, "cop.indicators") + "/" + id.value() + "/";
    }

    public String copMilestones(Lang lang) {
        return cop(lang) + segments.of(lang, "cop.milestones") + "/";
    }

    /** A milestone's own page (its steps and progress log); the timeline of all milestones is {@link #copMilestones}. */
    public String copMilestone(Lang lang, String id) {
        return copMilestones(lang) + id + "/";
    }

    /** A part of the contract published as its own page (its introduction, the growth scenario…). */
    public String copPart(Lang lang, String id) {
        return cop(lang) + segments.of(lang, "cop.parts") + "/" + id + "/";
    }

    public String copSchool(Lang lang, SchoolId id) {
        return cop(lang) + segments.of(lang, "cop.schools") + "/" + id.value() + "/";
    }

    /**
     * A folder that holds pages of one kind ({@code fr/cop/ecoles/}) and the page that presents
     * them together (the COP overview, named {@code listName} in the navigation's words: "cop"),
     * where those pages' breadcrumbs lead back.
     */
    public record Section(String name, String folder, String list, String listName) {

        /** The key of the folder's name in the interface's words ({@code section.cop.schools}): its page's title. */
        public String titleKey() {
            return "section." + name;
        }

        /** Whether {@code path} is a page right inside this folder ({@code fr/actions/18/} in {@code fr/actions/}). */
        public boolean holds(String path) {
            return path.startsWith(folder) && path.substring(folder.length()).matches("[^/]+/");
        }
    }

    /** The sections of {@code lang}, in the order of the site; {@code name} is the same in every language. */
    public List<Section> sections(Lang lang) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("pillars", section(lang, "pillars"), actionPlan(lang), "actionPlan"));
        sections.add(new Section("principles", section(lang, "principles"), gapAnalysis(lang), "gapAnalysis"));
        sections.add(new Section("actions", section(lang, "actions"), actionPlan(lang), "actionPlan"));
        for (String below : List.of("cop.objectives", "cop.indicators", "cop.parts", "cop.schools")) {
            sections.add(new Section(below, cop(lang) + segments.of(lang, below) + "/", cop(lang), "cop"));
        }
        return sections;
    }

    // Open data: the data page per language, and the published files (language-neutral JSON,
    // one CSV per language) under data/ at the site's root.

    /** The page listing every dataset with its formats, columns and licence. */
    public String data(Lang lang) {
        return section(lang, "data");
    }

    /** A dataset as JSON, its texts in both languages: {@code data/actions.json}. */
    public static String dataJson(String dataset) {
        return "data/" + dataset + ".json";
    }

    /** A dataset as CSV with the column labels and texts of {@code lang}: {@code data/actions.fr.csv}. */
    public static String dataCsv(String dataset, Lang lang) {
        return "data/" + dataset + "." + lang.code() + ".csv";
    }

    /** The machine-readable catalogue of every dataset (DCAT vocabulary, as JSON-LD). */
    public static String dataCatalog() {
        return "data/catalog.jsonld";
    }
}
