package fr.imt.portal.content;

import fr.imt.portal.content.YamlLanguageServer.Diagnostic;
import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The published schemas as editors meet them: every YAML file of the real content and of the
 * fixture sites is opened in Red Hat's yaml-language-server (VS Code's YAML extension), driven
 * over its protocol. A file the build accepts shows no diagnostic; a file the build rejects for a
 * rule a schema can say shows one. Fixture files point to their site's schemas as the
 * {@code schemas} command would write them; real files use the comment they carry.
 */
class SchemasInTheEditorTest {

    @TempDir
    static Path tmp;

    static YamlLanguageServer server;

    record BuildError(int line, String message) {
        @Override
        public String toString() {
            return line + ": " + message;
        }
    }

    record Verdict(Path file, List<BuildError> build, List<Diagnostic> editor) {
        /** Whether the editor underlines a line the build reports an error on. */
        boolean editorShowsABuildError() {
            return build.stream().anyMatch(b -> editor.stream().anyMatch(d -> d.line() == b.line()));
        }
    }

    static final List<Verdict> verdicts = new ArrayList<>();

    @BeforeAll
    static void openEveryYamlFileInTheEditor() throws IOException {
        assumeTrue(YamlLanguageServer.unavailable().isEmpty(), () -> "skipped: " + YamlLanguageServer.unavailable().get());
        assertTrue(Files.isRegularFile(YamlLanguageServer.SERVER), "node_modules/yaml-language-server is missing: run npm ci");
        server = new YamlLanguageServer();
        Path real = SchemaAgreementTest.PROJECT.resolve("content");
        int sites = 0;
        for (Path content : SchemaAgreementTest.contentFolders(tmp)) {
            Map<Path, List<BuildError>> build = buildErrors(content);
            Path schemas = real.resolve(Schemas.FOLDER);
            if (!content.equals(real)) {
                schemas = Files.createDirectories(tmp.resolve("schemas-" + ++sites));
                Schemas.Site identifiers = Schemas.Site.of(content);
                for (SourceKind kind : SourceKind.ALL) {
                    Files.writeString(schemas.resolve(kind.schemaFile()), Schemas.schema(kind, identifiers));
                }
            }
            Map<String, String> documents = new LinkedHashMap<>();
            for (Map.Entry<Path, SourceKind> e : Schemas.yamlFiles(content).entrySet()) {
                Path file = content.resolve(e.getKey()).toAbsolutePath().normalize();
                String text = Files.readString(file);
                if (!content.equals(real)) {
                    text = "# yaml-language-server: $schema=" + schemas.resolve(e.getValue().schemaFile()).toUri() + "\n" + text;
                }
                documents.put(file.toUri().toString(), text);
            }
            // The line the schema comment adds to a fixture file is taken off again.
            int shift = content.equals(real) ? 0 : 1;
            server.diagnoseAll(documents).forEach((uri, diagnostics) -> {
                Path file = Path.of(java.net.URI.create(uri));
                List<Diagnostic> editor = diagnostics.stream().map(d -> new Diagnostic(d.line() - shift, d.message())).toList();
                verdicts.add(new Verdict(SchemaAgreementTest.PROJECT.relativize(file), build.getOrDefault(file, List.of()), editor));
            });
        }
    }

    /** The build's errors by file, without those of rules a schema cannot say. */
    private static Map<Path, List<BuildError>> buildErrors(Path content) {
        Map<Path, List<BuildError>> byFile = new LinkedHashMap<>();
        for (Problem p : ContentLoader.check(content, SchemaAgreementTest.TODAY).errors()) {
            if (SchemaAgreementTest.validatorOnly(p).isEmpty()) {
                byFile.computeIfAbsent(p.position().file().toAbsolutePath().normalize(), f -> new ArrayList<>())
                        .add(new BuildError(p.position().line(), p.field() + ": " + p.message(Lang.EN)));
            }
        }
        return byFile;
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyFileTheBuildAcceptsOpensWithoutADiagnostic() {
        List<Verdict> valid = verdicts.stream().filter(v -> v.build().isEmpty()).toList();
        List<Verdict> flagged = valid.stream().filter(v -> !v.editor().isEmpty()).toList();
        int count = flagged.stream().mapToInt(v -> v.editor().size()).sum();
        System.out.println("yaml-language-server: " + count + " diagnostic(s) on " + flagged.size() + " of "
                + valid.size() + " valid files");
        assertTrue(valid.size() > 100, "valid files: " + valid.size());
        assertTrue(flagged.isEmpty(), count + " diagnostic(s) on " + flagged.size() + " valid files:\n"
                + String.join("\n", flagged.stream().map(v -> v.file() + " " + v.editor()).toList()));
    }

    @Test
    void everyFileTheBuildRejectsShowsADiagnosticOnALineOfTheBuildsErrors() {
        List<Verdict> invalid = verdicts.stream().filter(v -> !v.build().isEmpty()).toList();
        List<Verdict> missed = invalid.stream().filter(v -> !v.editorShowsABuildError()).toList();
        assertTrue(invalid.size() > 10, "invalid files: " + invalid.size());
        assertTrue(missed.isEmpty(), "not underlined where the build says:\n" + String.join("\n",
                missed.stream().map(v -> v.file() + "\n  build " + v.build() + "\n  editor " + v.editor()).toList()));
    }

    /** A new file of the real content as an editor starts it: the schema comment, then what they type. */
    private static String newFile(String schema, String... lines) {
        return "# yaml-language-server: $schema=" + schema + "\n" + String.join("\n", lines) + "\n";
    }

    private static List<String> idsIn(String file, String list) throws IOException {
        JsonNode root = new YAMLMapper().readTree(SchemaAgreementTest.PROJECT.resolve("content").resolve(file).toFile());
        List<String> ids = new ArrayList<>();
        root.path(list).forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> namesIn(String folder, String suffix) throws IOException {
        try (var entries = Files.list(SchemaAgreementTest.PROJECT.resolve("content").resolve(folder))) {
            return entries.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
        }
    }

    @Test
    void completionProposesEveryFieldOfANewAction() {
        String uri = SchemaAgreementTest.PROJECT.resolve("content/hrs4r/actions/99.yaml").toUri().toString();
        server.open(uri, newFile("../../schemas/action.schema.json", ""));
        List<String> fields = server.completion(uri, 1, 0);
        server.close(uri);
        assertTrue(fields.containsAll(List.of("number", "pillar", "text", "english", "principles", "deadline", "leading",
                "associated", "status", "completion", "progress")), fields.toString());
    }

    @Test
    void completionProposesTheIdentifiersTheContentDefines() throws IOException {
        String action = SchemaAgreementTest.PROJECT.resolve("content/hrs4r/actions/99.yaml").toUri().toString();
        server.open(action, newFile("../../schemas/action.schema.json",
                "pillar: ", "principles:", "  - ", "leading:", "  - ", "status: "));
        List<String> pillars = server.completion(action, 1, 8);
        List<String> principles = server.completion(action, 3, 4);
        List<String> departments = server.completion(action, 5, 4);
        List<String> statuses = server.completion(action, 6, 8);
        server.close(action);
        assertTrue(pillars.containsAll(idsIn("hrs4r/pillars.yaml", "pillars")), pillars.toString());
        List<String> knownPrinciples = namesIn("hrs4r/principles", "");
        assertTrue(knownPrinciples.size() > 10 && principles.containsAll(knownPrinciples), principles.toString());
        assertTrue(departments.containsAll(idsIn("hrs4r/departments.yaml", "departments")), departments.toString());
        assertTrue(statuses.containsAll(List.of("planned", "in_progress", "done", "cancelled")), statuses.toString());

        String indicator = SchemaAgreementTest.PROJECT.resolve("content/cop/indicators/new-one.yaml").toUri().toString();
        server.open(indicator, newFile("../../schemas/indicator.schema.json", "unit: ", "objectives:", "  - "));
        List<String> units = server.completion(indicator, 1, 6);
        List<String> objectives = server.completion(indicator, 3, 4);
        server.close(indicator);
        assertTrue(units.containsAll(idsIn("cop/units.yaml", "units")), units.toString());
        assertTrue(objectives.containsAll(namesIn("cop/objectives", ".yaml")) && objectives.contains("M1"), objectives.toString());

        server.open(indicator, newFile("../../schemas/indicator.schema.json", "previous_contract:", "  schools:", "    "));
        List<String> schools = server.completion(indicator, 3, 4);
        server.close(indicator);
        List<String> knownSchools = namesIn("cop/schools", "");
        assertTrue(knownSchools.size() == 9 && schools.containsAll(knownSchools), schools.toString());
    }

    @Test
    void typingAnUnknownPrincipleIsUnderlinedAtOnce() {
        String uri = SchemaAgreementTest.PROJECT.resolve("content/hrs4r/actions/98.yaml").toUri().toString();
        List<Diagnostic> diagnostics = server.diagnose(uri, newFile("../../schemas/action.schema.json",
                "principles:", "  - no-such-principle"));
        assertTrue(diagnostics.stream().anyMatch(d -> d.line() == 3), diagnostics.toString());
    }

    @Test
    void hoverOverAFieldDescribesItInFrenchAndInEnglish() throws IOException {
        Path file = SchemaAgreementTest.PROJECT.resolve("content/hrs4r/actions/01.yaml");
        List<String> lines = Files.readAllLines(file);
        int status = lines.indexOf(lines.stream().filter(l -> l.startsWith("status:")).findFirst().orElseThrow());
        String uri = file.toUri().toString();
        server.open(uri, Files.readString(file));
        String hover = server.hover(uri, status, 2);
        server.close(uri);
        assertTrue(hover.contains("Le statut de l'action"), hover);
        assertTrue(hover.contains("The action's status"), hover);
    }
}
