package fr.imt.portal.content;

import fr.imt.portal.model.Lang;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published JSON Schemas (as an editor's tool applies them, through networknt's validator
 * and Jackson 3's YAML reader) and the build's validator agree on every YAML file of every
 * fixture site and of the real content: the validator reports an error in a file if and only if
 * the schema rejects it. Rules JSON Schema cannot express are listed below as validator-only,
 * each with why; their problems are set aside explicitly, and each must be seen at least once.
 */
class SchemaAgreementTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** A rule only the validator checks, recognised by its message. */
    record ValidatorOnly(String rule, String why, Pattern message) {}

    static final List<ValidatorOnly> VALIDATOR_ONLY = List.of(
            new ValidatorOnly("identifier = file or folder name", "a schema sees a file's content, not its name",
                    Pattern.compile("the name of the (principle's folder|file|folder)|must be named \\d+\\.yaml")),
            new ValidatorOnly("references between files", "a schema sees one file; it lists the identifiers of the kinds"
                    + " editors pick most (pillars, principles, departments, units, objectives, schools), not these",
                    Pattern.compile("^unknown (action|domain|indicator|theme) \"")),
            new ValidatorOnly("unique identifiers", "JSON Schema cannot require a field to differ across list items or files",
                    Pattern.compile("^duplicated .* identifier")),
            new ValidatorOnly("one milestone step per year", "JSON Schema cannot require a field to differ across list items",
                    Pattern.compile("already has a step; expected one step per year")),
            new ValidatorOnly("footnote marks defined in the same file", "a reference inside the file ($data is not JSON Schema)",
                    Pattern.compile("^unknown footnote mark")),
            new ValidatorOnly("units compatible with the indicator's", "the indicator's unit is in another file",
                    Pattern.compile("^unit mismatch")),
            new ValidatorOnly("Markdown beside the YAML", "the prose files are not YAML",
                    Pattern.compile("^missing (English|French) text: expected the file|^the file is empty; expected the (English|French) text")),
            new ValidatorOnly("news file name, header lines and body", "the header is YAML inside a Markdown file",
                    Pattern.compile("^a news (file|post)|^the file name starts with|^the header opened|the date in the file name|has a header but no text")));

    /** The rule only the validator checks that {@code p} breaks, if any. */
    static Optional<String> validatorOnly(Problem p) {
        return VALIDATOR_ONLY.stream().filter(v -> v.message().matcher(p.message(Lang.EN)).find()).map(ValidatorOnly::rule).findFirst();
    }

    /** Fixtures that are overlays, checked as their tests use them: on top of their base. */
    static final Map<String, String> OVERLAY_BASES = Map.of("cop-errors", "cop-tracking");

    @TempDir
    static Path tmp;

    /**
     * The content folders checked: every fixture site (an overlay on top of its base), the
     * public-site news fixtures, and the real content.
     */
    static List<Path> contentFolders(Path tmp) throws IOException {
        List<Path> folders = new ArrayList<>();
        Path fixtures = PROJECT.resolve("src/test/resources/sites");
        List<String> names;
        try (Stream<Path> sites = Files.list(fixtures)) {
            names = sites.map(s -> s.getFileName().toString()).sorted().toList();
        }
        for (String name : names) {
            if (OVERLAY_BASES.containsKey(name)) {
                Path assembled = tmp.resolve(name).resolve("content");
                copy(fixtures.resolve(OVERLAY_BASES.get(name)).resolve("content"), assembled);
                copy(fixtures.resolve(name).resolve("content"), assembled);
                folders.add(assembled);
            } else if (Files.isDirectory(fixtures.resolve(name).resolve("content"))) {
                folders.add(fixtures.resolve(name).resolve("content"));
            }
        }
        folders.add(PROJECT.resolve("src/test/resources/public-site"));
        folders.add(PROJECT.resolve("content"));
        return folders;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    record Verdict(Path file, SourceKind kind, List<String> validator, List<String> schema) {
        boolean agree() {
            return validator.isEmpty() == schema.isEmpty();
        }
    }

    static final List<Verdict> verdicts = new ArrayList<>();
    static final Set<String> seenValidatorOnly = new LinkedHashSet<>();

    @BeforeAll
    static void checkEveryFileBothWays() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        YAMLMapper yaml = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        for (Path content : contentFolders(tmp)) {
            // Each site's schemas, as the schemas command writes them there: they list that site's identifiers.
            Map<SourceKind, Schema> schemas = new HashMap<>();
            Schemas.Site identifiers = Schemas.Site.of(content);
            for (SourceKind kind : SourceKind.ALL) {
                schemas.put(kind, registry.getSchema(Schemas.schema(kind, identifiers)));
            }
            Map<Path, List<String>> errorsByFile = new LinkedHashMap<>();
            for (Problem p : ContentLoader.check(content, TODAY).errors()) {
                String text = (p.field().isEmpty() ? "" : p.field() + ": ") + p.message(Lang.EN);
                Optional<String> only = validatorOnly(p);
                if (only.isPresent()) {
                    seenValidatorOnly.add(only.get());
                    continue;
                }
                errorsByFile.computeIfAbsent(p.position().file().toAbsolutePath().normalize(), f -> new ArrayList<>())
                        .add(p.position().line() + ":" + p.position().column() + " " + text);
            }
            for (Path file : files(content)) {
                SourceKind kind = SourceKind.of(content.relativize(file)).orElseThrow();
                List<String> schemaErrors = schemaErrors(yaml, schemas.get(kind), kind, file);
                verdicts.add(new Verdict(file.startsWith(PROJECT) ? PROJECT.relativize(file) : tmp.relativize(file), kind,
                        errorsByFile.getOrDefault(file.toAbsolutePath().normalize(), List.of()), schemaErrors));
            }
        }
    }

    private static List<Path> files(Path content) throws IOException {
        try (Stream<Path> all = Files.walk(content)) {
            return all.filter(Files::isRegularFile).filter(f -> SourceKind.of(content.relativize(f)).isPresent()).sorted().toList();
        }
    }

    private static List<String> schemaErrors(YAMLMapper yaml, Schema schema, SourceKind kind, Path file) {
        String text;
        try {
            text = Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kind.frontMatter()) {
            int end = text.indexOf("\n---\n", 3);
            if (!text.startsWith("---\n") || end < 0) {
                return List.of(); // no header to apply the schema to: the validator's framing rules say why
            }
            text = text.substring(4, end + 1);
        }
        JsonNode node;
        try {
            node = yaml.readTree(text);
        } catch (JacksonException e) {
            return List.of("not YAML: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return List.of("empty document");
        }
        return schema.validate(node).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    @Test
    void theValidatorReportsAnErrorInAFileIfAndOnlyIfTheSchemaRejectsIt() {
        List<String> disagreements = verdicts.stream().filter(v -> !v.agree())
                .map(v -> v.file() + " (" + v.kind().name() + ")\n    validator: " + v.validator() + "\n    schema: " + v.schema())
                .toList();
        assertTrue(disagreements.isEmpty(), "the schema and the validator disagree on:\n" + String.join("\n", disagreements));
        assertTrue(verdicts.size() > 100, "files checked: " + verdicts.size());
    }

    @Test
    void everyKindHasFilesBothAcceptAndFilesBothReject() {
        for (SourceKind kind : SourceKind.ALL) {
            List<Verdict> ofKind = verdicts.stream().filter(v -> v.kind() == kind).toList();
            assertTrue(ofKind.stream().anyMatch(v -> v.agree() && v.schema().isEmpty()), kind.name() + ": no valid file");
            assertTrue(ofKind.stream().anyMatch(v -> v.agree() && !v.schema().isEmpty()), kind.name() + ": no invalid file");
        }
    }

    @Test
    void everyValidatorOnlyRuleIsExercisedByAFixture() {
        assertEquals(VALIDATOR_ONLY.stream().map(ValidatorOnly::rule).toList(), List.copyOf(seenValidatorOnly.stream()
                .sorted((a, b) -> indexOf(a) - indexOf(b)).toList()));
    }

    private static int indexOf(String rule) {
        return VALIDATOR_ONLY.stream().map(ValidatorOnly::rule).toList().indexOf(rule);
    }

    @Test
    void theRealContentIsAcceptedByBoth() {
        List<Verdict> real = verdicts.stream().filter(v -> v.file().startsWith("content")).toList();
        assertTrue(real.size() > 90, "real files: " + real.size());
        real.forEach(v -> assertTrue(v.validator().isEmpty() && v.schema().isEmpty(), v.toString()));
    }
}
