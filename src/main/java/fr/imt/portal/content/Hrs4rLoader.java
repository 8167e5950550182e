package fr.imt.portal.content;

import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Action;
import fr.imt.portal.model.Deadline;
import fr.imt.portal.model.Department;
import fr.imt.portal.model.DepartmentId;
import fr.imt.portal.model.Hrs4r;
import fr.imt.portal.model.Pillar;
import fr.imt.portal.model.PillarId;
import fr.imt.portal.model.Principle;
import fr.imt.portal.model.PrincipleId;
import fr.imt.portal.model.Provenance;
import fr.imt.portal.model.ProgressEntry;
import fr.imt.portal.model.Rating;
import fr.imt.portal.model.Status;
import fr.imt.portal.model.Text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static fr.imt.portal.content.Shape.Field.optional;
import static fr.imt.portal.content.Shape.Field.required;

/** Loads {@code content/hrs4r/}: pillars, departments, the gap analysis principles and the action plan. */
final class Hrs4rLoader {

    static Shape pillars(Languages languages) {
        return Shape.group(
                SourceFiles.translation(languages, "titles"),
                required("pillars", Shape.listOf(Shape.group(
                        required("id", Shape.identifier(), "the pillar's identifier"),
                        required("number", Shape.wholeNumber(1, 9), "the pillar's number"),
                        required("title", Shape.bilingual(), "the pillar's title")), 1), "the pillars"),
                optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    static Shape departments(Languages languages) {
        return Shape.group(
                SourceFiles.translation(languages, "names"),
                required("departments", Shape.listOf(Shape.group(
                        required("id", Shape.identifier(), "the department's identifier"),
                        required("name", Shape.bilingual(), "the department's name")), 1), "the departments"),
                optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    static Shape principle(Languages languages) {
        return Shape.group(
                required("id", Shape.identifier(), "the principle's identifier (the folder's name)"),
                required("pillar", Shape.reference("pillar"), "the pillar the principle belongs to"),
                required("order", Shape.wholeNumber(1, 9999), "the position in the gap analysis"),
                required("rating", Shape.oneOf("+/+", "+/-", "-/+"), "the rating of the gap analysis"),
                required("name", Shape.bilingual(), "the principle's name"),
                SourceFiles.translation(languages, "texts"),
                optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    static Shape action(Languages languages) {
        return Shape.group(
                required("number", Shape.wholeNumber(1, 9999), "the action's number in the plan"),
                required("pillar", Shape.reference("pillar"), "the pillar the action is listed under"),
                required("text", Shape.bilingual(), "the action's text"),
                SourceFiles.translation(languages, "text"),
                required("principles", Shape.listOf(Shape.reference("principle"), 1), "the principles the action serves"),
                required("deadline", Shape.pattern("Q[1-4] (19|20)\\d\\d", "shape.quarter"), "the deadline"),
                required("leading", Shape.listOf(Shape.reference("department"), 1), "the leading departments"),
                required("associated", Shape.listOf(Shape.reference("department"), 0), "the associated departments"),
                required("status", Shape.oneOf(Status.keys()), "the action's status"),
                optional("completion", Shape.wholeNumber(0, 100), "the completion percentage"),
                optional("progress", Shape.listOf(ProgressLogs.ENTRY, 0), "the dated progress log, oldest first"),
                optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    private final Path root;
    private final Problems problems;
    private final References references;
    private final Sources sources;
    private final SourceFiles sourceFiles;
    private final Languages languages;

    private final EditorialChecks editorial;

    /**
     * {@code today} is the build date, as of which late actions without recent news are flagged;
     * {@code sources} records which files each entity is read from, {@code sourceFiles} reads them.
     */
    Hrs4rLoader(Path contentRoot, Problems problems, References references, LocalDate today, Sources sources,
                SourceFiles sourceFiles) {
        this.root = contentRoot.resolve("hrs4r");
        this.problems = problems;
        this.references = references;
        this.editorial = new EditorialChecks(today, problems);
        this.sources = sources;
        this.sourceFiles = sourceFiles;
        this.languages = sourceFiles.languages();
    }

    Hrs4r load() {
        List<Pillar> pillars = pillars();
        List<Department> departments = departments();
        List<Principle> principles = principles();
        List<Action> actions = actions();
        return new Hrs4r(pillars, principles, actions, departments);
    }

    private List<Pillar> pillars() {
        Path file = root.resolve("pillars.yaml");
        List<Pillar> pillars = new ArrayList<>();
        sources.record(Provenance.pillars(), file);
        Optional<YamlNode.Mapping> read = existing(file).flatMap(f -> sourceFiles.read(f, pillars(languages), problems));
        if (read.isEmpty()) {
            references.brokenKind("pillar", file);
        }
        read.ifPresent(map -> {
            for (Fields.Group g : Fields.groupsAt(map, "pillars")) {
                YamlNode.Mapping p = g.map();
                String id = Fields.string(p, "id");
                if (references.define("pillar", id, p.get("id").position(), g.field("id"), problems)) {
                    pillars.add(new Pillar(new PillarId(id), Fields.integer(p, "number"), Fields.text(p, "title"),
                            Fields.translation(map, languages)));
                }
            }
        });
        return pillars;
    }

    private List<Department> departments() {
        Path file = root.resolve("departments.yaml");
        List<Department> departments = new ArrayList<>();
        sources.record(Provenance.departments(), file);
        Optional<YamlNode.Mapping> read = existing(file).flatMap(f -> sourceFiles.read(f, departments(languages), problems));
        if (read.isEmpty()) {
            references.brokenKind("department", file);
        }
        read.ifPresent(map -> {
            for (Fields.Group g : Fields.groupsAt(map, "departments")) {
                YamlNode.Mapping d = g.map();
                String id = Fields.string(d, "id");
                if (references.define("department", id, d.get("id").position(), g.field("id"), problems)) {
                    departments.add(new Department(new DepartmentId(id), Fields.text(d, "name"), Fields.translation(map, languages)));
                }
            }
        });
        return departments;
    }

    private List<Principle> principles() {
        List<Principle> principles = new ArrayList<>();
        List<Path> folders = SourceFiles.folders(root.resolve("principles"));
        Map<Path, Optional<YamlNode.Mapping>> files = sourceFiles.readEach(folders, "principle.yaml", principle(languages), problems);
        for (Path folder : folders) {
            Path file = folder.resolve("principle.yaml");
            Optional<YamlNode.Mapping> read = existing(file).flatMap(files::get);
            Text gaps = bilingualProse(folder, "gaps", file);
            Text initiatives = bilingualProse(folder, "initiatives", file);
            if (read.isEmpty()) {
                references.broken("principle", folder.getFileName().toString(), file);
            }
            read.ifPresent(map -> {
                String id = Fields.string(map, "id");
                String folderName = folder.getFileName().toString();
                if (!id.equals(folderName)) {
                    problems.error(map.get("id").position(), "id", "hrs4r.principleId", folderName, id);
                    // The citations of the folder's name wait for this fix: one mistake, one error.
                    references.broken("principle", folderName, file);
                    return;
                }
                if (!references.define("principle", id, map.get("id").position(), "id", problems)) {
                    return;
                }
                references.referOne("pillar", map, "pillar");
                sources.record(Provenance.principle(new PrincipleId(id)), file);
                sources.record(Provenance.principleText(new PrincipleId(id)), Sources.prose(folder, "gaps"));
                sources.record(Provenance.principleText(new PrincipleId(id)), Sources.prose(folder, "initiatives"));
                principles.add(new Principle(new PrincipleId(id), new PillarId(Fields.string(map, "pillar")),
                        Fields.integer(map, "order"), Rating.fromSymbol(Fields.string(map, "rating")).orElseThrow(),
                        Fields.text(map, "name"), gaps, initiatives, Fields.translation(map, languages), Fields.notes(map)));
            });
        }
        return principles;
    }

    private List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        Map<Path, Optional<YamlNode.Mapping>> files =
                sourceFiles.readAll(SourceFiles.list(root.resolve("actions"), ".yaml"), action(languages), problems);
        for (Map.Entry<Path, Optional<YamlNode.Mapping>> read : files.entrySet()) {
            Path file = read.getKey();
            // The number the file name gives, as references write it (03.yaml is action 3).
            String named = file.getFileName().toString().replaceFirst("\\.yaml$", "").replaceFirst("^0+(?=\\d)", "");
            if (read.getValue().isEmpty()) {
                references.broken("action", named, file);
            }
            read.getValue().ifPresent(map -> {
                int number = Fields.integer(map, "number");
                String expectedName = String.format("%02d.yaml", number);
                if (!file.getFileName().toString().equals(expectedName)) {
                    problems.error(map.get("number").position(), "number", "hrs4r.actionFile", String.valueOf(number), expectedName);
                    // The citations of the file's number wait for this fix: one mistake, one error.
                    references.broken("action", named, file);
                    return;
                }
                if (!references.define("action", Integer.toString(number), map.get("number").position(), "number", problems)) {
                    return;
                }
                references.referOne("pillar", map, "pillar");
                references.referAll("principle", map, "principles");
                references.referAll("department", map, "leading");
                references.referAll("department", map, "associated");
                sources.record(Provenance.action(number), file);
                String[] deadline = Fields.string(map, "deadline").substring(1).split(" ");
                List<ProgressEntry> log = ProgressLogs.entries(map, "progress", problems);
                ProgressLogs.checkStatus(log, ProgressLogs.all(log), "progress", Fields.string(map, "status"),
                        map.get("status").position(), "status", Message.of("progress.actionStatus"), problems);
                Action action = new Action(number, new PillarId(Fields.string(map, "pillar")), Fields.text(map, "text"),
                        Fields.translation(map, languages), Fields.strings(map, "principles", PrincipleId::new),
                        new Deadline(Integer.parseInt(deadline[0]), Integer.parseInt(deadline[1])),
                        Fields.strings(map, "leading", DepartmentId::new),
                        Fields.strings(map, "associated", DepartmentId::new),
                        Status.fromKey(Fields.string(map, "status")).orElseThrow(),
                        Fields.has(map, "completion") ? OptionalInt.of(Fields.integer(map, "completion")) : OptionalInt.empty(),
                        log, Fields.notes(map));
                editorial.action(map, action);
                actions.add(action);
            });
        }
        return actions;
    }

    private Text bilingualProse(Path folder, String name, Path owner) {
        return new Text(sourceFiles.prose(folder, name, "fr", owner, problems),
                sourceFiles.prose(folder, name, "en", owner, problems));
    }

    private Optional<Path> existing(Path file) {
        if (!Files.exists(file)) {
            problems.error(file, "", "file.missing");
            return Optional.empty();
        }
        return Optional.of(file);
    }
}
