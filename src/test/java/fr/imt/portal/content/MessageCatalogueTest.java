package fr.imt.portal.content;

import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' catalogues (messages/editor_fr|en.properties) and the commands' help
 * (messages/help_fr|en.properties): both languages hold the same keys, every key the code
 * names exists and every key is named somewhere, and every message is a valid MessageFormat
 * whose plurals agree with their numbers.
 */
class MessageCatalogueTest {

    static final Path RESOURCES = Path.of("src/main/resources/messages");
    /** The code that speaks to editors: the keys it names are string literals such as "shape.found". */
    static final Set<Path> SPEAKING = Set.of(Path.of("src/main/java/fr/imt/portal/content"),
            Path.of("src/main/java/fr/imt/portal/cli"), Path.of("src/main/java/fr/imt/portal/authoring"),
            // The checks that need the rendered site: links that lead nowhere, two pages on one address.
            Path.of("src/main/java/fr/imt/portal/SiteBuilder.java"), Path.of("src/main/java/fr/imt/portal/render/SiteFiles.java"),
            // The search synonyms, checked with the content.
            Path.of("src/main/java/fr/imt/portal/SynonymsCheck.java"));
    static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    static Set<String> keys(String name) throws IOException {
        return load(name).stringPropertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        assertEquals(keys("editor_en.properties"), keys("editor_fr.properties"));
        assertEquals(keys("help_en.properties"), keys("help_fr.properties"));
        assertEquals(Catalogue.in(Lang.FR).keys(), keys("editor_fr.properties"), "the catalogue read is the file");
    }

    @Test
    void everyKeyTheCodeNamesExistsAndEveryKeyIsNamed() throws IOException {
        Set<String> catalogue = keys("editor_en.properties");
        Set<String> prefixes = catalogue.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> named = new TreeSet<>();
        for (Path folder : SPEAKING) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = LITERAL.matcher(Files.readString(file));
                    while (m.find()) {
                        if (prefixes.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
                            named.add(m.group(1));
                        }
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(catalogue);
        // Names of files, fields and editor settings in the code (units.yaml, pages.id, VS Code's yaml.schemas) are not keys.
        missing.removeIf(k -> k.endsWith(".yaml") || k.endsWith(".id") || k.endsWith(".md") || k.equals("yaml.schemas"));
        // The site's own words (templates/i18n), which the render stage names too, are not editors' messages.
        Properties interfaceWords = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("templates/i18n/en.properties"), StandardCharsets.UTF_8)) {
            interfaceWords.load(in);
        }
        missing.removeIf(interfaceWords::containsKey);
        assertEquals(Set.of(), missing, "keys named in the code but absent from the catalogue");
        Set<String> unused = new TreeSet<>(catalogue);
        unused.removeAll(named);
        // A warning's kind (its key + ".kind") is looked up by the report for every warning key.
        unused.removeIf(k -> k.endsWith(".kind") && named.contains(k.substring(0, k.length() - ".kind".length())));
        assertEquals(Set.of(), unused, "keys in the catalogue that no code names");
    }

    @Test
    void problemsAreReportedByKeyNeverAsASentence() throws IOException {
        // problems.error(at, field, "a sentence") would compile, and fail when printed: a problem names its message by key.
        Pattern call = Pattern.compile("(?s)\\.(?:error|warning)\\(([^;]*?)\\);");
        Pattern literal = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
        Pattern words = Pattern.compile("\\p{L}+ \\p{L}+");
        Set<String> sentences = new TreeSet<>();
        for (Path folder : SPEAKING) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = call.matcher(Files.readString(file));
                    while (m.find()) {
                        literal.matcher(m.group(1)).results().map(r -> r.group(1)).filter(t -> words.matcher(t).find())
                                .forEach(t -> sentences.add(file.getFileName() + ": " + t));
                    }
                }
            }
        }
        assertEquals(Set.of(), sentences, "messages written as sentences instead of catalogue keys");
    }

    @Test
    void everyMessageFormatsInBothLanguagesWithTheSameArguments() throws IOException {
        Pattern argument = Pattern.compile("\\{(\\d)");
        Properties en = load("editor_en.properties");
        Properties fr = load("editor_fr.properties");
        for (String key : en.stringPropertyNames()) {
            Set<String> enArgs = argument.matcher(en.getProperty(key)).results().map(r -> r.group(1)).collect(Collectors.toSet());
            Set<String> frArgs = argument.matcher(fr.getProperty(key)).results().map(r -> r.group(1)).collect(Collectors.toSet());
            // The French may leave out an English-only argument (a field's description), never add one.
            assertTrue(enArgs.containsAll(frArgs), key + ": French arguments " + frArgs + ", English " + enArgs);
            for (Properties language : new Properties[]{en, fr}) {
                String pattern = language.getProperty(key);
                new MessageFormat(pattern);
                assertTrue(!pattern.replace("''", "").replaceAll("'[{}]+'", "").contains("'"),
                        key + ": a single ' in a MessageFormat hides what follows; write '' or ’: " + pattern);
            }
        }
    }

    @Test
    void pluralsFollowTheNumber() {
        Catalogue fr = Catalogue.in(Lang.FR);
        Catalogue en = Catalogue.in(Lang.EN);
        assertEquals("1 erreur dans le contenu.", fr.say("report.count.errors", 1));
        assertEquals("3 erreurs dans le contenu.", fr.say("report.count.errors", 3));
        assertEquals("1 error in the content.", en.say("report.count.errors", 1));
        assertEquals("3 errors in the content.", en.say("report.count.errors", 3));
        assertEquals("2 erreurs dans le contenu, et 1 avertissement.", fr.say("report.count.errorsAndWarnings", 2, 1));
        assertEquals("une liste d’au moins 2 éléments", fr.say("shape.list.atLeast", 2));
        assertEquals("a list of at least 1 item", en.say("shape.list.atLeast", 1));
    }
}
