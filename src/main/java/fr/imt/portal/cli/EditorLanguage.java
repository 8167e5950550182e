package fr.imt.portal.cli;

import fr.imt.portal.model.Lang;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The language the commands speak to the editor in: {@code --lang} when given, else the
 * system's locale when it is French or English ({@code LC_ALL}, {@code LC_MESSAGES},
 * {@code LANG}, the first one set, as POSIX reads them), else the site's {@code editor.lang}
 * in {@code site.properties}, else French, the language of the team that writes this site.
 */
final class EditorLanguage {

    static final String SETTING = "editor.lang";

    private EditorLanguage() {}

    static Lang choose(Lang option, Map<String, String> env, Path source) {
        if (option != null) {
            return option;
        }
        return fromLocale(env).or(() -> fromSite(source)).orElse(Lang.FR);
    }

    /** French or English when the locale says so; "C", "POSIX" or another language say nothing. */
    static Optional<Lang> fromLocale(Map<String, String> env) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return parse(value);
            }
        }
        return Optional.empty();
    }

    static Optional<Lang> fromSite(Path source) {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(source.resolve("site.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        } catch (IOException e) {
            // No readable settings: the build says so; the language falls back to French.
            return Optional.empty();
        }
        return Optional.ofNullable(settings.getProperty(SETTING)).flatMap(EditorLanguage::parse);
    }

    private static Optional<Lang> parse(String value) {
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (code.startsWith("fr")) {
            return Optional.of(Lang.FR);
        }
        if (code.startsWith("en")) {
            return Optional.of(Lang.EN);
        }
        return Optional.empty();
    }
}
