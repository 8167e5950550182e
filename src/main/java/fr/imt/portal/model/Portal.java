package fr.imt.portal.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the portal publishes, loaded and checked: the input of rendering and indexing.
 * The OTM-R page is absent only from sites without {@code content/pages/otm-r.yaml} (small test
 * sites); news items are sorted newest first. {@code provenance} says which files each entity is
 * made from and when they last changed.
 */
public record Portal(Hrs4r hrs4r, List<Page> pages, Cop cop, Optional<Otmr> otmr, List<NewsItem> news,
                     Provenance provenance) {

    /** A portal whose files' dates are unknown (pages then show no "last updated" date). */
    public Portal(Hrs4r hrs4r, List<Page> pages, Cop cop, Optional<Otmr> otmr, List<NewsItem> news) {
        this(hrs4r, pages, cop, otmr, news, Provenance.NONE);
    }

    /** A portal without COP content, OTM-R grouping or news (sites and fixtures that hold only the HRS4R). */
    public Portal(Hrs4r hrs4r, List<Page> pages) {
        this(hrs4r, pages, Cop.EMPTY);
    }

    /**
     * Every entity by its key (see {@link Provenance}), with the files it is made from and their
     * dates: what a page declares it shows. Two portals' entities that are equal under one key
     * show the same on every page that declares that key, which is how a preview tells the pages
     * an edit affects. A principle, an objective and a school stand under both of their keys
     * (their name and their prose), whole.
     */
    public Map<String, Object> entities() {
        Map<String, Object> entities = new HashMap<>();
        entities.put(Provenance.pillars(), hrs4r.pillars());
        entities.put(Provenance.departments(), hrs4r.departments());
        hrs4r.principles().forEach(p -> {
            entities.put(Provenance.principle(p.id()), p);
            entities.put(Provenance.principleText(p.id()), p);
        });
        hrs4r.actions().forEach(a -> entities.put(Provenance.action(a.number()), a));
        if (!cop.isEmpty()) {
            entities.put(Provenance.contract(), cop.contract());
            cop.contract().parts().forEach(p -> entities.put(Provenance.contractPart(p.id()), p));
            entities.put(Provenance.units(), cop.units());
        }
        cop.objectives().forEach(o -> {
            entities.put(Provenance.objective(o.id()), o);
            entities.put(Provenance.objectiveText(o.id()), o);
        });
        cop.milestones().forEach(m -> entities.put(Provenance.milestone(m.id()), m));
        cop.indicators().forEach(i -> entities.put(Provenance.indicator(i.id()), i));
        cop.schools().forEach(s -> {
            entities.put(Provenance.school(s.id()), s);
            entities.put(Provenance.schoolText(s.id()), s);
        });
        pages.forEach(p -> entities.put(Provenance.page(p.id()), p));
        otmr.ifPresent(o -> entities.put(Provenance.otmr(), o));
        news.forEach(n -> entities.put(Provenance.news(n.id()), n));
        entities.replaceAll((key, entity) -> List.of(entity, provenance.filesOf(key)));
        return entities;
    }

    /**
     * What a build publishes on {@code today}: no draft (page or post) and no post dated after
     * it. Every page, list, feed, the site map, the search index and the open data are made from
     * this; {@code serve} shows the whole portal, drafts marked.
     */
    public Portal released(LocalDate today) {
        List<Page> shownPages = pages.stream().filter(p -> !p.draft()).toList();
        List<NewsItem> shownNews = news.stream().filter(n -> !n.scheduledAfter(today)).map(NewsItem::withoutDrafts)
                .filter(n -> !n.posts().isEmpty()).toList();
        return new Portal(hrs4r, shownPages, cop, otmr, shownNews, provenance);
    }

    /** A portal without OTM-R grouping or news. */
    public Portal(Hrs4r hrs4r, List<Page> pages, Cop cop) {
        this(hrs4r, pages, cop, Optional.empty(), List.of());
    }
}
