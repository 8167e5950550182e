package fr.imt.portal.search;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Pillar;
import fr.imt.portal.model.Principle;
import fr.imt.portal.site.Badge;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Messages;
import fr.imt.portal.site.Urls;
import org.jsoup.Jsoup;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The HRS4R in search: its pillars, principles, actions and hub pages (home, action plan, gap analysis). */
public final class Hrs4rSearchSource implements SearchSource {

    @Override
    public List<SearchEntry> entries(SiteContext context, Lang lang) {
        Hrs4r hrs4r = context.portal().hrs4r();
        Messages m = context.messages();
        Urls urls = context.urls();
        List<SearchEntry> entries = new ArrayList<>();
        for (Pillar pillar : hrs4r.pillars()) {
            String principles = hrs4r.principlesOf(pillar.id()).stream().map(p -> p.name().in(lang))
                    .collect(Collectors.joining(". "));
            entries.add(new SearchEntry("pillar-" + pillar.id().value(), "pillar",
                    m.pillar(lang, pillar),
                    principles, urls.href(Urls.pillar(lang, pillar.id())), pillar.id().value(), null, null));
        }
        for (Principle p : hrs4r.principles()) {
            String text = plain(context, p.gapsMarkdown().in(lang), lang) + " " + plain(context, p.initiativesMarkdown().in(lang), lang);
            entries.add(new SearchEntry("principle-" + p.id().value(), "principle", p.name().in(lang), text.strip(),
                    urls.href(Urls.principle(lang, p.id())), p.pillar().value(), null,
                    Badge.rating(p.rating(), lang, m)));
        }
        for (Action a : hrs4r.actions()) {
            // The action's sentence is what it is called: it is the title, so it ranks above the
            // departments and principles that only describe it.
            String departments = Stream.concat(a.leading().stream(), a.associated().stream())
                    .map(d -> hrs4r.department(d).name().in(lang)).collect(Collectors.joining(". "));
            String principles = a.principles().stream().map(id -> hrs4r.principle(id).name().in(lang))
                    .collect(Collectors.joining(". "));
            String log = a.progress().stream().map(e -> e.text().in(lang)).collect(Collectors.joining(" "));
            String text = String.join(". ", Stream.of(departments, principles, log).filter(s -> !s.isBlank()).toList());
            entries.add(new SearchEntry("action-" + a.number(), "action",
                    m.get(lang, "action") + " " + a.number() + " – " + a.text().in(lang), text,
                    urls.href(Urls.action(lang, a.number())), a.pillar().value(), null,
                    Badge.progress(a.progressOn(context.today()), lang, m)));
        }
        entries.add(new SearchEntry("page-home", "page", m.get(lang, "home.title"),
                m.get(lang, "home.lead"), urls.href(Urls.home(lang)), null, null, null));
        entries.add(new SearchEntry("page-action-plan", "page", m.get(lang, "actionPlan.title"),
                m.format(lang, "actionPlan.lead", hrs4r.actions().size()),
                urls.href(Urls.actionPlan(lang)), null, null, null));
        entries.add(new SearchEntry("page-gap-analysis", "page", m.get(lang, "gapAnalysis.title"),
                m.format(lang, "gapAnalysis.lead", hrs4r.principles().size()),
                urls.href(Urls.gapAnalysis(lang)), null, null, null));
        return entries;
    }

    static String plain(SiteContext context, String markdown, Lang lang) {
        return Jsoup.parse(context.markdown().toHtml(markdown, lang)).text();
    }
}
