package fr.imt.portal.content;


import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks the settings of {@code site.properties} that reach the published files as addresses
 * or as markup: every {@code *.url} setting (links, JSON-LD, feeds, sitemap, data catalogue) and
 * {@code site.editBaseUrl} (the pages' edit links) is a web address ({@code https:} or
 * {@code http:}, a host, nothing hidden in it), the site's own address is a host alone, the
 * base path is plain path segments, the contact address is an e-mail address, and the
 * Content-Security-Policy is directives on one line. Anything else (a
 * {@code javascript:} link, a quote that ends an attribute, a line break that adds a header to
 * the hosts' {@code _headers} file) is an error naming the setting and its line, and nothing is
 * published.
 */
public final class SettingsCheck {

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x21-\\x7e]*");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern CSP_DIRECTIVE = Pattern.compile("[a-z][a-z-]*( +[\\x21\\x23-\\x2b\\x2d-\\x3a\\x3c-\\x7e]+)*");

    private SettingsCheck() {}

    /**
     * The problems of {@code source}'s site.properties, each at its line; {@code overrides} (given
     * on the command line) replace the file's values and are checked instead, at the file's start.
     */
    public static Problems check(Path source, Map<String, String> overrides) {
        Problems problems = new Problems();
        Path file = source.resolve("site.properties");
        if (!Files.isRegularFile(file)) {
            return problems;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties values = new Properties();
        try (Reader reader = new StringReader(text)) {
            values.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.error(file, "", "setting.unreadable", String.valueOf(e.getMessage()));
            return problems;
        }
        List<String> lines = text.lines().toList();
        Set<String> keys = new TreeSet<>(values.stringPropertyNames());
        keys.addAll(overrides.keySet());
        for (String key : keys) {
            String value = overrides.getOrDefault(key, values.getProperty(key));
            problem(key, value).ifPresent(message -> problems.error(
                    overrides.containsKey(key) ? SourcePosition.startOf(file) : new SourcePosition(file, lineOf(lines, key), 1),
                    key, overrides.containsKey(key) ? Message.of("setting.commandLine", message) : message));
        }
        return problems;
    }

    /** What is wrong with {@code value} as the setting {@code key}, if anything. */
    public static Optional<Message> problem(String key, String value) {
        String v = value.strip();
        if (key.equals("site.url")) {
            return v.isEmpty() ? Optional.empty() : origin(v);
        } else if (key.endsWith(".url") || key.equals("site.editBaseUrl")) {
            return v.isEmpty() ? Optional.empty() : webAddress(v, false);
        } else if (key.equals("site.basePath")) {
            return basePath(v);
        } else if (key.equals("site.contact.email")) {
            return v.isEmpty() || EMAIL.matcher(v).matches() ? Optional.empty()
                    : Optional.of(Message.of("setting.email", quoted(v)));
        } else if (key.equals("site.csp")) {
            return csp(v);
        }
        return Optional.empty();
    }

    /** The site's own address: scheme and host (and port), which every page's address is made of. */
    private static Optional<Message> origin(String v) {
        Optional<Message> web = webAddress(v, true);
        if (web.isPresent()) {
            return web;
        }
        URI uri = URI.create(v);
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(Message.of("setting.origin.path", quoted(v)));
        }
        return Optional.empty();
    }

    private static Optional<Message> webAddress(String v, boolean host) {
        Message expected = Message.of(host ? "setting.expected.host" : "setting.expected.web");
        if (!PRINTABLE_ASCII.matcher(v).matches() || v.indexOf('"') >= 0 || v.indexOf('<') >= 0 || v.indexOf('>') >= 0
                || v.indexOf('\\') >= 0) {
            return Optional.of(Message.of("setting.address.characters", expected, quoted(v)));
        }
        URI uri;
        try {
            uri = new URI(v);
        } catch (URISyntaxException e) {
            return Optional.of(Message.of("setting.address.invalid", expected, quoted(v), e.getReason()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of(scheme.isEmpty() ? Message.of("setting.address.noScheme", expected, quoted(v))
                    : Message.of("setting.address.scheme", expected, quoted(v), scheme));
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.of(Message.of(uri.getRawUserInfo() != null ? "setting.address.userInfo" : "setting.address.noHost",
                    expected, quoted(v)));
        }
        return Optional.empty();
    }

    private static Optional<Message> basePath(String v) {
        String trimmed = v.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        for (String segment : trimmed.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                return Optional.of(Message.of("setting.basePath", quoted(v)));
            }
        }
        return Optional.empty();
    }

    private static Optional<Message> csp(String v) {
        for (String directive : v.split(";")) {
            String d = directive.strip();
            if (!d.isEmpty() && !CSP_DIRECTIVE.matcher(d).matches()) {
                return Optional.of(Message.of("setting.csp", quoted(d)));
            }
        }
        return Optional.empty();
    }

    /** The line where {@code key} is set (the last one: a later line wins), or 1. */
    private static int lineOf(List<String> lines, String key) {
        Pattern setting = Pattern.compile("\\s*" + Pattern.quote(key) + "\\s*[=:\\s].*|\\s*" + Pattern.quote(key) + "\\s*");
        int found = 1;
        for (int i = 0; i < lines.size(); i++) {
            if (setting.matcher(lines.get(i)).matches()) {
                found = i + 1;
            }
        }
        return found;
    }

    /** {@code v} in quotes, its invisible characters shown as escapes. */
    private static String quoted(String v) {
        StringBuilder out = new StringBuilder("\"");
        v.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
