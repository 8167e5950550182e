package fr.imt.portal.opendata;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.DepartmentId;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Pillar;
import fr.imt.portal.model.Principle;
import fr.imt.portal.model.PrincipleId;
import fr.imt.portal.model.ProgressEntry;
import fr.imt.portal.model.Text;
import fr.imt.portal.site.SiteContext;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static fr.imt.portal.opendata.Field.Type.CODE;
import static fr.imt.portal.opendata.Field.Type.DATE;
import static fr.imt.portal.opendata.Field.Type.IDENTIFIER;
import static fr.imt.portal.opendata.Field.Type.INTEGER;
import static fr.imt.portal.opendata.Field.Type.LIST;
import static fr.imt.portal.opendata.Field.Type.TEXT;
import static fr.imt.portal.opendata.Field.Type.URL;

/** The HRS4R as open data: pillars, principles with their rating, departments, actions and their progress log. */
final class Hrs4rData {


    private Hrs4rData() {}

    static List<Dataset> datasets(SiteContext context) {
        Hrs4r hrs4r = context.portal().hrs4r();
        return List.of(pillars(context, hrs4r), principles(context, hrs4r), departments(context, hrs4r),
                actions(context, hrs4r), progress(context, hrs4r));
    }

    private static Dataset pillars(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "pillars")
                .field("id", IDENTIFIER)
                .field("number", INTEGER)
                .field("title", TEXT)
                .field("url", URL);
        for (Pillar p : hrs4r.pillars()) {
            b.record(p.id().value(), p.number(), p.title(), url(c, lang -> c.urls().pillar(lang, p.id())));
        }
        return b.build();
    }

    private static Dataset principles(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "principles")
                .field("id", IDENTIFIER)
                .field("order", INTEGER)
                .field("pillar", IDENTIFIER)
                .field("name", TEXT)
                .field("rating", CODE)
                .field("rating_level", CODE)
                .translation(c.languages())
                .field("url", URL);
        for (Principle p : hrs4r.principles()) {
            b.record(p.id().value(), p.order(), p.pillar().value(), p.name(), p.rating().symbol(),
                    p.rating().name().toLowerCase(Locale.ROOT), OpenData.code(p.translation()),
                    url(c, lang -> c.urls().principle(lang, p.id())));
        }
        return b.build();
    }

    private static Dataset departments(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "departments")
                .field("id", IDENTIFIER)
                .field("name", TEXT);
        hrs4r.departments().forEach(d -> b.record(d.id().value(), d.name()));
        return b.build();
    }

    private static Dataset actions(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "actions")
                .field("number", INTEGER)
                .field("pillar", IDENTIFIER)
                .field("text", TEXT)
                .field("principles", LIST)
                .field("deadline", CODE)
                .field("deadline_date", DATE)
                .field("leading", LIST)
                .field("associated", LIST)
                .field("status", CODE)
                .field("progress", CODE)
                .field("completion", INTEGER)
                .field("last_progress", DATE)
                .translation(c.languages())
                .field("url", URL);
        for (Action a : hrs4r.actions()) {
            b.record(a.number(), a.pillar().value(), a.text(), ids(a.principles(), PrincipleId::value), a.deadline().label(),
                    a.deadline().lastDay(), ids(a.leading(), DepartmentId::value), ids(a.associated(), DepartmentId::value),
                    a.status().key(), a.progressOn(c.today()).key(),
                    a.completion().isPresent() ? a.completion().getAsInt() : null,
                    a.progress().stream().map(ProgressEntry::date).max(java.util.Comparator.naturalOrder()).orElse(null),
                    OpenData.code(a.translation()), url(c, lang -> c.urls().action(lang, a.number())));
        }
        return b.build();
    }

    private static Dataset progress(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "action-progress")
                .field("action", INTEGER)
                .field("date", DATE)
                .field("text", TEXT);
        for (Action a : hrs4r.actions()) {
            a.progress().forEach(e -> b.record(a.number(), e.date(), e.text()));
        }
        return b.build();
    }

    static Text url(SiteContext c, Function<Lang, String> path) {
        return Text.from(lang -> c.urls().absolute(path.apply(lang)));
    }

    static <T> List<String> ids(List<T> values, Function<T, String> id) {
        return values.stream().map(id).toList();
    }
}
