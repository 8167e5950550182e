package fr.imt.portal.content;

import fr.imt.portal.model.Languages;
import fr.imt.portal.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schemas for editors' tools, made from a fixture site directly: the identifiers the site
 * defines are listed where files refer to them, each YAML file gets the two comment lines that
 * point to its schema (as content/FORMAT.md shows them), and what is out of date is said.
 */
class SchemasTest {

    static final Path FIXTURE = Path.of("src/test/resources/sites/progress/content").toAbsolutePath();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theSitesIdentifiersAreReadByKind() {
        Map<String, List<String>> ids = Schemas.identifiers(FIXTURE);
        assertEquals(List.of("ethics", "evaluation"), ids.get("pillar"));
        assertEquals(List.of("hr", "science"), ids.get("department"));
        assertEquals(List.of("students", "kwh", "percent"), ids.get("unit"));
        assertEquals(List.of("open-science", "recruitment"), ids.get("principle"));
        assertEquals(List.of("M1"), ids.get("objective"));
        assertEquals(List.of("alpha"), ids.get("school"));
    }

    @Test
    void aSiteWithoutTheseFilesDefinesNothing(@TempDir Path content) throws IOException {
        Files.createDirectories(content.resolve("hrs4r"));
        Files.writeString(content.resolve("hrs4r/pillars.yaml"), "pillars: [{id: 3}, {id: ethics}, text]\n");
        Files.writeString(content.resolve("hrs4r/departments.yaml"), "departments: [\n");
        Map<String, List<String>> ids = Schemas.identifiers(content);
        assertEquals(List.of("ethics"), ids.get("pillar"), "only identifiers written as text");
        assertEquals(List.of(), ids.get("department"), "a file that cannot be read defines nothing");
        assertEquals(List.of(), ids.get("unit"));
        assertEquals(List.of(), ids.get("principle"));
    }

    @Test
    void aSchemaListsTheIdentifiersItsFilesReferTo() {
        SourceKind action = SourceKind.of(Path.of("hrs4r/actions/01.yaml")).orElseThrow();
        JsonNode schema = JSON.readTree(Schemas.schema(action, new Schemas.Site(Map.of("principle", List.of("recruitment", "recruitment", "open-science"),
                "pillar", List.of("ethics")), CopLoader.Years.ANY, Languages.of("fr, en"))));
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").asString());
        assertEquals(action.title(), schema.get("title").asString());
        assertTrue(schema.get("description").asString().startsWith("content/hrs4r/actions/*.yaml. "), schema.get("description").asString());
        assertEquals(List.of("recruitment", "open-science"), texts(schema.at("/definitions/principle/enum")), "each once");
        assertTrue(schema.at("/definitions/department/not").isObject(), "no department defined: none can be referred to");
        assertTrue(schema.at("/properties/number").isObject());
        SourceKind news = SourceKind.of(Path.of("news/2025-06-01-guide.fr.md")).orElseThrow();
        JsonNode header = JSON.readTree(Schemas.schema(news, new Schemas.Site(Map.of(), CopLoader.Years.ANY, Languages.of("fr, en"))));
        assertTrue(header.get("description").asString().contains("(the header between the two --- lines)"));
        assertTrue(header.get("definitions") == null, "refers to nothing");
    }

    @Test
    void theTranslationFieldOfASchemaIsNamedAfterTheSitesTranslatedLanguage() {
        SourceKind principle = SourceKind.of(Path.of("hrs4r/principles/recruitment/principle.yaml")).orElseThrow();
        JsonNode french = JSON.readTree(Schemas.schema(principle, new Schemas.Site(Map.of(), CopLoader.Years.ANY, Languages.of("fr, en"))));
        assertEquals("**FR** D'où viennent les textes anglais.\n\n**EN** Where the English texts come from: one of original, translation, reviewed.",
                french.at("/properties/english/markdownDescription").asString());
        assertTrue(french.at("/properties/french").isMissingNode());
        JsonNode english = JSON.readTree(Schemas.schema(principle, new Schemas.Site(Map.of(), CopLoader.Years.ANY, Languages.of("en, fr"))));
        assertEquals("**FR** D'où viennent les textes français.\n\n**EN** Where the French texts come from: one of original, translation, reviewed.",
                english.at("/properties/french/markdownDescription").asString());
        assertTrue(english.at("/properties/english").isMissingNode());
        assertTrue(texts(english.at("/required")).contains("french"), texts(english.at("/required")).toString());
    }

    @Test
    void eachYamlFileOpensWithTheCommentsThatPointToItsSchema() {
        SourceKind action = SourceKind.of(Path.of("hrs4r/actions/01.yaml")).orElseThrow();
        assertEquals("# yaml-language-server: $schema=../../schemas/action.schema.json\n# $schema: ../../schemas/action.schema.json\n",
                Schemas.header(action, Path.of("hrs4r/actions/01.yaml")));
        SourceKind glossary = SourceKind.of(Path.of("glossary.yaml")).orElseThrow();
        assertEquals("# yaml-language-server: $schema=schemas/glossary.schema.json\n# $schema: schemas/glossary.schema.json\n",
                Schemas.header(glossary, Path.of("glossary.yaml")));
    }

    @Test
    void writingPutsEveryCommentAndSchemaInPlaceAndThenNothingIsStale(@TempDir Path tmp) throws IOException {
        Path site = tmp.resolve("site");
        TestSites.copyTree(FIXTURE, site.resolve("content"));
        Path action = site.resolve("content/hrs4r/actions/01.yaml");
        String before = Files.readString(action);
        Files.writeString(action, "# $schema: ../old/action.schema.json\n" + before);

        List<Schemas.Stale> stale = Schemas.stale(site);
        assertTrue(stale.contains(new Schemas.Stale("content/schemas/action.schema.json", false)), stale.toString());
        assertTrue(stale.contains(new Schemas.Stale(".vscode/settings.json", false)), stale.toString());
        assertTrue(stale.contains(new Schemas.Stale("content/hrs4r/actions/01.yaml", true)), stale.toString());
        assertFalse(stale.stream().anyMatch(s -> s.file().startsWith("content/news/")), "a news header cannot hold the comment");

        List<String> written = Schemas.write(site);
        assertTrue(written.contains("content/hrs4r/actions/01.yaml"), written.toString());
        assertEquals(Schemas.header(SourceKind.of(Path.of("hrs4r/actions/01.yaml")).orElseThrow(), Path.of("hrs4r/actions/01.yaml")) + before,
                Files.readString(action), "the outdated comment replaced, the rest kept");
        assertEquals(List.of(), Schemas.stale(site));
        assertEquals(List.of(), Schemas.write(site), "nothing left to write");
        JsonNode settings = JSON.readTree(Files.readString(site.resolve(".vscode/settings.json")));
        assertEquals(List.of("content/hrs4r/actions/*.yaml"), texts(settings.at("/yaml.schemas/.~1content~1schemas~1action.schema.json")));
        assertTrue(settings.at("/yaml.schemas").propertyStream().noneMatch(e -> e.getKey().contains("news")));
        assertEquals(SourceKind.ALL.size() + 1, Schemas.generated(site).size());
    }

    @Test
    void onlyTheYamlFilesTheLoadersReadAreListed(@TempDir Path content) throws IOException {
        for (String file : List.of("hrs4r/pillars.yaml", "hrs4r/actions/02.yaml", "hrs4r/notes.yaml", "news/2025-01-01-a.fr.md", "cop/units.yaml")) {
            TestSites.write(content.resolve(file), "x: 1\n");
        }
        assertEquals(List.of(Path.of("cop/units.yaml"), Path.of("hrs4r/actions/02.yaml"), Path.of("hrs4r/pillars.yaml")),
                List.copyOf(Schemas.yamlFiles(content).keySet()));
        assertEquals(Map.of(), Schemas.yamlFiles(content.resolve("absent")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
