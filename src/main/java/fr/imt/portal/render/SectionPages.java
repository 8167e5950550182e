package fr.imt.portal.render;

import fr.imt.portal.model.Lang;
import fr.imt.portal.site.PagePlan;
import fr.imt.portal.site.Urls;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The page of each folder that holds pages of one kind ({@code /fr/actions/}, {@code /fr/cop/ecoles/}):
 * the list of those pages, linked to the page that lists them with their progress. A visitor who
 * shortens an address finds the pages of its kind there, not "page not found". Planned from the
 * other families' pages, so a new page in a folder is listed with no declaration of its own.
 */
public final class SectionPages extends PageFamily {

    /** One page of the folder: its title and link. */
    public record Item(String title, String url) {}

    @Override
    public List<PagePlan> plan(BakeContext context) {
        List<PagePlan> pages = context.families().stream().filter(f -> !(f instanceof SectionPages))
                .flatMap(f -> f.plans(context).stream()).toList();
        Lang original = context.languages().original();
        List<PagePlan> plans = new ArrayList<>();
        for (Urls.Section section : context.urls().sections(original)) {
            Function<Lang, Urls.Section> in = lang -> context.urls().sections(lang).stream()
                    .filter(s -> s.name().equals(section.name())).findFirst().orElseThrow();
            List<PagePlan> inside = pages.stream().filter(p -> section.holds(p.path().apply(original))).toList();
            boolean listed = pages.stream().anyMatch(p -> p.path().apply(original).equals(section.list()));
            boolean taken = pages.stream().anyMatch(p -> p.path().apply(original).equals(section.folder()));
            if (inside.isEmpty() || !listed || taken) {
                continue;
            }
            Set<String> sources = new LinkedHashSet<>();
            inside.forEach(p -> sources.addAll(p.sources()));
            plans.add(new PagePlan("section", lang -> in.apply(lang).folder(),
                    lang -> context.messages().get(lang, section.titleKey()), lang -> Map.of(
                            "items", inside.stream().filter(p -> p.languages().contains(lang))
                                    .map(p -> new Item(p.title().apply(lang), context.urls().href(p.path().apply(lang)))).toList(),
                            // Named as in the navigation and the pages' breadcrumbs, not by the list's title, which
                            // comes from content this page does not show (the contract's title).
                            "list", new SiteChrome.Link(context.messages().get(lang, "nav." + section.listName()),
                                    context.urls().href(in.apply(lang).list()))),
                    Set.copyOf(context.languages().all())).from(List.copyOf(sources)));
        }
        return plans;
    }
}
