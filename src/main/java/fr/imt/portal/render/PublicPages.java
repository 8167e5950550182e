package fr.imt.portal.render;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.model.Otmr;
import fr.imt.portal.model.Page;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.Urls;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages a public institution's site owes its visitors beyond its subject: the OTM-R page
 * Euraxess links to, the prose pages (accessibility statement, legal notice, privacy), the news
 * with its pages and posts, and a "page not found" per language.
 */
public final class PublicPages extends PageFamily {

    /** A stage of a recruitment as the OTM-R page shows it. */
    public record StageView(String id, String title, String intro, List<Hrs4rViews.PrincipleView> principles,
                            List<Hrs4rViews.ActionView> actions, boolean documented, String undocumented) {}

    @Override
    public List<PagePlan> plan(BakeContext context) {
        List<PagePlan> plans = new ArrayList<>();
        Messages m = context.messages();
        context.portal().otmr().ifPresent(otmr -> plans.add(
                new PagePlan("otm-r", context.urls()::otmr, lang -> otmr.title().in(lang), lang -> otmr(context, otmr, lang))
                        .from(otmrSources(context, otmr))));
        for (Page page : context.portal().pages()) {
            plans.add(new PagePlan("prose", lang -> Urls.page(lang, page.slug().in(lang)), lang -> page.title().in(lang),
                    lang -> Map.of("description", page.description().in(lang),
                            "html", context.markdown().toHtml(Prose.expand(page.markdown().in(lang), context.settings()), lang),
                            "translated", page.translation().markedIn(lang, context.languages()),
                            "release", new NewsViews(context, lang).release(page.draft(), null)))
                    .from(fr.imt.portal.model.Provenance.page(page.id())));
        }
        int pageCount = 1;
        for (Lang lang : context.languages().all()) {
            pageCount = Math.max(pageCount, new NewsViews(context, lang).pageCount());
        }
        for (int n = 1; n <= pageCount; n++) {
            int number = n;
            Set<Lang> languages = EnumSet.noneOf(Lang.class);
            for (Lang lang : context.languages().all()) {
                if (number <= new NewsViews(context, lang).pageCount()) {
                    languages.add(lang);
                }
            }
            plans.add(new PagePlan("news-list",
                    lang -> context.urls().newsPage(lang, languages.contains(lang) ? number : 1),
                    lang -> number == 1 ? m.get(lang, "news.title")
                            : m.get(lang, "news.title") + " – " + m.format(lang, "news.page", number),
                    lang -> Map.of("news", new NewsViews(context, lang).page(number),
                            "feed", context.urls().href(context.urls().newsFeed(lang))),
                    languages).from(PageSources.of(context).news(context.portal().news()).keys()));
        }
        for (NewsItem item : context.portal().news()) {
            plans.add(new PagePlan("news-post",
                    lang -> item.in(lang).isPresent() ? context.urls().newsPost(lang, item.id()) : context.urls().news(lang),
                    lang -> item.in(lang).map(NewsItem.Post::title).orElse(""),
                    lang -> Map.of("post", new NewsViews(context, lang).post(item, true),
                            "newsUrl", context.urls().href(context.urls().news(lang))),
                    item.posts().keySet()).from(fr.imt.portal.model.Provenance.news(item.id())));
        }
        // The page a wrong address leads to offers the sections site.notFound names.
        plans.add(new PagePlan("not-found", Urls::notFound, lang -> m.get(lang, "notFound.title"),
                lang -> Map.of("links", SiteChrome.sections(context, lang, "site.notFound"))));
        return plans;
    }

    /**
     * Old addresses that must keep working, each with the site path it now leads to: the aliases
     * declared by the OTM-R page and the prose pages.
     */
    static Map<String, String> redirects(BakeContext context) {
        Map<String, String> redirects = new LinkedHashMap<>();
        for (String alias : context.portal().otmr().map(Otmr::aliases).orElse(List.of())) {
            redirects.put(alias, context.urls().otmr(context.languages().ofPath(alias)));
        }
        for (Page page : context.portal().pages()) {
            for (String alias : page.aliases()) {
                Lang lang = context.languages().ofPath(alias);
                redirects.put(alias, Urls.page(lang, page.slug().in(lang)));
            }
        }
        return redirects;
    }

    private static List<String> otmrSources(BakeContext context, Otmr otmr) {
        Hrs4r hrs4r = context.portal().hrs4r();
        PageSources s = PageSources.of(context).add(fr.imt.portal.model.Provenance.otmr());
        for (Otmr.Stage stage : otmr.stages()) {
            stage.principles().forEach(id -> s.principle(hrs4r.principle(id), true));
            hrs4r.actions().stream().filter(a -> stage.actions().contains(a.number())).forEach(s::action);
        }
        return s.keys();
    }

    private static String setting(BakeContext context, String key) {
        return context.settings().has(key) ? context.settings().get(key) : "";
    }

    private static Map<String, Object> otmr(BakeContext context, Otmr otmr, Lang lang) {
        Hrs4r hrs4r = context.portal().hrs4r();
        Hrs4rViews v = new Hrs4rViews(context, lang);
        List<StageView> stages = new ArrayList<>();
        List<Action> all = new ArrayList<>();
        for (Otmr.Stage s : otmr.stages()) {
            List<Action> actions = s.actions().stream()
                    .map(n -> hrs4r.actions().stream().filter(a -> a.number() == n).findFirst().orElseThrow()).toList();
            actions.stream().filter(a -> !all.contains(a)).forEach(all::add);
            stages.add(new StageView(s.id(), s.title().in(lang), s.intro().in(lang),
                    s.principles().stream().map(id -> v.principle(hrs4r.principle(id), true)).toList(),
                    actions.stream().map(v::action).toList(), s.documented(),
                    s.undocumented() == null ? "" : s.undocumented().in(lang)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lead", otmr.lead().in(lang));
        data.put("introHtml", context.markdown().toHtml(otmr.intro().in(lang), lang));
        data.put("stages", stages);
        data.put("summary", v.summary(all));
        // Where a candidate applies and whom to ask: settings of the institution, shown once filled in.
        data.put("vacancies", setting(context, "site.otmr.vacancies"));
        data.put("contact", setting(context, "site.otmr.contact"));
        data.put("links", Map.of("gapAnalysis", context.urls().href(context.urls().gapAnalysis(lang)),
                "actionPlan", context.urls().href(context.urls().actionPlan(lang))));
        return data;
    }
}
