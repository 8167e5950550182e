package fr.imt.portal.render;

import fr.imt.portal.model.Lang;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Views that many pages of one bake show, made once per bake and language: an action's card is on
 * its own page, its pillar's, each of its principles', the action plan, the home page and the
 * search page; the list of changes is on the home page, the changes page and both feeds. A view
 * is a value computed from the bake's context only, so sharing it changes no page.
 */
final class SharedViews {

    private final Map<Lang, Map<Integer, Hrs4rViews.ActionView>> actions = new ConcurrentHashMap<>();
    private final Map<Lang, List<Changes.Change>> changes = new ConcurrentHashMap<>();

    Hrs4rViews.ActionView action(Lang lang, int number, Supplier<Hrs4rViews.ActionView> make) {
        Map<Integer, Hrs4rViews.ActionView> views = actions.computeIfAbsent(lang, l -> new ConcurrentHashMap<>());
        Hrs4rViews.ActionView view = views.get(number);
        if (view == null) {
            // Made outside the map's lock: two threads may both make it, and keep equal values.
            view = make.get();
            views.putIfAbsent(number, view);
        }
        return view;
    }

    List<Changes.Change> changes(Lang lang, Supplier<List<Changes.Change>> make) {
        List<Changes.Change> all = changes.get(lang);
        if (all == null) {
            all = List.copyOf(make.get());
            changes.putIfAbsent(lang, all);
        }
        return all;
    }
}
