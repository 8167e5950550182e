package fr.imt.portal.content;

import fr.imt.portal.model.Languages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reading of the files that make up the content: YAML checked against its shape, and Markdown
 * prose; in a preview, only the files that changed since its last load (see {@link KeptSources}).
 */
final class SourceFiles {

    private final KeptSources kept;
    private final Languages languages;

    /** {@code languages}: the site's, which name the field the files say their translations' provenance in. */
    SourceFiles(KeptSources kept, Languages languages) {
        this.kept = kept;
        this.languages = languages;
    }

    Languages languages() {
        return languages;
    }

    /** The text of a Markdown file, read again in a preview only if it changed since. */
    String text(Path file) throws IOException {
        return KeptFiles.text(kept.texts, file);
    }

    /**
     * Where the texts in the site's translated language come from: the source's own, our
     * translation not yet reviewed (marked on the site, and a warning for editors), or our
     * translation once reviewed.
     */
    static final Shape TRANSLATION = Shape.oneOf("original", "translation", "reviewed");

    /**
     * The required field that says where an entity's {@code what} ("texts", "names"; "text" for
     * one) in the translated language come from: {@code english:} "where the English texts come
     * from" on a site whose sources are French, {@code french:} on one whose sources are English
     * (the one rule is {@link Languages#translationField}).
     */
    static Shape.Field translation(Languages languages, String what) {
        return Shape.Field.required(languages.translationField(), TRANSLATION, "where the "
                + languages.translatedInto().englishName() + " " + what + (what.endsWith("s") ? " come" : " comes") + " from");
    }
    static final Shape NOTES = Shape.listOf(Shape.text(), 0);

    /**
     * What the checks of {@link #read} found in a file's tree: they depend on the tree and the
     * shape only, so a preview, which keeps the trees of unchanged files, checks each file once.
     */
    record Checked(YamlNode tree, Shape shape, Problems found, boolean fits) {}

    /** Reads {@code file} and checks it; empty when it cannot be read or does not fit {@code shape}. */
    Optional<YamlNode.Mapping> read(Path file, Shape shape, Problems problems) {
        Optional<YamlNode> node = tree(file, problems);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        Checked checked = kept.checked.get(file);
        // Shapes are values: the COP's are built again at every load, from the contract's years.
        if (checked == null || checked.tree() != node.get() || !checked.shape().equals(shape)) {
            checked = check(node.get(), shape);
            if (kept.keeping) {
                kept.checked.put(file, checked);
            }
        }
        problems.addAll(checked.found());
        return checked.fits() ? Optional.of((YamlNode.Mapping) node.get()) : Optional.empty();
    }

    /** The tree of {@code file}: the kept one if the file has not changed, else parsed (a syntax error is a problem). */
    Optional<YamlNode> tree(Path file, Problems problems) {
        BasicFileAttributes attributes;
        String source;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Optional<YamlNode> known = kept.trees.get(file, attributes);
            if (known.isPresent()) {
                return known;
            }
            source = Files.readString(file);
        } catch (IOException e) {
            problems.unreadable(file, "", e);
            return Optional.empty();
        }
        Problems found = new Problems();
        String clean = TextChecks.clean(file, source, 1, found);
        Optional<YamlNode> node = clean == null ? Optional.empty() : YamlReader.parse(file, clean, found);
        found.errors().forEach(p -> problems.error(p.position(), p.field(), p.message()));
        // Only a tree without problems is kept (a tree is immutable, so handing it out twice is safe).
        kept.trees.put(file, attributes, found.hasErrors() ? null : node.orElse(null));
        return node;
    }

    /**
     * Each of {@code files} read and checked as {@link #read} does, on every core (a large site
     * has thousands of them), by path in the order given. The problems found are reported in
     * reading order whatever the order they were found in.
     */
    Map<Path, Optional<YamlNode.Mapping>> readAll(List<Path> files, Shape shape, Problems problems) {
        List<Optional<YamlNode.Mapping>> read = files.parallelStream().map(file -> read(file, shape, problems)).toList();
        Map<Path, Optional<YamlNode.Mapping>> byFile = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            byFile.put(files.get(i), read.get(i));
        }
        return byFile;
    }

    /**
     * The file {@code name} of each of {@code folders} that has one, read and checked as
     * {@link #readAll} does (the folders without it are the caller's to report).
     */
    Map<Path, Optional<YamlNode.Mapping>> readEach(List<Path> folders, String name, Shape shape, Problems problems) {
        return readAll(folders.stream().map(folder -> folder.resolve(name)).filter(Files::exists).toList(), shape, problems);
    }

    private Checked check(YamlNode tree, Shape shape) {
        Problems found = new Problems();
        Placeholders.check(tree, "", found);
        TextTraps.yaml(tree, "", found);
        Problems fit = new Problems();
        shape.check(tree, "", fit);
        fit.errors().forEach(p -> found.error(p.position(), p.field(), p.message()));
        if (fit.hasErrors()) {
            return new Checked(tree, shape, found, false);
        }
        EditorialChecks.translation((YamlNode.Mapping) tree, languages, found);
        return new Checked(tree, shape, found, true);
    }

    /** The Markdown prose of {@code name} in one language, e.g. {@code gaps.en.md} beside the entity's YAML. */
    String prose(Path folder, String name, String lang, Path owner, Problems problems) {
        Path file = folder.resolve(name + "." + lang + ".md");
        if (!Files.exists(file)) {
            problems.error(owner, name, "en".equals(lang) ? "prose.missingEnglish" : "prose.missingFrench",
                    file.getFileName().toString(), owner.getFileName().toString());
            return "";
        }
        try {
            String text = markdown(file, text(file), 1, problems);
            if (text == null) {
                return "";
            }
            Placeholders.check(file, text, 1, problems);
            TextTraps.markdown(file, text, 1, problems);
            if (text.isBlank()) {
                problems.error(file, name, "en".equals(lang) ? "prose.emptyEnglish" : "prose.emptyFrench");
            }
            return text;
        } catch (IOException e) {
            problems.unreadable(file, name, e);
            return "";
        }
    }

    /**
     * {@code text}, Markdown from {@code file} starting on line {@code firstLine}, checked: its
     * characters (see {@link TextChecks}) and how deep its blocks nest (see {@link MarkdownChecks}).
     * Null when it holds a forbidden character.
     */
    static String markdown(Path file, String text, int firstLine, Problems problems) {
        String clean = TextChecks.clean(file, text, firstLine, problems);
        if (clean == null) {
            return null;
        }
        MarkdownChecks.nesting(file, clean, firstLine, problems);
        return clean;
    }

    /** The files of {@code folder} ending with {@code suffix}, sorted by name; none if the folder is absent. */
    static List<Path> list(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The sub-folders of {@code folder}, sorted by name. */
    static List<Path> folders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
