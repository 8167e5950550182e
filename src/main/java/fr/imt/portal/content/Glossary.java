package fr.imt.portal.content;

import fr.imt.portal.model.Lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static fr.imt.portal.content.Shape.Field.optional;
import static fr.imt.portal.content.Shape.Field.required;

/**
 * The site's one English vocabulary ({@code content/glossary.yaml}): for each French term, the
 * English the whole site uses (IMT's own, from its English gap analysis, where it has one) and
 * the variants it must not use. Every English text we wrote (files marked {@code english:
 * translation} or {@code reviewed}, their Markdown, the prose pages, the news) is checked: a
 * variant is a warning naming the file, line and column, and the term to use instead. IMT's own
 * English ({@code english: original}) is its wording and is not checked, and so is all of a site's
 * English when its sources are English (its translation field is then {@code french:}). Transcribers' notes
 * ({@code source_notes}) quote variants on purpose and are not checked either.
 */
final class Glossary {

    static final Shape GLOSSARY = Shape.group(
            required("terms", Shape.listOf(Shape.group(
                    required("fr", Shape.text(), "the French term"),
                    required("en", Shape.text(), "the English the site uses for it"),
                    required("source", Shape.text(), "where that English comes from: IMT's English gap analysis"
                            + " (with the place), or \"ours\" where IMT gives none"),
                    optional("variants", Shape.listOf(Shape.text(), 0),
                            "English words the site must not use for this term (a warning names each use)")), 1),
                    "the glossary's terms"),
            optional("source_notes", SourceFiles.NOTES, "transcription notes"));

    /** A term: what to write, and the variants to flag (case-insensitive, plural included). */
    record Term(String fr, String en, List<Pattern> variants) {

        /** Whether {@code [start, end)} of {@code text} lies inside the term's own English (a variant may be part of it). */
        boolean insideTerm(String text, int start, int end) {
            Matcher own = Pattern.compile(Pattern.quote(en), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            while (own.find()) {
                if (own.start() <= start && end <= own.end()) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Path content;
    private final Problems problems;

    private final SourceFiles files;
    private final Sources sources;

    Glossary(Path content, Problems problems, SourceFiles files, Sources sources) {
        this.content = content;
        this.problems = problems;
        this.files = files;
        this.sources = sources;
    }

    /** Reads the glossary, if the site has one, and checks every English text we wrote against it. */
    void check() {
        Path file = content.resolve("glossary.yaml");
        if (!Files.exists(file)) {
            return;
        }
        // Read, so not a stray file; no page is made from it.
        sources.record("glossary", file);
        List<Term> terms = new ArrayList<>();
        files.read(file, GLOSSARY, problems).ifPresent(map -> {
            for (YamlNode.Mapping t : Fields.groups(map, "terms")) {
                List<Pattern> variants = Fields.strings(t, "variants", v -> v).stream()
                        .map(v -> Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(v) + "(?:s|es)?(?![\\p{L}-])",
                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                        .toList();
                terms.add(new Term(Fields.string(t, "fr"), Fields.string(t, "en"), variants));
            }
        });
        // The glossary gives the English for French terms: on a site whose sources are English,
        // every English text is the institution's own wording, and none is ours to check.
        if (terms.isEmpty() || this.files.languages().translatedInto() != Lang.EN) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(content.resolve("schemas")))
                    .filter(p -> !p.equals(file)).sorted().toList();
        } catch (IOException e) {
            problems.error(content, "", "file.unreadable", String.valueOf(e.getMessage()));
            return;
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".en.md") && !original(markdownOwner(f))) {
                checkMarkdown(f, terms);
            } else if (name.endsWith(".yaml")) {
                this.files.tree(f, new Problems()).ifPresent(node -> {
                    if (!(node instanceof YamlNode.Mapping m) || !original(m)) {
                        walk(node, terms);
                    }
                });
            }
        }
    }

    /** The YAML file whose {@code english:} covers a Markdown file: its namesake, or its folder's entity file. */
    private Path markdownOwner(Path md) {
        String stem = md.getFileName().toString().replaceFirst("\\.en\\.md$", "");
        Path folder = md.getParent();
        for (Path candidate : List.of(folder.resolve(stem + ".yaml"), folder.resolve("principle.yaml"),
                folder.resolve("school.yaml"), folder.resolve("contract.yaml"), folder.resolve("pages.yaml"))) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private boolean original(Path yaml) {
        return yaml != null && files.tree(yaml, new Problems())
                .map(n -> n instanceof YamlNode.Mapping m && original(m)).orElse(false);
    }

    private boolean original(YamlNode.Mapping map) {
        return map.get(files.languages().translationField()) instanceof YamlNode.Scalar s && s.text().equals("original");
    }

    private void walk(YamlNode node, List<Term> terms) {
        if (node instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries().values()) {
                if (e.key().equals("source_notes")) {
                    continue;
                }
                if (e.key().equals("en") && e.value() instanceof YamlNode.Scalar s) {
                    check(s.text(), s.position().file(), s.position().line(), () -> textColumn(s), terms);
                } else {
                    walk(e.value(), terms);
                }
            }
        } else if (node instanceof YamlNode.Sequence s) {
            s.items().forEach(item -> walk(item, terms));
        }
    }

    /** The column of {@code s}'s first character: a quoted text's position is its opening quote's. */
    private int textColumn(YamlNode.Scalar s) {
        SourcePosition at = s.position();
        try {
            String line = files.text(at.file()).lines().skip(at.line() - 1).findFirst().orElse("");
            boolean quoted = at.column() <= line.length() && "\"'".indexOf(line.charAt(at.column() - 1)) >= 0;
            return quoted ? at.column() + 1 : at.column();
        } catch (IOException e) {
            return at.column(); // the file was read a moment ago; a problem reading it again is reported by the next run
        }
    }

    private void checkMarkdown(Path md, List<Term> terms) {
        List<String> lines;
        try {
            lines = Files.readAllLines(md);
        } catch (IOException e) {
            return; // an unreadable file is reported by the loader that owns it
        }
        for (int i = 0; i < lines.size(); i++) {
            check(lines.get(i), md, i + 1, () -> 1, terms);
        }
    }

    /**
     * Warns at each variant in {@code text}, which starts at {@code column} (worked out only for a
     * warning); a text on one line gets the variant's own column.
     */
    private void check(String text, Path file, int line, java.util.function.IntSupplier column, List<Term> terms) {
        for (Term term : terms) {
            for (Pattern variant : term.variants()) {
                Matcher m = variant.matcher(text);
                while (m.find()) {
                    if (term.insideTerm(text, m.start(), m.end())) {
                        continue;
                    }
                    boolean oneLine = text.indexOf('\n') < 0;
                    problems.warning(new SourcePosition(file, line, oneLine ? column.getAsInt() + m.start() : column.getAsInt()), "en",
                            "glossary.variant", m.group(), term.en(), term.fr());
                }
            }
        }
    }
}
