package fr.imt.portal.render;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Deadline;
import fr.imt.portal.model.DepartmentId;
import fr.imt.portal.model.Translation;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Pillar;
import fr.imt.portal.model.Principle;
import fr.imt.portal.site.Badge;
import fr.imt.portal.site.Messages;

import java.util.List;

/**
 * Turns the HRS4R model into what its pages show in one language: cards with their links,
 * badges and texts already decided, so templates only present.
 */
public final class Hrs4rViews {

    /**
     * An action as lists and its own page show it; {@code pillarTranslated} and
     * {@code departmentsTranslated} say that its pillar's title and its departments' names are our
     * translation (marked as such, like the action's own text).
     */
    public record ActionView(int number, String url, String text, boolean translated, String deadline,
                      String deadlineDate, Badge badge, Integer completion, String leadingLabel, List<String> leading,
                      String associatedLabel, List<String> associated, SiteChrome.Link pillar,
                      List<SiteChrome.Link> principles, List<Timeline.Entry> log, boolean pillarTranslated,
                      boolean departmentsTranslated) {}

    /** A principle as lists and its own page show it. */
    public record PrincipleView(String id, int order, String url, String name, Badge rating, SiteChrome.Link pillar,
                         String gapsHtml, String initiativesHtml, boolean translated, List<ActionView> actions,
                         boolean pillarTranslated) {}

    /**
     * A pillar with its principles, actions and the summary of their progress; {@code label} is
     * how it is named everywhere, {@code counts} how many principles and actions it has, in words;
     * {@code translated}: its English title is ours.
     */
    public record PillarView(String id, int number, String url, String title, String label, String counts,
                      List<PrincipleView> principles, List<ActionView> actions, ProgressSummary summary,
                      boolean translated) {}

    private final Hrs4r hrs4r;
    private final BakeContext context;
    private final Lang lang;

    Hrs4rViews(BakeContext context, Lang lang) {
        this.hrs4r = context.portal().hrs4r();
        this.context = context;
        this.lang = lang;
    }

    ActionView action(Action a) {
        return context.shared().action(lang, a.number(), () -> view(a));
    }

    private ActionView view(Action a) {
        Messages m = context.messages();
        Pillar pillar = hrs4r.pillar(a.pillar());
        return new ActionView(a.number(), context.urls().href(context.urls().action(lang, a.number())), a.text().in(lang),
                a.translation().markedIn(lang, context.languages()),
                deadline(a.deadline()), a.deadline().lastDay().toString(),
                Badge.progress(a.progressOn(context.today()), lang, m),
                a.completion().isPresent() ? a.completion().getAsInt() : null,
                m.format(lang, "action.leading", a.leading().size()), departments(a.leading()),
                m.format(lang, "action.associated", a.associated().size()), departments(a.associated()),
                new SiteChrome.Link(pillarLabel(pillar), context.urls().href(context.urls().pillar(lang, pillar.id()))),
                a.principles().stream().map(hrs4r::principle)
                        .map(p -> new SiteChrome.Link(p.name().in(lang), context.urls().href(context.urls().principle(lang, p.id()))))
                        .toList(),
                Timeline.of(a, context, lang), translated(pillar.translation()),
                java.util.stream.Stream.concat(a.leading().stream(), a.associated().stream()).map(hrs4r::department)
                        .anyMatch(d -> translated(d.translation())));
    }

    private boolean translated(Translation source) {
        return source.markedIn(lang, context.languages());
    }

    PrincipleView principle(Principle p, boolean withTexts) {
        Pillar pillar = hrs4r.pillar(p.pillar());
        return new PrincipleView(p.id().value(), p.order(), context.urls().href(context.urls().principle(lang, p.id())),
                p.name().in(lang), Badge.rating(p.rating(), lang, context.messages()),
                new SiteChrome.Link(pillarLabel(pillar), context.urls().href(context.urls().pillar(lang, pillar.id()))),
                withTexts ? context.markdown().toHtml(p.gapsMarkdown().in(lang), lang) : "",
                withTexts ? context.markdown().toHtml(p.initiativesMarkdown().in(lang), lang) : "",
                p.translation().markedIn(lang, context.languages()),
                hrs4r.actionsServing(p.id()).stream().map(this::action).toList(), translated(pillar.translation()));
    }

    PillarView pillar(Pillar pillar) {
        List<Action> actions = hrs4r.actionsOf(pillar.id());
        List<Principle> principles = hrs4r.principlesOf(pillar.id());
        return new PillarView(pillar.id().value(), pillar.number(), context.urls().href(context.urls().pillar(lang, pillar.id())),
                pillar.title().in(lang), pillarLabel(pillar),
                context.messages().format(lang, "home.pillar.counts", principles.size(), actions.size()),
                principles.stream().map(p -> principle(p, false)).toList(),
                actions.stream().map(this::action).toList(),
                summary(actions), translated(pillar.translation()));
    }

    ProgressSummary summary(List<Action> actions) {
        return ProgressSummary.of(actions.stream().map(a -> a.progressOn(context.today())).toList(), lang,
                context.messages());
    }

    /**
     * An action's page title: its number and the start of its text, so that a browser tab, a
     * search engine's result or a shared link says what the action is, not only "Action 18".
     */
    static String title(Action a, Lang lang, Messages m) {
        String text = a.text().in(lang);
        int max = 80;
        if (text.length() > max) {
            int cut = text.lastIndexOf(' ', max);
            text = text.substring(0, cut > max / 2 ? cut : max).replaceAll("[,;:.\\s]+$", "") + "…";
        }
        return m.get(lang, "action") + " " + a.number() + " – " + text;
    }

    String pillarLabel(Pillar pillar) {
        return context.messages().pillar(lang, pillar);
    }

    /** A deadline as the page's language writes a quarter: « T2 2029 », "Q2 2029". */
    private String deadline(Deadline deadline) {
        return context.messages().deadline(lang, deadline);
    }

    private List<String> departments(List<DepartmentId> ids) {
        return ids.stream().map(id -> hrs4r.department(id).name().in(lang)).toList();
    }
}
