package fr.imt.portal.site;

import fr.imt.portal.model.Lang;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The interface's words in each language, read from {@code templates/i18n/<lang>.properties}
 * (UTF-8). A key present in one language only is a bug in the templates, so it fails the build.
 */
public final class Messages {

    private final Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);

    public Messages(Path templates) {
        for (Lang lang : Lang.values()) {
            Properties props = new Properties();
            Path file = templates.resolve("i18n").resolve(lang.code() + ".properties");
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            Map<String, String> words = new TreeMap<>();
            props.forEach((k, v) -> words.put((String) k, (String) v));
            byLang.put(lang, Map.copyOf(words));
        }
        var fr = byLang.get(Lang.FR).keySet();
        var en = byLang.get(Lang.EN).keySet();
        if (!fr.equals(en)) {
            var missing = new java.util.TreeSet<>(fr);
            missing.addAll(en);
            missing.removeIf(k -> fr.contains(k) && en.contains(k));
            throw new IllegalStateException("templates/i18n: keys not present in both languages: " + missing);
        }
    }

    public Map<String, String> in(Lang lang) {
        return byLang.get(lang);
    }

    public String get(Lang lang, String key) {
        String value = byLang.get(lang).get(key);
        if (value == null) {
            throw new IllegalStateException("templates/i18n/" + lang.code() + ".properties has no key " + key);
        }
        return value;
    }
}
