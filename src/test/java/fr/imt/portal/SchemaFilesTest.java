package fr.imt.portal;

import fr.imt.portal.content.Schemas;
import fr.imt.portal.content.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schemas committed in content/schemas/ are exactly what the code generates from the
 * validator's shapes, and every YAML file of content/ opens with the comments that point VS Code
 * and IntelliJ to its schema. When this fails, run {@code java -jar target/portal.jar schemas}.
 */
class SchemaFilesTest {

    @Test
    void committedSchemasEqualWhatTheCodeGenerates() throws IOException {
        for (Map.Entry<String, String> e : Schemas.generated(TestSites.PROJECT).entrySet()) {
            Path file = TestSites.PROJECT.resolve(e.getKey());
            assertTrue(Files.exists(file), e.getKey() + " is missing; run java -jar target/portal.jar schemas");
            assertEquals(e.getValue(), Files.readString(file), e.getKey() + " is out of date; run java -jar target/portal.jar schemas");
        }
        assertEquals(List.of(), Schemas.stale(TestSites.PROJECT));
    }

    @Test
    void everyYamlFileOfTheContentPointsToItsSchemaForVsCodeAndIntellij() throws IOException {
        Path content = TestSites.PROJECT.resolve("content");
        List<Path> yaml;
        try (Stream<Path> files = Files.walk(content)) {
            yaml = files.filter(f -> f.toString().endsWith(".yaml")).toList();
        }
        assertTrue(yaml.size() > 90, "YAML files: " + yaml.size());
        for (Path file : yaml) {
            Path relative = content.relativize(file);
            SourceKind kind = SourceKind.of(relative).orElseThrow(() -> new AssertionError(relative + " is read by no loader"));
            List<String> lines = Files.readAllLines(file);
            Path schema = file.getParent().resolve(lines.get(0).substring("# yaml-language-server: $schema=".length())).normalize();
            assertEquals("# yaml-language-server: $schema=", lines.get(0).substring(0, 32), relative.toString());
            assertEquals(content.resolve("schemas").resolve(kind.schemaFile()), schema, relative.toString());
            assertTrue(Files.exists(schema), relative.toString());
            assertEquals("# $schema: " + lines.get(0).substring(32), lines.get(1), relative + ": IntelliJ's form");
        }
    }

    @Test
    void schemasCommandRewritesAnOutdatedSchemaAndTheMissingCommentAndCheckReportsThem(@TempDir Path tmp) throws IOException {
        Path site = TestSites.fixture("valid", tmp);
        CommandRun first = CommandRun.of("schemas", "--source", site.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, CommandRun.of("schemas", "--check", "--source", site.toString()).exitCode());
        Path action = site.resolve("content/hrs4r/actions/02.yaml");
        String withComment = Files.readString(action);
        assertTrue(withComment.startsWith("# yaml-language-server: $schema=../../schemas/action.schema.json\n"
                + "# $schema: ../../schemas/action.schema.json\nnumber: 2\n"), withComment);

        Files.writeString(action, withComment.substring(withComment.indexOf("number:")));
        Path schema = site.resolve("content/schemas/action.schema.json");
        Files.writeString(schema, "{}\n");
        CommandRun check = CommandRun.english("schemas", "--check", "--source", site.toString());
        assertEquals(1, check.exitCode());
        assertTrue(check.err().contains("content/schemas/action.schema.json is out of date: run ./portal schemas"), check.err());
        assertTrue(check.err().contains("content/hrs4r/actions/02.yaml has no schema comment"), check.err());
        CommandRun enFrançais = CommandRun.french("schemas", "--check", "--source", site.toString());
        assertTrue(enFrançais.err().contains("content/schemas/action.schema.json n’est pas à jour : lancez ./portal schemas"),
                enFrançais.err());

        CommandRun rewrite = CommandRun.french("schemas", "--source", site.toString());
        assertEquals(0, rewrite.exitCode(), rewrite.err());
        assertTrue(rewrite.out().contains("2 fichiers écrits."), rewrite.out());
        assertTrue(CommandRun.french("schemas", "--source", site.toString()).out().contains("Les schémas étaient déjà à jour."));
        Files.writeString(action, withComment.substring(withComment.indexOf("number:")));
        Files.writeString(schema, "{}\n");

        assertEquals(0, CommandRun.of("schemas", "--source", site.toString()).exitCode());
        assertEquals(withComment, Files.readString(action));
        assertEquals(Schemas.generated(site).get("content/schemas/action.schema.json"), Files.readString(schema));
        CommandRun validate = CommandRun.english("validate", "--source", site.toString(), "--today", "2026-11-20");
        assertEquals(0, validate.exitCode(), "the loaders read files with schema comments: " + validate.err());
    }
}
