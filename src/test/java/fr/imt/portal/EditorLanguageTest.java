package fr.imt.portal;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which language the commands speak, decided as an editor's machine decides it: the portal is
 * started as its own process with a chosen locale, on a site whose site.properties says
 * editor.lang or nothing. French by default; the site's setting; the locale when it is French
 * or English; --lang above all.
 */
class EditorLanguageTest {

    @TempDir
    static Path tmp;
    static Path french;
    static Path english;
    static Path unset;

    @BeforeAll
    static void sites() throws IOException {
        french = TestSites.fixture("valid", tmp.resolve("fr"));
        english = TestSites.fixture("valid", tmp.resolve("en"));
        TestSites.edit(english.resolve("site.properties"), "editor.lang=fr", "editor.lang=en");
        unset = TestSites.fixture("valid", tmp.resolve("unset"));
        TestSites.edit(unset.resolve("site.properties"), "editor.lang=fr", "");
    }

    /** The portal's output (stdout then stderr) for {@code args}, run with the locale {@code lang} and no LC_*. */
    static String portal(String lang, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "fr.imt.portal.cli.PortalCommand"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("LC_ALL");
        env.remove("LC_MESSAGES");
        env.put("LANG", lang);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return output;
    }

    static String validate(String lang, Path site, String... more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("validate", "--source", site.toString(), "--today", "2026-11-20"));
        args.addAll(List.of(more));
        return portal(lang, args.toArray(String[]::new));
    }

    @Test
    void frenchWhenNeitherTheLocaleNorTheSiteSaysOtherwise() throws IOException, InterruptedException {
        assertTrue(validate("C.UTF-8", unset).contains("Le contenu est valide"), "no setting: French");
        assertTrue(validate("C.UTF-8", french).contains("Le contenu est valide"), "editor.lang=fr");
    }

    @Test
    void theSiteSettingDecidesWhenTheLocaleSaysNoLanguage() throws IOException, InterruptedException {
        String out = validate("C.UTF-8", english);
        assertTrue(out.contains("The content is valid"), out);
        assertTrue(out.contains("warnings, which do not stop the build"), out);
    }

    @Test
    void aFrenchOrEnglishLocaleOverridesTheSiteAndLangOverridesBoth() throws IOException, InterruptedException {
        assertTrue(validate("en_GB.UTF-8", french).contains("The content is valid"), "English locale, French site");
        assertTrue(validate("fr_FR.UTF-8", english).contains("Le contenu est valide"), "French locale, English site");
        assertTrue(validate("en_GB.UTF-8", english, "--lang", "fr").contains("Le contenu est valide"), "--lang fr");
    }

    @Test
    void helpOfTheEditorsCommandsIsInTheirLanguage() throws IOException, InterruptedException {
        for (String command : List.of("build", "validate", "serve", "new")) {
            String help = portal("C.UTF-8", command, "--help", "--source", french.toString());
            assertTrue(help.startsWith("Utilisation : portal " + command), help);
            assertTrue(help.contains("Affiche cette aide et s’arrête."), help);
        }
        String validate = portal("C.UTF-8", "validate", "--help", "--source", french.toString());
        assertTrue(validate.contains("Vérifie chaque fichier du contenu"), validate);
        assertTrue(validate.contains("Liste chaque avertissement"), validate);
        String english = portal("C.UTF-8", "new", "update", "action", "--help", "--lang", "en");
        assertTrue(english.startsWith("Usage: portal new update action"), english);
        assertTrue(english.contains("The action's number, such as 18."), english);
        assertEquals(-1, english.indexOf("Affiche"), english);
    }
}
