package fr.imt.portal.content;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Languages;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the settings of {@code site.properties} that reach the published files as addresses
 * or as markup: every {@code *.url} setting (links, JSON-LD, feeds, sitemap, data catalogue) and
 * {@code site.editBaseUrl} (the pages' edit links) is a web address ({@code https:} or
 * {@code http:}, a host, nothing hidden in it), the site's own address is a host alone, the
 * base path is plain path segments, the contact address is an e-mail address, the
 * Content-Security-Policy is directives on one line, the publisher's time zone is one the
 * time-zone database knows, and the words of the addresses are URL-safe and distinct where they
 * share a folder, the navigation and footer list known sections once each, and the site's
 * languages are the languages the generator knows, each once. The settings that are choices of
 * the institution (its languages, its time zone, the words of its addresses, its navigation)
 * must be set. Anything else (a
 * {@code javascript:} link, a quote that ends an attribute, a line break that adds a header to
 * the hosts' {@code _headers} file) is an error naming the setting and its line, and nothing is
 * published.
 */
public final class SettingsCheck {

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x21-\\x7e]*");
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern CSP_DIRECTIVE = Pattern.compile("[a-z][a-z-]*( +[\\x21\\x23-\\x2b\\x2d-\\x3a\\x3c-\\x7e]+)*");

    private static final String TIME_ZONE = "site.timeZone";

    private static final String LANGUAGES = "site.languages";

    private static final String SEGMENT_PREFIX = "site.segment.";

    /**
     * The words of the site's addresses, without their language ({@code site.segment.<name>.<lang>},
     * which the URL scheme reads): a name with a dot is a segment below another (the COP's
     * objectives below the COP).
     */
    private static final List<String> SEGMENTS = Stream.concat(
            Stream.of("pillars", "principles", "actions", "actionPlan", "gapAnalysis", "otmr", "search", "news", "changes", "data", "cop"),
            Map.of("news", List.of("page"), "cop", List.of("objectives", "indicators", "milestones", "parts", "schools")).entrySet().stream()
                    .flatMap(folder -> folder.getValue().stream().map(name -> folder.getKey() + "." + name)))
            .map(name -> SEGMENT_PREFIX + name).sorted().toList();

    /** The sections the navigation and the footer may list (see site.properties), each a page of the site. */
    private static final List<String> SECTIONS = List.of("home", "gapAnalysis", "actionPlan", "cop", "otmr", "news", "search",
            "data", "changes");

    private static final List<String> NAVIGATION = List.of("site.navigation", "site.footer", "site.notFound");

    private static final Pattern URL_SEGMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The settings the generator cannot do without: each is a fact of the institution, not of the code. */
    private static final List<String> REQUIRED = Stream.concat(Stream.concat(Stream.of(LANGUAGES, TIME_ZONE), NAVIGATION.stream()),
            SEGMENTS.stream().flatMap(segment -> Stream.of(Lang.values()).map(lang -> segment + "." + lang.code()))).toList();

    private SettingsCheck() {}

    /**
     * The problems of {@code source}'s site.properties, each at its line; {@code overrides} (given
     * on the command line) replace the file's values and are checked instead, at the file's start.
     */
    public static Problems check(Path source, Map<String, String> overrides) {
        Problems problems = new Problems();
        Path file = source.resolve("site.properties");
        if (!Files.isRegularFile(file)) {
            problems.error(file, "", "setting.noFile");
            return problems;
        }
        String text = text(file);
        Properties values;
        try {
            values = properties(text);
        } catch (IllegalArgumentException e) {
            problems.error(file, "", "setting.unreadable", String.valueOf(e.getMessage()));
            return problems;
        }
        List<String> lines = text.lines().toList();
        Set<String> keys = new TreeSet<>(values.stringPropertyNames());
        keys.addAll(overrides.keySet());
        for (String key : REQUIRED) {
            if (!keys.contains(key)) {
                problems.error(SourcePosition.startOf(file), key, "setting.required", key);
            }
        }
        // Segments sharing a folder, by the folder and the language: the first setting that took each word.
        Map<String, String> taken = new HashMap<>();
        for (String key : keys) {
            String value = overrides.getOrDefault(key, values.getProperty(key));
            SourcePosition at = overrides.containsKey(key) ? SourcePosition.startOf(file) : new SourcePosition(file, lineOf(lines, key), 1);
            Optional<Message> problem = problem(key, value);
            problem.ifPresent(message -> problems.error(at, key, overrides.containsKey(key) ? Message.of("setting.commandLine", message) : message));
            if (problem.isEmpty() && key.startsWith(SEGMENT_PREFIX) && REQUIRED.contains(key)) {
                String name = key.substring(SEGMENT_PREFIX.length(), key.lastIndexOf('.'));
                String folder = (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "") + key.substring(key.lastIndexOf('.'));
                String first = taken.putIfAbsent(folder + "/" + value.strip(), key);
                if (first != null) {
                    problems.error(at, key, "setting.segment.clash", value.strip(), first, String.valueOf(lineOf(lines, first)));
                }
            }
        }
        return problems;
    }

    /**
     * The publisher's time zone ({@code site.timeZone}), in which the content's files are dated
     * and a day begins, whatever the machine's; empty when site.properties is missing or does not
     * give a valid one, which {@link #check} reports.
     */
    public static Optional<ZoneId> timeZone(Path source, Map<String, String> overrides) {
        String zone = overrides.get(TIME_ZONE);
        Path file = source.resolve("site.properties");
        if (zone == null && Files.isRegularFile(file)) {
            try {
                zone = properties(text(file)).getProperty(TIME_ZONE);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return zone == null || problem(TIME_ZONE, zone).isPresent() ? Optional.empty() : Optional.of(ZoneId.of(zone.strip()));
    }

    /**
     * The site's languages ({@code site.languages}), the original first; empty when site.properties
     * is missing or does not give valid ones, which {@link #check} reports.
     */
    public static Optional<Languages> languages(Path source, Map<String, String> overrides) {
        String value = overrides.get(LANGUAGES);
        Path file = source.resolve("site.properties");
        if (value == null && Files.isRegularFile(file)) {
            try {
                value = properties(text(file)).getProperty(LANGUAGES);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return value == null || problem(LANGUAGES, value).isPresent() ? Optional.empty() : Optional.of(Languages.of(value));
    }

    /**
     * The languages to check the content with: the site's ({@link #languages}), or, when the
     * setting is missing or wrong (an error of {@link #check}, which stops the build), the order
     * the generator knows them in, so that the same run still reports the content's own problems.
     */
    public static Languages languagesToCheckWith(Path source, Map<String, String> overrides) {
        return languages(source, overrides).orElseGet(() -> new Languages(List.of(Lang.values())));
    }

    /** What is wrong with {@code value} as the setting {@code key}, if anything. */
    public static Optional<Message> problem(String key, String value) {
        String v = value.strip();
        if (key.equals(TIME_ZONE)) {
            return timeZone(v);
        } else if (key.equals(LANGUAGES)) {
            return languages(v);
        } else if (NAVIGATION.contains(key)) {
            return sections(v);
        } else if (key.startsWith(SEGMENT_PREFIX)) {
            return URL_SEGMENT.matcher(v).matches() ? Optional.empty() : Optional.of(Message.of("setting.segment", quoted(v)));
        } else if (key.equals("site.url")) {
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

    private static Optional<Message> sections(String v) {
        Set<String> seen = new java.util.HashSet<>();
        for (String name : v.split("[\\s,]+")) {
            if (!SECTIONS.contains(name) || !seen.add(name)) {
                return Optional.of(Message.of("setting.sections", quoted(name), String.join(" ", SECTIONS)));
            }
        }
        return Optional.empty();
    }

    /**
     * The site's languages: codes of languages the generator knows, each once, the original of the
     * sources first. Every known language must be listed: the content gives each text in each of
     * them and every page links to its translation, so a one-language site is not supported.
     */
    private static Optional<Message> languages(String v) {
        String known = Stream.of(Lang.values()).map(Lang::code).collect(java.util.stream.Collectors.joining(", "));
        Set<Lang> seen = new java.util.HashSet<>();
        for (String code : v.isEmpty() ? new String[0] : v.split("[\\s,]+")) {
            Optional<Lang> lang = Lang.of(code);
            if (lang.isEmpty()) {
                boolean iso = Set.of(Locale.getISOLanguages()).contains(code);
                return Optional.of(Message.of(iso ? "setting.languages.unsupported" : "setting.languages.unknown", quoted(code), known));
            }
            if (!seen.add(lang.get())) {
                return Optional.of(Message.of("setting.languages.twice", quoted(code)));
            }
        }
        return seen.size() == Lang.values().length ? Optional.empty() : Optional.of(Message.of("setting.languages.all", quoted(v), known));
    }

    private static Optional<Message> timeZone(String v) {
        try {
            ZoneId.of(v);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of(Message.of("setting.timeZone", quoted(v)));
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The settings written in {@code text}; {@link IllegalArgumentException} when it is not key=value lines. */
    private static Properties properties(String text) {
        Properties values = new Properties();
        try (Reader reader = new StringReader(text)) {
            values.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
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
