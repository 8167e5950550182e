package fr.imt.portal.content;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.NewsItem;
import fr.imt.portal.model.Provenance;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.imt.portal.content.Shape.Field.optional;
import static fr.imt.portal.content.Shape.Field.required;

/**
 * Loads {@code content/news/}: one Markdown file per post and language, named
 * {@code <date>-<slug>.<lang>.md}, opening with a YAML header between two {@code ---} lines.
 * The two languages of a post share the file name's date and slug.
 */
final class NewsLoader {

    static final Shape HEADER = Shape.group(
            required("date", Shape.date(), "the publication date, the same as in the file name"),
            required("title", Shape.text(), "the post's title"),
            optional("summary", Shape.text(), "one or two sentences shown in lists, feeds and link previews"),
            optional("draft", Shape.flag(), "true for a draft: shown by serve, never published"));

    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.(fr|en)\\.md");

    private final Path root;
    private final Problems problems;
    private final Sources sources;
    private final SourceFiles sourceFiles;

    NewsLoader(Path contentRoot, Problems problems, Sources sources, SourceFiles sourceFiles) {
        this.root = contentRoot.resolve("news");
        this.problems = problems;
        this.sources = sources;
        this.sourceFiles = sourceFiles;
    }

    /** The posts, newest first (then by slug, so the order never depends on the file system). */
    List<NewsItem> load() {
        Map<String, Map<Lang, NewsItem.Post>> byId = new LinkedHashMap<>();
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (Path file : SourceFiles.list(root, ".md")) {
            String name = file.getFileName().toString();
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                problems.error(file, "", "news.fileName");
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                problems.error(file, "", "news.fileDate", m.group(1));
                continue;
            }
            Lang lang = Lang.valueOf(m.group(3).toUpperCase(java.util.Locale.ROOT));
            post(file, date).ifPresent(post -> {
                String id = m.group(1) + "-" + m.group(2);
                byId.computeIfAbsent(id, k -> new EnumMap<>(Lang.class)).put(lang, post);
                sources.record(Provenance.news(id), file);
                dates.put(id, date);
            });
        }
        List<NewsItem> items = new ArrayList<>();
        byId.forEach((id, posts) -> items.add(new NewsItem(dates.get(id), id.substring(11), posts)));
        items.sort(Comparator.comparing(NewsItem::date).reversed().thenComparing(NewsItem::slug));
        return items;
    }

    private Optional<NewsItem.Post> post(Path file, LocalDate fileDate) {
        String source;
        try {
            source = TextChecks.clean(file, sourceFiles.text(file), 1, problems);
            if (source == null) {
                return Optional.empty();
            }
            source = source.replace("\r\n", "\n");
        } catch (IOException e) {
            problems.unreadable(file, "", e);
            return Optional.empty();
        }
        if (!source.startsWith("---\n")) {
            problems.error(file, "", "news.noHeader");
            return Optional.empty();
        }
        int end = source.indexOf("\n---\n", 3);
        if (end < 0) {
            problems.error(file, "", "news.headerNotClosed");
            return Optional.empty();
        }
        // A blank first line keeps the YAML's line numbers equal to the file's.
        String header = "\n" + source.substring(4, end + 1);
        String body = source.substring(end + 5);
        Optional<YamlNode> node = YamlReader.parse(file, header, problems);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Placeholders.check(node.get(), "", problems);
        Placeholders.check(file, body, header.split("\n", -1).length + 1, problems);
        MarkdownChecks.nesting(file, body, header.split("\n", -1).length + 1, problems);
        TextTraps.yaml(node.get(), "", problems);
        TextTraps.markdown(file, body, header.split("\n", -1).length + 1, problems);
        Problems found = new Problems();
        HEADER.check(node.get(), "", found);
        found.errors().forEach(p -> problems.error(p.position(), p.field(), p.message()));
        if (found.hasErrors()) {
            return Optional.empty();
        }
        YamlNode.Mapping map = (YamlNode.Mapping) node.get();
        if (!LocalDate.parse(Fields.string(map, "date")).equals(fileDate)) {
            problems.error(map.get("date").position(), "date", "news.date", fileDate.toString());
            return Optional.empty();
        }
        if (body.isBlank()) {
            problems.error(file, "", "news.noText");
            return Optional.empty();
        }
        return Optional.of(new NewsItem.Post(Fields.string(map, "title"),
                Fields.has(map, "summary") ? Optional.of(Fields.string(map, "summary")) : Optional.empty(), body,
                Fields.has(map, "draft") && Boolean.parseBoolean(Fields.string(map, "draft"))));
    }
}
