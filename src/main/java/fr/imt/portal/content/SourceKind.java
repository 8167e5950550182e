package fr.imt.portal.content;

import fr.imt.portal.model.Languages;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A kind of YAML source under {@code content/}: where its files are (a glob relative to
 * {@code content/}), the {@link Shape} they must have, and the name of its published schema.
 * The loaders read these shapes; {@link Schemas} publishes them.
 *
 * @param name      the schema's file name without {@code .schema.json}
 * @param title     what the files are, in French and English, for editors' tools
 * @param glob      where the files are, relative to {@code content/}
 * @param shapes    the shape of the files, given the years the COP's contract decides and the site's
 *                  languages (which name the translation field, see {@link Languages#translationField})
 * @param frontMatter whether the YAML is the header of a Markdown file (no schema comment possible)
 */
public record SourceKind(String name, String title, String glob, BiFunction<CopLoader.Years, Languages, Shape> shapes, boolean frontMatter) {

    /** Every kind of YAML the loaders read. */
    public static final List<SourceKind> ALL = List.of(
            yaml("pillars", "Piliers HRS4R / HRS4R pillars", "hrs4r/pillars.yaml", (y, l) -> Hrs4rLoader.pillars(l)),
            yaml("departments", "Directions métier / Departments", "hrs4r/departments.yaml", (y, l) -> Hrs4rLoader.departments(l)),
            yaml("principle", "Principe de l'analyse des écarts / Gap-analysis principle",
                    "hrs4r/principles/*/principle.yaml", (y, l) -> Hrs4rLoader.principle(l)),
            yaml("action", "Action du plan d'action HRS4R / HRS4R action", "hrs4r/actions/*.yaml", (y, l) -> Hrs4rLoader.action(l)),
            yaml("contract", "Contrat d'objectifs et de performance / Contract of objectives and performance",
                    "cop/contract.yaml", (y, l) -> CopLoader.contract(l)),
            yaml("units", "Unités des indicateurs / Indicator units", "cop/units.yaml", (y, l) -> CopLoader.units(l)),
            yaml("objective", "Objectif du COP / COP objective", "cop/objectives/*.yaml", (y, l) -> CopLoader.objective(l)),
            yaml("milestone", "Jalon du COP / COP milestone", "cop/milestones/*.yaml", CopLoader::milestone),
            yaml("indicator", "Indicateur du COP / COP indicator", "cop/indicators/*.yaml", CopLoader::indicator),
            yaml("school", "Fiche d'école / School sheet", "cop/schools/*/school.yaml", CopLoader::school),
            yaml("pages", "Pages de texte / Prose pages", "pages/pages.yaml", (y, l) -> PagesLoader.pages(l)),
            yaml("otm-r", "Page OTM-R / OTM-R page", "pages/otm-r.yaml", (y, l) -> PagesLoader.otmr(l)),
            yaml("glossary", "Glossaire français-anglais / French-English glossary", "glossary.yaml", (y, l) -> Glossary.GLOSSARY),
            new SourceKind("news", "En-tête d'une actualité / News post header", "news/*.md", (y, l) -> NewsLoader.HEADER, true));

    private static SourceKind yaml(String name, String title, String glob, BiFunction<CopLoader.Years, Languages, Shape> shapes) {
        return new SourceKind(name, title, glob, shapes, false);
    }

    /** The shape of this kind's files in a site whose contract gives {@code years} and whose languages are {@code languages}. */
    public Shape shape(CopLoader.Years years, Languages languages) {
        return shapes.apply(years, languages);
    }

    /** The kind of the file at {@code relative} (a path inside {@code content/}), if the loaders read one there. */
    public static Optional<SourceKind> of(Path relative) {
        return ALL.stream().filter(k -> k.matches(relative)).findFirst();
    }

    public boolean matches(Path relative) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return matcher.matches(relative);
    }

    /** The schema's file name, such as {@code action.schema.json}. */
    public String schemaFile() {
        return name + ".schema.json";
    }
}
