package fr.imt.portal.content;

import fr.imt.portal.model.Action;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Progress;
import fr.imt.portal.model.ProgressEntry;
import fr.imt.portal.model.Status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an editor would want flagged but that must not break the site, reported as warnings as
 * of the build date: texts in the translated language still marked as our unreviewed translation, late actions nobody
 * reported on for six months, milestone steps of past years never reported, and dates or
 * figures that contradict each other. Warnings only fail a build run with {@code --strict}.
 */
final class EditorialChecks {

    /** The same words for every file, so that the report can gather them into one summary. */
    static final String UNREVIEWED = "check.unreviewed";
    static final String STEP_NOT_REPORTED = "check.stepNotReported";
    static final int QUIET_MONTHS = 6;

    private final LocalDate today;
    private final Problems problems;

    EditorialChecks(LocalDate today, Problems problems) {
        this.today = today;
        this.problems = problems;
    }

    /**
     * Texts in the translated language written as our translation and not yet reviewed (any file
     * with the translation field, {@code english:} on a site whose sources are French); the
     * warning names the language and the field in the editors' words.
     */
    static void translation(YamlNode.Mapping map, Languages languages, Problems problems) {
        String field = languages.translationField();
        if (map.get(field) instanceof YamlNode.Scalar s && "translation".equals(s.text())) {
            problems.warning(s.position(), field, UNREVIEWED, languageName(languages.translatedInto()), field);
        }
    }

    /** The name of {@code lang} in the editors' catalogue, as an adjective (« anglais », "English"). */
    static Message languageName(Lang lang) {
        return switch (lang) {
            case FR -> Message.of("language.fr");
            case EN -> Message.of("language.en");
        };
    }

    /** An action of the plan, read from {@code map}. */
    void action(YamlNode.Mapping map, Action action) {
        List<YamlNode.Mapping> entries = Fields.groups(map, "progress");
        LocalDate previous = null;
        for (int i = 0; i < entries.size(); i++) {
            YamlNode date = entries.get(i).get("date");
            LocalDate day = action.progress().get(i).date();
            String field = FieldPath.child(FieldPath.item("progress", i), "date");
            if (day.isAfter(today)) {
                problems.warning(date.position(), field, "check.future", day.toString(), today.toString());
            }
            if (previous != null && day.isBefore(previous)) {
                problems.warning(date.position(), field, "check.order", day.toString(), previous.toString());
            }
            previous = previous == null || day.isAfter(previous) ? day : previous;
        }
        if (action.progressOn(today) == Progress.LATE) {
            Optional<LocalDate> last = action.progress().stream().map(ProgressEntry::date).max(LocalDate::compareTo);
            if (last.isEmpty() || last.get().isBefore(today.minusMonths(QUIET_MONTHS))) {
                problems.warning(map.get("status").position(), "status", "check.late", action.deadline().label(),
                        action.deadline().lastDay().toString(), last.map(d -> Message.of("check.lastEntry", d.toString()))
                                .orElse(Message.of("check.noEntry")));
            }
        }
        if (action.completion().isPresent()) {
            int completion = action.completion().getAsInt();
            YamlNode at = map.get("completion");
            if (completion == 100 && action.status() != Status.DONE && action.status() != Status.CANCELLED) {
                problems.warning(at.position(), "completion", "check.completeNotDone", action.status().key());
            } else if (completion < 100 && action.status() == Status.DONE) {
                problems.warning(at.position(), "completion", "check.doneNotComplete", String.valueOf(completion));
            }
        }
    }

    /** One yearly step of a milestone ({@code field} is where it is written, such as steps[2]). */
    void step(YamlNode.Mapping step, String field, int year) {
        YamlNode status = step.get("status");
        YamlNode reported = step.get("reported");
        if (status == null && year < today.getYear()) {
            problems.warning(step.get("year").position(), FieldPath.child(field, "status"), STEP_NOT_REPORTED);
        }
        if (status != null && reported == null) {
            problems.warning(status.position(), FieldPath.child(field, "reported"), "check.noReportDate");
        }
        if (reported != null && LocalDate.parse(((YamlNode.Scalar) reported).text()).isAfter(today)) {
            problems.warning(reported.position(), FieldPath.child(field, "reported"), "check.future",
                    ((YamlNode.Scalar) reported).text(), today.toString());
        }
    }
}
