package fr.imt.portal.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a built site as a host serving it at {@code origin + basePath} would, and checks every
 * address it finds in it: links, sources, form actions, meta refreshes, canonical and alternate
 * links, JSON-LD, sitemap and feed addresses, robots.txt, CSS {@code url()}, the search index
 * folder the search page fetches from, and every site address inside JSON and CSV files (search
 * fragments, open data). An address resolves when it lies under the base path and names a file
 * of the output ({@code dir/} meaning {@code dir/index.html}), and its {@code #fragment}, if any,
 * is an id of the target page.
 */
final class SiteCrawler {

    /** One address found in a file, and why it does not resolve (empty when it does). */
    record Reference(String file, String where, String address, String problem) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Set<String> SKIPPED_SCHEMES = Set.of("mailto", "tel", "data", "javascript");

    private final Path site;
    private final String origin;
    private final String basePath;
    private final Map<String, Set<String>> ids = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    SiteCrawler(Path site, String origin, String basePath) {
        this.site = site;
        this.origin = origin;
        this.basePath = basePath;
    }

    /** Every address of the site's HTML, XML, JSON, CSV, CSS and text files, checked. */
    List<Reference> crawl() {
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = site.relativize(file).toString().replace('\\', '/');
                String name = rel.substring(rel.lastIndexOf('/') + 1);
                String ext = name.substring(name.lastIndexOf('.') + 1);
                switch (ext) {
                    case "html" -> html(rel, Jsoup.parse(file.toFile(), "UTF-8"));
                    case "xml" -> xml(rel, Jsoup.parse(Files.readString(file), "", Parser.xmlParser()));
                    case "json", "jsonld" -> json(rel, "", JSON.readTree(file.toFile()));
                    case "csv" -> text(rel, Files.readString(file));
                    case "css" -> css(rel, Files.readString(file));
                    case "txt" -> text(rel, Files.readString(file));
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return references;
    }

    private void html(String rel, Document doc) {
        for (Element e : doc.select("[href], [src], [action], [poster], object[data]")) {
            for (String attr : List.of("href", "src", "action", "poster", "data")) {
                if (e.hasAttr(attr) && !(attr.equals("data") && !e.tagName().equals("object"))) {
                    check(rel, e.tagName() + "@" + attr, e.attr(attr));
                }
            }
        }
        for (Element e : doc.select("[srcset]")) {
            for (String candidate : e.attr("srcset").split(",")) {
                check(rel, e.tagName() + "@srcset", candidate.strip().split("\\s+")[0]);
            }
        }
        for (Element e : doc.select("meta[http-equiv=refresh]")) {
            String content = e.attr("content");
            int url = content.toLowerCase().indexOf("url=");
            check(rel, "meta refresh", content.substring(url + 4).strip());
        }
        for (Element e : doc.select("meta[property^=og:], meta[name^=twitter:]")) {
            String value = e.attr("content");
            if (value.startsWith("http") || value.startsWith("/")) {
                check(rel, "meta " + e.attr("property") + e.attr("name"), value);
            }
        }
        for (Element e : doc.select("[data-index]")) {
            // The search client fetches meta.json, then shards, from this folder.
            check(rel, "search index", e.attr("data-index") + "meta.json");
        }
        for (Element e : doc.select("script[type=application/ld+json]")) {
            try {
                json(rel, "json-ld ", JSON.readTree(e.data()));
            } catch (IOException ex) {
                references.add(new Reference(rel, "json-ld", e.data(), "not JSON"));
            }
        }
    }

    private void xml(String rel, Document doc) {
        doc.select("loc, id").forEach(e -> checkIfSite(rel, e.tagName(), e.text()));
        doc.select("link[href], xhtml|link[href]").forEach(e -> check(rel, e.tagName() + "@href", e.attr("href")));
    }

    private void json(String rel, String where, JsonNode node) {
        if (node.isTextual()) {
            checkIfSite(rel, where + "json", node.asText());
        }
        node.forEach(child -> json(rel, where, child));
    }

    private void css(String rel, String css) {
        Matcher m = CSS_URL.matcher(css);
        while (m.find()) {
            check(rel, "css url()", m.group(1));
        }
    }

    /** Site addresses inside plain text (CSV cells, robots.txt): absolute ones, on the site's host. */
    private void text(String rel, String text) {
        Matcher m = Pattern.compile(Pattern.quote(origin) + "[^\\s,\"]*").matcher(text);
        while (m.find()) {
            check(rel, "text", m.group());
        }
    }

    /** Strings that are addresses of this site (absolute on its host, or from the base path); others are data. */
    private void checkIfSite(String rel, String where, String value) {
        if (value.startsWith(origin + "/") || value.startsWith(basePath)) {
            check(rel, where, value);
        }
    }

    private void check(String rel, String where, String address) {
        references.add(new Reference(rel, where, address, problem(rel, address)));
    }

    private String problem(String rel, String address) {
        URI uri;
        try {
            uri = URI.create(address.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return "not an address";
        }
        if (uri.getScheme() != null && SKIPPED_SCHEMES.contains(uri.getScheme())) {
            return "";
        }
        if (uri.getScheme() != null) {
            String host = uri.getScheme() + "://" + uri.getRawAuthority();
            if (!host.equals(origin)) {
                return ""; // another site: a link out, not a page of ours
            }
        }
        URI page = URI.create(origin + basePath + rel);
        URI resolved = page.resolve(uri);
        String path = URLDecoder.decode(resolved.getRawPath(), StandardCharsets.UTF_8);
        if (!path.startsWith(basePath)) {
            return "outside the base path " + basePath;
        }
        String file = path.substring(basePath.length());
        if (file.isEmpty() || file.endsWith("/")) {
            file += "index.html";
        }
        Path target = site.resolve(file);
        if (!Files.isRegularFile(target)) {
            return "no file " + file;
        }
        String fragment = resolved.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.endsWith(".html") && !idsOf(file).contains(fragment)) {
            return "no id #" + fragment + " in " + file;
        }
        return "";
    }

    private Set<String> idsOf(String file) {
        return ids.computeIfAbsent(file, f -> {
            try {
                Document doc = Jsoup.parse(site.resolve(f).toFile(), "UTF-8");
                Set<String> found = new HashSet<>();
                doc.select("[id]").forEach(e -> found.add(e.id()));
                doc.select("a[name]").forEach(e -> found.add(e.attr("name")));
                return found;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
