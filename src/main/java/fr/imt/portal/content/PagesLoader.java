package fr.imt.portal.content;

import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Otmr;
import fr.imt.portal.model.Page;
import fr.imt.portal.model.PrincipleId;
import fr.imt.portal.model.Provenance;
import fr.imt.portal.model.Text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static fr.imt.portal.content.Shape.Field.optional;
import static fr.imt.portal.content.Shape.Field.required;

/**
 * Loads {@code content/pages/}: the prose pages listed in {@code pages.yaml} (Markdown beside it)
 * and the OTM-R page's grouping by recruitment stage ({@code otm-r.yaml}), whose principles and
 * actions are references checked like any other.
 */
final class PagesLoader {

    /** An old address of a page: a site path in one language, ending with "/". */
    static final Shape ALIAS = Shape.pattern("(fr|en)(/[a-z0-9]+(-[a-z0-9]+)*)+/", "shape.alias");

    static Shape pages(Languages languages) {
        return Shape.group(
                SourceFiles.translation(languages, "texts"),
                required("pages", Shape.listOf(Shape.group(
                        required("id", Shape.identifier(), "the page's identifier (its Markdown files are <id>.fr.md and <id>.en.md)"),
                        required("slug", Shape.group(
                                required("fr", Shape.identifier(), "the French address segment"),
                                required("en", Shape.identifier(), "the English address segment")), "the page's address in each language"),
                        required("title", Shape.bilingual(), "the page's title"),
                        required("description", Shape.bilingual(), "one sentence for search engines and link previews"),
                        optional("aliases", Shape.listOf(ALIAS, 0), "old addresses that must lead to this page"),
                        optional("draft", Shape.flag(), "true for a draft: shown by serve, never published")), 0), "the pages"),
                optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    static Shape otmr(Languages languages) {
        return Shape.group(
                SourceFiles.translation(languages, "texts"),
                required("title", Shape.bilingual(), "the page's title"),
                required("lead", Shape.bilingual(), "the sentence under the title"),
                required("intro", Shape.bilingual(), "the introduction for a candidate who does not know IMT (Markdown)"),
                optional("aliases", Shape.listOf(ALIAS, 0), "old addresses that must lead to this page"),
                required("stages", Shape.listOf(Shape.group(
                        required("id", Shape.identifier(), "the stage's identifier (its anchor on the page)"),
                        required("title", Shape.bilingual(), "the stage's title"),
                        required("intro", Shape.bilingual(), "what this stage is, in a sentence or two"),
                        required("principles", Shape.listOf(Shape.reference("principle"), 0), "the gap-analysis principles concerning this stage"),
                        required("actions", Shape.listOf(Shape.wholeNumber(1, 9999), 0), "the numbers of the actions improving this stage"),
                        optional("undocumented", Shape.bilingual(), "what the sources do not say about this stage")), 1),
                        "the stages of a recruitment"),
                optional("source_notes", SourceFiles.NOTES, "transcription notes"));
    }

    private final Path root;
    private final Problems problems;
    private final References references;
    private final Sources sources;
    private final SourceFiles sourceFiles;
    private final Languages languages;

    PagesLoader(Path contentRoot, Problems problems, References references, Sources sources, SourceFiles sourceFiles) {
        this.root = contentRoot.resolve("pages");
        this.problems = problems;
        this.references = references;
        this.sources = sources;
        this.sourceFiles = sourceFiles;
        this.languages = sourceFiles.languages();
    }

    List<Page> pages() {
        Path file = root.resolve("pages.yaml");
        List<Page> pages = new ArrayList<>();
        if (!Files.exists(file)) {
            return pages;
        }
        sourceFiles.read(file, pages(languages), problems).ifPresent(map -> {
            for (Fields.Group g : Fields.groupsAt(map, "pages")) {
                YamlNode.Mapping p = g.map();
                String id = Fields.string(p, "id");
                if (!references.define("page", id, p.get("id").position(), g.field("id"), problems)) {
                    continue;
                }
                sources.record(Provenance.page(id), file);
                sources.record(Provenance.page(id), Sources.prose(root, id));
                Text markdown = new Text(sourceFiles.prose(root, id, "fr", file, problems),
                        sourceFiles.prose(root, id, "en", file, problems));
                pages.add(new Page(id, Fields.text(p, "slug"), Fields.text(p, "title"), Fields.text(p, "description"),
                        markdown, Fields.translation(map, languages), Fields.strings(p, "aliases", s -> s),
                        Fields.has(p, "draft") && Boolean.parseBoolean(Fields.string(p, "draft"))));
            }
        });
        return pages;
    }

    /** The OTM-R grouping; empty when the site has none (or when it is wrong: then a problem says why). */
    Optional<Otmr> otmr() {
        Path file = root.resolve("otm-r.yaml");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        sources.record(Provenance.otmr(), file);
        return sourceFiles.read(file, otmr(languages), problems).map(map -> {
            List<Otmr.Stage> stages = new ArrayList<>();
            for (Fields.Group g : Fields.groupsAt(map, "stages")) {
                YamlNode.Mapping s = g.map();
                references.define("otm-r stage", Fields.string(s, "id"), s.get("id").position(), g.field("id"), problems);
                references.referAll("principle", s, "principles", g.at());
                references.referAll("action", s, "actions", g.at());
                stages.add(new Otmr.Stage(Fields.string(s, "id"), Fields.text(s, "title"), Fields.text(s, "intro"),
                        Fields.strings(s, "principles", PrincipleId::new),
                        Fields.strings(s, "actions", Integer::valueOf),
                        Fields.has(s, "undocumented") ? Fields.text(s, "undocumented") : null));
            }
            return new Otmr(Fields.text(map, "title"), Fields.text(map, "lead"), Fields.text(map, "intro"), stages,
                    Fields.strings(map, "aliases", a -> a));
        });
    }
}
