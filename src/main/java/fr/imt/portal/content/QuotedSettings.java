package fr.imt.portal.content;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The settings of {@code site.properties} that the prose pages quote ({@code {{site.key}}},
 * {@code {{mailto:site.key}}}) but that are empty, such as the host a legal notice must name. A
 * page leaves out what such a setting would say; {@code validate} warns about each, and a
 * publication ({@code build --publish}) stops on them, so a site never goes live without the
 * information the law requires of it.
 */
public final class QuotedSettings {

    private static final Pattern QUOTED = Pattern.compile("\\{\\{(?:mailto:)?(site\\.[a-zA-Z0-9.]+)}}");

    private QuotedSettings() {}

    /**
     * Checks the site folder {@code source}, with {@code overrides} replacing settings of
     * site.properties; {@code publishing} turns each finding into an error.
     */
    public static Problems check(Path source, Map<String, String> overrides, boolean publishing) {
        Problems problems = new Problems();
        Properties settings = new Properties();
        Path file = source.resolve("site.properties");
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                settings.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        settings.putAll(overrides);
        Path pages = source.resolve("content").resolve("pages");
        if (!Files.isDirectory(pages)) {
            return problems;
        }
        List<Path> markdown;
        try (Stream<Path> files = Files.list(pages)) {
            markdown = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path page : markdown) {
            List<String> lines;
            try {
                lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = QUOTED.matcher(lines.get(i));
                while (m.find()) {
                    String key = m.group(1);
                    if (settings.getProperty(key, "").isBlank()) {
                        SourcePosition at = new SourcePosition(page, i + 1, m.start() + 1);
                        if (publishing) {
                            problems.error(at, "", "setting.emptyQuoted", key);
                        } else {
                            problems.warning(at, "", "setting.emptyQuoted", key);
                        }
                    }
                }
            }
        }
        return problems;
    }
}
