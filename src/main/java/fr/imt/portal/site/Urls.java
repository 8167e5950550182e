package fr.imt.portal.site;

import fr.imt.portal.model.IndicatorId;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.ObjectiveId;
import fr.imt.portal.model.PillarId;
import fr.imt.portal.model.PrincipleId;
import fr.imt.portal.model.SchoolId;

/**
 * The portal's URL scheme, decided here and nowhere else. Addresses are built from stable
 * identifiers (never from titles), so editing a title never breaks a link; each page of one
 * language has its counterpart at the same route in the other.
 */
public final class Urls {

    private final String basePath;
    private final String baseUrl;

    /**
     * @param basePath where the site is served from, such as "/" or "/hrs4r/"
     * @param baseUrl  the public address of the site root, for canonical links
     */
    public Urls(String basePath, String baseUrl) {
        String p = basePath == null || basePath.isBlank() ? "/" : basePath.strip();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        this.basePath = p.endsWith("/") ? p : p + "/";
        String u = baseUrl == null ? "" : baseUrl.strip();
        this.baseUrl = u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
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

    public static String pillar(Lang lang, PillarId id) {
        return lang.code() + (lang == Lang.FR ? "/piliers/" : "/pillars/") + id.value() + "/";
    }

    public static String principle(Lang lang, PrincipleId id) {
        return lang.code() + (lang == Lang.FR ? "/principes/" : "/principles/") + id.value() + "/";
    }

    public static String action(Lang lang, int number) {
        return lang.code() + "/actions/" + number + "/";
    }

    public static String actionPlan(Lang lang) {
        return lang.code() + (lang == Lang.FR ? "/plan-d-action/" : "/action-plan/");
    }

    public static String gapAnalysis(Lang lang) {
        return lang.code() + (lang == Lang.FR ? "/analyse-des-ecarts/" : "/gap-analysis/");
    }

    public static String otmr(Lang lang) {
        return lang.code() + "/otm-r/";
    }

    public static String search(Lang lang) {
        return lang.code() + (lang == Lang.FR ? "/recherche/" : "/search/");
    }

    /** A prose page, at the address segment its content gives for {@code lang}. */
    public static String page(Lang lang, String slug) {
        return lang.code() + "/" + slug + "/";
    }

    /** The news list; its later pages are {@link #newsPage}. */
    public static String news(Lang lang) {
        return lang.code() + (lang == Lang.FR ? "/actualites/" : "/news/");
    }

    /** Page {@code number} (from 1) of the news list. */
    public static String newsPage(Lang lang, int number) {
        return number <= 1 ? news(lang) : news(lang) + "page/" + number + "/";
    }

    /** A news post, by its identifier {@code <date>-<slug>}. */
    public static String newsPost(Lang lang, String id) {
        return news(lang) + id + "/";
    }

    public static String newsFeed(Lang lang) {
        return news(lang) + "atom.xml";
    }

    /** What changed across the portal: progress entries, status changes and news, newest first. */
    public static String changes(Lang lang) {
        return lang.code() + (lang == Lang.FR ? "/nouveautes/" : "/whats-new/");
    }

    public static String changesFeed(Lang lang) {
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

    // COP 2023-2027: French and English segments, identifiers as the contract writes them.

    public static String cop(Lang lang) {
        return lang.code() + "/cop/";
    }

    public static String copObjective(Lang lang, ObjectiveId id) {
        return cop(lang) + (lang == Lang.FR ? "objectifs/" : "objectives/") + id.value() + "/";
    }

    public static String copIndicator(Lang lang, IndicatorId id) {
        return cop(lang) + (lang == Lang.FR ? "indicateurs/" : "indicators/") + id.value() + "/";
    }

    public static String copMilestones(Lang lang) {
        return cop(lang) + (lang == Lang.FR ? "jalons/" : "milestones/");
    }

    /** A milestone's own page (its steps and progress log); the timeline of all milestones is {@link #copMilestones}. */
    public static String copMilestone(Lang lang, String id) {
        return copMilestones(lang) + id + "/";
    }

    /** A part of the contract published as its own page (its introduction, the growth scenario…). */
    public static String copPart(Lang lang, String id) {
        return cop(lang) + (lang == Lang.FR ? "contrat/" : "contract/") + id + "/";
    }

    public static String copSchool(Lang lang, SchoolId id) {
        return cop(lang) + (lang == Lang.FR ? "ecoles/" : "schools/") + id.value() + "/";
    }

    // Open data: the data page per language, and the published files (language-neutral JSON,
    // one CSV per language) under data/ at the site's root.

    /** The page listing every dataset with its formats, columns and licence. */
    public static String data(Lang lang) {
        return lang.code() + (lang == Lang.FR ? "/donnees/" : "/data/");
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
