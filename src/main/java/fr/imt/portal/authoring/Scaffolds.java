package fr.imt.portal.authoring;

import fr.imt.portal.content.ContentLoader;
import fr.imt.portal.content.Message;
import fr.imt.portal.content.Placeholders;
import fr.imt.portal.content.Problem;
import fr.imt.portal.content.Problems;
import fr.imt.portal.content.YamlNode;
import fr.imt.portal.content.YamlReader;
import fr.imt.portal.model.Status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@code new news} and {@code new update} write for editors: a news post in both languages,
 * or a dated progress entry added to an action's or a milestone's YAML file (with the new status
 * written where the file keeps it). Texts to write are marked {@code [À COMPLÉTER : …]} and
 * {@code [TO FILL IN: …]}, which {@code validate} reports until they are replaced. A YAML file is
 * edited as text: its comments and layout stay as they were.
 */
public final class Scaffolds {

    /** What was written, relative to the site folder, and what the editor should do next. */
    public record Written(List<Path> files, Message note) {}

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String FR_TEXT = Placeholders.FR + " : ce qui a avancé, en une ou deux phrases]";
    private static final String EN_TEXT = Placeholders.EN + ": what progressed, in one or two sentences]";

    private Scaffolds() {}

    /** Writes {@code content/news/<today>-<slug>.fr.md} and {@code .en.md}. */
    public static Written news(Path site, String slug, String titleFr, String titleEn, LocalDate today)
            throws ScaffoldException {
        if (!SLUG.matcher(slug).matches()) {
            throw new ScaffoldException(Message.of("new.slug", slug));
        }
        Path folder = site.resolve("content/news");
        Path fr = folder.resolve(today + "-" + slug + ".fr.md");
        Path en = folder.resolve(today + "-" + slug + ".en.md");
        for (Path file : List.of(fr, en)) {
            if (Files.exists(file)) {
                throw new ScaffoldException(Message.of("new.exists", site.relativize(file)));
            }
        }
        inside(site, folder);
        write(fr, post(today, titleFr != null ? titleFr : Placeholders.FR + " : le titre]",
                Placeholders.FR + " : une ou deux phrases, montrées dans les listes et le fil]",
                Placeholders.FR + " : le texte de l'actualité, en paragraphes séparés par une ligne vide]"));
        write(en, post(today, titleEn != null ? titleEn : Placeholders.EN + ": the title]",
                Placeholders.EN + ": one or two sentences, shown in lists and the feed]",
                Placeholders.EN + ": the post, in paragraphs separated by a blank line]"));
        return new Written(List.of(site.relativize(fr), site.relativize(en)), Message.of("new.newsNote"));
    }

    private static String post(LocalDate date, String title, String summary, String body) {
        return "---\ndate: " + date + "\ntitle: " + quoted(title) + "\nsummary: " + quoted(summary) + "\n---\n" + body + "\n";
    }

    /** Adds a dated progress entry to {@code content/hrs4r/actions/NN.yaml}, and sets its status if it changes. */
    public static Written action(Path site, int number, String status, LocalDate today) throws ScaffoldException {
        Optional<Status> newStatus = status(status);
        Path file = site.resolve("content/hrs4r/actions").resolve(String.format("%02d.yaml", number));
        if (number < 1 || !Files.exists(file)) {
            throw new ScaffoldException(Message.of("new.noAction", String.valueOf(number), site.relativize(file),
                    existing(site.resolve("content/hrs4r/actions"))));
        }
        String before = read(file);
        YamlNode.Mapping map = parse(site, file, before);
        YamlText text = new YamlText(before);
        boolean changes = false;
        YamlNode current = map.get("status");
        if (newStatus.isPresent() && current instanceof YamlNode.Scalar s && !s.text().equals(newStatus.get().key())) {
            text.replaceScalar(s.position().line() - 1, s.position().column(), newStatus.get().key());
            changes = true;
        }
        List<String> entry = new ArrayList<>(List.of("date: " + today));
        if (changes) {
            entry.add("status: " + newStatus.get().key());
        }
        entry.addAll(texts());
        appendToList(text, map, "progress", entry);
        return finish(site, file, before, text.apply(), changes
                ? Message.of("new.statusSet", newStatus.get().key())
                : Message.of("new.statusKept", ((YamlNode.Scalar) current).text()));
    }

    /**
     * Adds a dated progress entry about the step of {@code year} to {@code content/cop/milestones/<id>.yaml},
     * and writes the step's new status and report date.
     */
    public static Written milestone(Path site, String id, int year, String status, LocalDate today) throws ScaffoldException {
        Optional<Status> newStatus = status(status);
        Path folder = site.resolve("content/cop/milestones");
        Path file = folder.resolve(id + ".yaml");
        if (!id.matches("J[1-9][0-9]*") || !Files.exists(file)) {
            throw new ScaffoldException(Message.of("new.noMilestone", id, site.relativize(file), existing(folder)));
        }
        String before = read(file);
        YamlNode.Mapping map = parse(site, file, before);
        YamlNode.Mapping step = null;
        List<String> years = new ArrayList<>();
        if (map.get("steps") instanceof YamlNode.Sequence steps) {
            for (YamlNode item : steps.items()) {
                if (item instanceof YamlNode.Mapping m && m.get("year") instanceof YamlNode.Scalar y) {
                    years.add(y.text());
                    if (y.text().equals(Integer.toString(year))) {
                        step = m;
                    }
                }
            }
        }
        if (step == null) {
            throw new ScaffoldException(Message.of("new.noStep", id, String.valueOf(year),
                    years.isEmpty() ? Message.of("list.none") : years));
        }
        YamlText text = new YamlText(before);
        String previous = step.get("status") instanceof YamlNode.Scalar s ? s.text() : null;
        boolean changes = newStatus.isPresent() && !newStatus.get().key().equals(previous);
        if (changes) {
            setField(text, step, "status", newStatus.get().key());
            setField(text, step, "reported", today.toString());
        }
        List<String> entry = new ArrayList<>(List.of("date: " + today, "year: " + year));
        if (changes) {
            entry.add("status: " + newStatus.get().key());
        }
        entry.addAll(texts());
        appendToList(text, map, "progress", entry);
        return finish(site, file, before, text.apply(), changes
                ? Message.of("new.stepStatusSet", String.valueOf(year), newStatus.get().key())
                : Message.of("new.stepStatusKept", String.valueOf(year),
                        previous == null ? Message.of("new.notReported") : previous));
    }

    private static List<String> texts() {
        return List.of("text:", "  fr: " + quoted(FR_TEXT), "  en: " + quoted(EN_TEXT));
    }

    private static Optional<Status> status(String status) throws ScaffoldException {
        if (status == null) {
            return Optional.empty();
        }
        Optional<Status> s = Status.fromKey(status);
        if (s.isEmpty()) {
            throw new ScaffoldException(Message.of("new.status", status, List.of(Status.keys())));
        }
        return s;
    }

    /** Sets {@code key} of a block mapping: its value replaced where it is written, or a new line at the mapping's end. */
    private static void setField(YamlText text, YamlNode.Mapping mapping, String key, String value) {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry != null) {
            text.replaceScalar(entry.value().position().line() - 1, entry.value().position().column(), value);
            return;
        }
        YamlNode.Entry last = mapping.entries().values().stream().reduce((a, b) -> b).orElseThrow();
        int keyIndent = last.keyPosition().column() - 1;
        int end = text.blockEnd(last.keyPosition().line() - 1, keyIndent);
        text.insert(end, List.of(" ".repeat(keyIndent) + key + ": " + value));
    }

    /**
     * Adds {@code lines} (an item's fields, unindented) as the last item of the block list
     * {@code key} of the top-level mapping, creating the list if the file has none.
     */
    private static void appendToList(YamlText text, YamlNode.Mapping map, String key, List<String> lines) {
        YamlNode.Entry entry = map.entries().get(key);
        if (entry != null && entry.value() instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
            YamlNode last = seq.items().get(seq.items().size() - 1);
            int lastLine = last.position().line() - 1;
            // The dash of the last item: where its line starts.
            int dash = YamlText.indentOf(text.line(lastLine));
            text.insert(text.blockEnd(lastLine, dash), item(dash, lines));
            return;
        }
        int keyIndent = 0;
        List<String> block = new ArrayList<>();
        block.add(key + ":");
        block.addAll(item(keyIndent + 2, lines));
        if (entry != null) {
            // "progress: []" or an empty "progress:": the block takes its place.
            int line = entry.keyPosition().line() - 1;
            text.replaceLine(line, block.get(0));
            text.insert(line + 1, block.subList(1, block.size()));
            return;
        }
        YamlNode.Entry notes = map.entries().get("source_notes");
        int at = notes != null ? notes.keyPosition().line() - 1 : text.size();
        // Comments written just above source_notes stay with it.
        while (notes != null && at > 0 && text.line(at - 1).strip().startsWith("#")) {
            at--;
        }
        text.insert(at, block);
    }

    private static List<String> item(int dash, List<String> lines) {
        List<String> out = new ArrayList<>();
        String pad = " ".repeat(dash);
        for (int i = 0; i < lines.size(); i++) {
            out.add(pad + (i == 0 ? "- " : "  ") + lines.get(i));
        }
        return out;
    }

    /** Writes the edited file only if the content then has no problem in it besides the placeholders to fill. */
    private static Written finish(Path site, Path file, String before, String after, Message note) throws ScaffoldException {
        inside(site, file);
        write(file, after);
        List<Problem> left = problemsIn(site, file).stream()
                .filter(p -> !isPlaceholder(p)).toList();
        if (!left.isEmpty()) {
            write(file, before);
            throw new ScaffoldException(Message.of("new.wouldBreak", site.relativize(file)), site, left);
        }
        return new Written(List.of(site.relativize(file)), note);
    }

    /** The file's tree; refused when it has problems other than texts still to fill in (an earlier update's). */
    private static YamlNode.Mapping parse(Path site, Path file, String text) throws ScaffoldException {
        List<Problem> problems = problemsIn(site, file).stream().filter(p -> !isPlaceholder(p)).toList();
        Problems parsing = new Problems();
        Optional<YamlNode> node = YamlReader.parse(file, text, parsing);
        if (!problems.isEmpty() || node.isEmpty() || !(node.get() instanceof YamlNode.Mapping map)) {
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(parsing.errors());
            throw new ScaffoldException(Message.of("new.fixFirst", site.relativize(file)), site, all);
        }
        return map;
    }

    private static boolean isPlaceholder(Problem p) {
        return p.message().key().equals(Placeholders.LEFT);
    }

    private static List<Problem> problemsIn(Path site, Path file) {
        return ContentLoader.check(site.resolve("content")).errors().stream()
                .filter(p -> p.position().file().toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()))
                .toList();
    }

    private static Object existing(Path folder) {
        try (var files = Files.list(folder)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .sorted().map(n -> n.substring(0, n.length() - 5).replaceFirst("^0(?=\\d)", "")).toList();
            return names.isEmpty() ? Message.of("list.none") : names;
        } catch (IOException e) {
            return Message.of("list.none");
        }
    }

    /** A YAML double-quoted string. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses to write at {@code path} when a symbolic link would take the write out of the site folder. */
    private static void inside(Path site, Path path) throws ScaffoldException {
        try {
            Path existing = path.toAbsolutePath();
            while (existing != null && !Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                existing = existing.getParent();
            }
            if (existing == null || !existing.toRealPath().startsWith(site.toRealPath())) {
                throw new ScaffoldException(Message.of("new.outsideSite", site.relativize(path)), site, List.of());
            }
        } catch (IOException e) {
            throw new ScaffoldException(Message.of("new.unreachable", site.relativize(path), String.valueOf(e.getMessage())), site, List.of());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
