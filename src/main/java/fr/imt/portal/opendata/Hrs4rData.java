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

    static final Field URL_FIELD = Field.of("url", URL, "Page du portail", "Portal page",
            "Adresse de la page qui présente cet élément", "Address of the page that presents this item");
    static final Field ENGLISH = Field.of("english", CODE, "Origine de l'anglais", "Source of the English",
            "original : version anglaise de l'établissement ; translation : notre traduction, à relire",
            "original: the institution's English version; translation: our translation, to be reviewed");

    private Hrs4rData() {}

    static List<Dataset> datasets(SiteContext context) {
        Hrs4r hrs4r = context.portal().hrs4r();
        return List.of(pillars(context, hrs4r), principles(context, hrs4r), departments(context, hrs4r),
                actions(context, hrs4r), progress(context, hrs4r));
    }

    private static Dataset pillars(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "pillars")
                .field(Field.of("id", IDENTIFIER, "Identifiant", "Identifier", "Identifiant stable du pilier", "Stable identifier of the pillar"))
                .field(Field.of("number", INTEGER, "Numéro", "Number", "Numéro du pilier (1 à 4)", "Number of the pillar (1 to 4)"))
                .field(Field.of("title", TEXT, "Titre", "Title", "Titre du pilier", "Title of the pillar"))
                .field(URL_FIELD);
        for (Pillar p : hrs4r.pillars()) {
            b.record(p.id().value(), p.number(), p.title(), url(c, lang -> c.urls().pillar(lang, p.id())));
        }
        return b.build();
    }

    private static Dataset principles(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "principles")
                .field(Field.of("id", IDENTIFIER, "Identifiant", "Identifier", "Identifiant stable du principe", "Stable identifier of the principle"))
                .field(Field.of("order", INTEGER, "Ordre", "Order", "Position dans l'analyse des écarts (1 à 20)", "Position in the gap analysis (1 to 20)"))
                .field(Field.of("pillar", IDENTIFIER, "Pilier", "Pillar", "Identifiant du pilier (jeu « pillars »)", "Identifier of the pillar (dataset \"pillars\")"))
                .field(Field.of("name", TEXT, "Principe", "Principle", "Nom du principe de la Charte et du Code", "Name of the principle of the Charter and Code"))
                .field(Field.of("rating", CODE, "Appréciation", "Rating", "Appréciation de l'analyse des écarts : +/+, +/- ou -/+",
                        "Rating given by the gap analysis: +/+, +/- or -/+"))
                .field(Field.of("rating_level", CODE, "Niveau de mise en œuvre", "Implementation level",
                        "fully : pleinement en place (+/+) ; mostly : en grande partie (+/-) ; partly : en partie (-/+)",
                        "fully: fully in place (+/+); mostly: mostly in place (+/-); partly: partly in place (-/+)"))
                .field(ENGLISH)
                .field(URL_FIELD);
        for (Principle p : hrs4r.principles()) {
            b.record(p.id().value(), p.order(), p.pillar().value(), p.name(), p.rating().symbol(),
                    p.rating().name().toLowerCase(Locale.ROOT), OpenData.code(p.english()),
                    url(c, lang -> c.urls().principle(lang, p.id())));
        }
        return b.build();
    }

    private static Dataset departments(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "departments")
                .field(Field.of("id", IDENTIFIER, "Identifiant", "Identifier", "Identifiant stable de la direction", "Stable identifier of the department"))
                .field(Field.of("name", TEXT, "Direction", "Department", "Nom de la direction", "Name of the department"));
        hrs4r.departments().forEach(d -> b.record(d.id().value(), d.name()));
        return b.build();
    }

    private static Dataset actions(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "actions")
                .field(Field.of("number", INTEGER, "Numéro", "Number", "Numéro de l'action dans le plan", "Number of the action in the plan"))
                .field(Field.of("pillar", IDENTIFIER, "Pilier", "Pillar", "Identifiant du pilier (jeu « pillars »)", "Identifier of the pillar (dataset \"pillars\")"))
                .field(Field.of("text", TEXT, "Action", "Action", "Ce que l'action prévoit", "What the action plans to do"))
                .field(Field.of("principles", LIST, "Principes", "Principles", "Identifiants des principes servis (jeu « principles »)",
                        "Identifiers of the principles it serves (dataset \"principles\")"))
                .field(Field.of("deadline", CODE, "Échéance", "Deadline", "Trimestre et année d'échéance, tels que le plan les donne (Q2 2029)",
                        "Quarter and year of the deadline, as the plan gives them (Q2 2029)"))
                .field(Field.of("deadline_date", DATE, "Date d'échéance", "Deadline date", "Dernier jour du trimestre d'échéance",
                        "Last day of the deadline's quarter"))
                .field(Field.of("leading", LIST, "Directions pilotes", "Leading departments", "Identifiants des directions pilotes (jeu « departments »)",
                        "Identifiers of the leading departments (dataset \"departments\")"))
                .field(Field.of("associated", LIST, "Directions associées", "Associated departments",
                        "Identifiants des directions associées (jeu « departments »)", "Identifiers of the associated departments (dataset \"departments\")"))
                .field(Field.of("status", CODE, "Statut déclaré", "Reported status", "planned, in_progress, done ou cancelled, tel que déclaré",
                        "planned, in_progress, done or cancelled, as reported"))
                .field(Field.of("progress", CODE, "Avancement affiché", "Progress shown",
                        "Ce que le portail affiche à la date de mise à jour : planned, in-progress, done, cancelled, ou late (échéance passée sans être terminée)",
                        "What the portal shows on the update date: planned, in-progress, done, cancelled, or late (deadline passed without being done)"))
                .field(Field.of("completion", INTEGER, "Réalisation (%)", "Completion (%)", "Part réalisée déclarée, de 0 à 100 (vide si non déclarée)",
                        "Reported share done, 0 to 100 (empty when not reported)"))
                .field(Field.of("last_progress", DATE, "Dernier point d'avancement", "Latest progress report",
                        "Date du dernier point d'avancement (jeu « action-progress »)", "Date of the latest progress entry (dataset \"action-progress\")"))
                .field(ENGLISH)
                .field(URL_FIELD);
        for (Action a : hrs4r.actions()) {
            b.record(a.number(), a.pillar().value(), a.text(), ids(a.principles(), PrincipleId::value), a.deadline().label(),
                    a.deadline().lastDay(), ids(a.leading(), DepartmentId::value), ids(a.associated(), DepartmentId::value),
                    a.status().key(), a.progressOn(c.today()).key(),
                    a.completion().isPresent() ? a.completion().getAsInt() : null,
                    a.progress().stream().map(ProgressEntry::date).max(java.util.Comparator.naturalOrder()).orElse(null),
                    OpenData.code(a.english()), url(c, lang -> c.urls().action(lang, a.number())));
        }
        return b.build();
    }

    private static Dataset progress(SiteContext c, Hrs4r hrs4r) {
        Dataset.Builder b = OpenData.builder(c, "action-progress")
                .field(Field.of("action", INTEGER, "Action", "Action", "Numéro de l'action (jeu « actions »)", "Number of the action (dataset \"actions\")"))
                .field(Field.of("date", DATE, "Date", "Date", "Date du point d'avancement", "Date of the progress entry"))
                .field(Field.of("text", TEXT, "Avancement", "Progress", "Ce qui a été fait ou décidé", "What was done or decided"));
        for (Action a : hrs4r.actions()) {
            a.progress().forEach(e -> b.record(a.number(), e.date(), e.text()));
        }
        return b.build();
    }

    static Text url(SiteContext c, Function<Lang, String> path) {
        return new Text(c.urls().absolute(path.apply(Lang.FR)), c.urls().absolute(path.apply(Lang.EN)));
    }

    static <T> List<String> ids(List<T> values, Function<T, String> id) {
        return values.stream().map(id).toList();
    }
}
