package fr.imt.portal.render;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Indicator;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.Portal;
import fr.imt.portal.model.Principle;
import fr.imt.portal.model.Provenance;
import fr.imt.portal.model.School;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The entities each kind of page shows, for its "last updated" date: an action page is made
 * from its action, the names of its principles, the pillars and the departments; a list is made
 * from everything it lists. Written beside the pages' plans so that a page and its date agree.
 */
final class PageSources {

    private final Portal portal;
    private final Set<String> keys = new LinkedHashSet<>();

    private PageSources(Portal portal) {
        this.portal = portal;
    }

    static PageSources of(BakeContext context) {
        return new PageSources(context.portal());
    }

    List<String> keys() {
        return new ArrayList<>(keys);
    }

    PageSources add(String... more) {
        keys.addAll(List.of(more));
        return this;
    }

    PageSources action(Action a) {
        keys.add(Provenance.action(a.number()));
        keys.add(Provenance.pillars());
        keys.add(Provenance.departments());
        a.principles().forEach(p -> keys.add(Provenance.principle(p)));
        return this;
    }

    PageSources actions(Collection<Action> actions) {
        actions.forEach(this::action);
        return this;
    }

    PageSources principle(Principle p, boolean withText) {
        keys.add(Provenance.principle(p.id()));
        keys.add(Provenance.pillars());
        if (withText) {
            keys.add(Provenance.principleText(p.id()));
        }
        return this;
    }

    PageSources principles(Collection<Principle> principles, boolean withText) {
        principles.forEach(p -> principle(p, withText));
        return this;
    }

    PageSources hrs4r() {
        Hrs4r h = portal.hrs4r();
        return principles(h.principles(), false).actions(h.actions());
    }

    PageSources objective(Objective o, boolean withText) {
        keys.add(Provenance.objective(o.id()));
        if (withText) {
            keys.add(Provenance.objectiveText(o.id()));
        }
        return this;
    }

    PageSources milestone(Milestone m) {
        keys.add(Provenance.milestone(m.id()));
        m.objective().ifPresent(o -> keys.add(Provenance.objective(o)));
        return this;
    }

    PageSources milestones() {
        portal.cop().milestones().forEach(this::milestone);
        return this;
    }

    PageSources indicator(Indicator i) {
        keys.add(Provenance.indicator(i.id()));
        keys.add(Provenance.units());
        keys.add(Provenance.contract());
        return this;
    }

    PageSources school(School s, boolean withText) {
        keys.add(Provenance.school(s.id()));
        if (withText) {
            keys.add(Provenance.schoolText(s.id()));
        }
        return this;
    }

    PageSources cop() {
        Cop cop = portal.cop();
        keys.add(Provenance.contract());
        keys.add(Provenance.units());
        cop.objectives().forEach(o -> objective(o, false));
        cop.indicators().forEach(this::indicator);
        cop.schools().forEach(s -> school(s, false));
        return this;
    }

    PageSources news(Collection<NewsItem> items) {
        items.forEach(n -> keys.add(Provenance.news(n.id())));
        return this;
    }
}
