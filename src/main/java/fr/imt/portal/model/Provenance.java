package fr.imt.portal.model;


import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which content files each entity is made from, and when each file last changed (from the
 * content's git history, or the file's own date outside a git checkout). A page's "last
 * updated" date is the latest change among the files of the entities it shows. Files are paths
 * relative to {@code content/} with {@code /} separators; a Markdown file named
 * {@code *.fr.md} or {@code *.en.md} counts only for the pages of its language.
 */
public record Provenance(Map<String, List<String>> files, Map<String, LocalDate> dates) {

    public static final Provenance NONE = new Provenance(Map.of(), Map.of());

    public Provenance {
        files = Map.copyOf(files);
        dates = Map.copyOf(dates);
    }

    /** The latest change among the files of {@code entities} that count for {@code lang}. */
    public Optional<LocalDate> lastChanged(Lang lang, Collection<String> entities) {
        LocalDate latest = null;
        for (String entity : entities) {
            for (String file : files.getOrDefault(entity, List.of())) {
                if (!countsFor(file, lang)) {
                    continue;
                }
                LocalDate date = dates.get(file);
                if (date != null && (latest == null || date.isAfter(latest))) {
                    latest = date;
                }
            }
        }
        return Optional.ofNullable(latest);
    }

    /** The files of {@code entity}, each with its date ({@code path@date}), in the order they were read. */
    public List<String> filesOf(String entity) {
        return files.getOrDefault(entity, List.of()).stream().map(file -> file + "@" + dates.get(file)).toList();
    }

    private static boolean countsFor(String file, Lang lang) {
        return !lang.markdownOfAnother(file);
    }

    // The entities' keys, written in one place so that loaders and pages agree.

    public static String pillars() {
        return "hrs4r/pillars";
    }

    public static String departments() {
        return "hrs4r/departments";
    }

    public static String principle(PrincipleId id) {
        return "principle:" + id.value();
    }

    /** A principle's prose (its gaps and initiatives), apart from its name: most pages show only the name. */
    public static String principleText(PrincipleId id) {
        return "principle-text:" + id.value();
    }

    public static String action(int number) {
        return "action:" + number;
    }

    public static String contract() {
        return "cop/contract";
    }

    /** A part of the contract published as its own page (its Markdown). */
    public static String contractPart(String id) {
        return "cop-part:" + id;
    }

    public static String units() {
        return "cop/units";
    }

    public static String objective(ObjectiveId id) {
        return "objective:" + id.value();
    }

    /** An objective's full text, apart from its title. */
    public static String objectiveText(ObjectiveId id) {
        return "objective-text:" + id.value();
    }

    public static String milestone(String id) {
        return "milestone:" + id;
    }

    public static String indicator(IndicatorId id) {
        return "indicator:" + id.value();
    }

    public static String school(SchoolId id) {
        return "school:" + id.value();
    }

    /** A school's prose (summary and comments), apart from its fact sheet's data. */
    public static String schoolText(SchoolId id) {
        return "school-text:" + id.value();
    }

    public static String page(String id) {
        return "page:" + id;
    }

    public static String otmr() {
        return "pages/otm-r";
    }

    public static String news(String id) {
        return "news:" + id;
    }
}
