package fr.imt.portal.content;

import fr.imt.portal.content.YamlLanguageServer.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        server = new YamlLanguageServer();
        Path real = SchemaAgreementTest.PROJECT.resolve("content");
        int sites = 0;
        for (Path content : SchemaAgreementTest.contentFolders(tmp)) {
            Map<Path, List<BuildError>> build = buildErrors(content);
            Path schemas = real.resolve(Schemas.FOLDER);
            if (!content.equals(real)) {
                schemas = Files.createDirectories(tmp.resolve("schemas-" + ++sites));
                Map<String, List<String>> identifiers = Schemas.identifiers(content);
                for (SourceKind kind : SourceKind.ALL) {
                    Files.writeString(schemas.resolve(kind.schemaFile()), Schemas.schema(kind, identifiers));
                }
            }
            for (Map.Entry<Path, SourceKind> e : Schemas.yamlFiles(content).entrySet()) {
                Path file = content.resolve(e.getKey()).toAbsolutePath().normalize();
                String text = Files.readString(file);
                int added = 0;
                if (!content.equals(real)) {
                    text = "# yaml-language-server: $schema=" + schemas.resolve(e.getValue().schemaFile()).toUri() + "\n" + text;
                    added = 1;
                }
                int shift = added;
                List<Diagnostic> editor = server.diagnose(file.toUri().toString(), text).stream()
                        .map(d -> new Diagnostic(d.line() - shift, d.message())).toList();
                verdicts.add(new Verdict(SchemaAgreementTest.PROJECT.relativize(file), build.getOrDefault(file, List.of()), editor));
            }
        }
    }

    /** The build's errors by file, without those of rules a schema cannot say. */
    private static Map<Path, List<BuildError>> buildErrors(Path content) {
        Map<Path, List<BuildError>> byFile = new LinkedHashMap<>();
        Map<String, List<String>> identifiers = Schemas.identifiers(content);
        for (Problem p : ContentLoader.load(content, SchemaAgreementTest.TODAY).problems().errors()) {
            if (SchemaAgreementTest.validatorOnly(p, identifiers).isEmpty()) {
                byFile.computeIfAbsent(p.position().file().toAbsolutePath().normalize(), f -> new ArrayList<>())
                        .add(new BuildError(p.position().line(), p.field() + ": " + p.message()));
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
}
