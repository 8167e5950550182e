package fr.imt.portal.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.imt.portal.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Reads every file of a built site as its readers would (browsers, feed readers, spreadsheet and
 * JSON tools, search engines) and lists what would be live markup or broken: a link or source
 * whose scheme runs code, an event attribute, a frame or an inline script, a control character,
 * an XML file (feed, sitemap, SVG) or a JSON file (data, JSON-LD, search index) that does not parse.
 */
final class OutputSafety {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "data", "srcset", "background");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("iframe", "frame", "object", "embed", "base");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputSafety() {}

    /** Fails with every unsafe thing found in the site under {@code out}. */
    static void assertNothingLive(Path out) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : TestSites.files(out).entrySet()) {
            String name = file.getKey();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (!Set.of("html", "xml", "svg", "json", "csv", "txt", "js", "css", "atom").contains(ext) && !name.endsWith("_headers")) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            int control = firstControl(text);
            if (control >= 0) {
                found.add(name + ": control character U+" + Integer.toHexString(text.charAt(control)) + " at " + control);
            }
            try {
                switch (ext) {
                    case "html" -> html(name, Jsoup.parse(text), found);
                    case "xml", "svg", "atom" -> xml(name, file.getValue(), found);
                    case "json" -> JSON.readTree(file.getValue());
                    default -> { }
                }
            } catch (Exception e) {
                found.add(name + ": does not parse: " + e.getMessage());
            }
        }
        assertEquals(List.of(), found, "unsafe or broken output in " + out);
    }

    private static void html(String name, Document page, List<String> found) throws Exception {
        for (Element e : page.getAllElements()) {
            String tag = e.normalName();
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                found.add(name + ": <" + tag + "> element");
            }
            if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh") && unsafe(e.attr("content").replaceFirst("^[^=]*=", ""))) {
                found.add(name + ": refresh to " + e.attr("content"));
            }
            if (tag.equals("script")) {
                if (e.attr("type").equals("application/ld+json")) {
                    JSON.readTree(e.data());
                } else if (!e.hasAttr("src")) {
                    found.add(name + ": inline script " + abbreviate(e.data()));
                }
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    found.add(name + ": event attribute " + key + " on <" + tag + ">");
                }
                if (URL_ATTRIBUTES.contains(key) && !tag.equals("meta") && unsafe(a.getValue())) {
                    found.add(name + ": " + key + "=\"" + abbreviate(a.getValue()) + "\" on <" + tag + ">");
                }
            }
        }
    }

    private static void xml(String name, byte[] bytes, List<String> found) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        // Feed readers render an entry's HTML (type="html"; plain text otherwise): it must be as safe as a page.
        for (String element : List.of("content", "summary", "title")) {
            NodeList nodes = document.getElementsByTagNameNS("*", element);
            for (int i = 0; i < nodes.getLength(); i++) {
                org.w3c.dom.Element node = (org.w3c.dom.Element) nodes.item(i);
                if (node.getAttribute("type").equals("html")) {
                    html(name + " <" + element + ">", Jsoup.parse(node.getTextContent()), found);
                }
            }
        }
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.NamedNodeMap attributes = all.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                org.w3c.dom.Node a = attributes.item(j);
                String key = a.getNodeName().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || ((key.endsWith("href") || key.equals("src")) && unsafe(a.getNodeValue()))) {
                    found.add(name + ": " + key + "=\"" + abbreviate(a.getNodeValue()) + "\" in XML");
                }
            }
        }
    }

    /** A URL as a browser reads it (controls and spaces dropped, any case) that would run code. */
    static boolean unsafe(String url) {
        StringBuilder bare = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ' && !(c >= '\u007F' && c <= '\u009F') && Character.getType(c) != Character.FORMAT) {
                bare.append(c);
            }
        }
        String lower = bare.toString().toLowerCase(Locale.ROOT);
        return lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:");
    }

    /**
     * The index of the first control character other than tab and line breaks (C0, DEL, C1) or
     * byte-order mark, or -1. A byte-order mark opening a file is allowed: the CSV files begin
     * with one so that spreadsheets read them as UTF-8.
     */
    static int firstControl(String text) {
        for (int i = text.startsWith("\uFEFF") ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || (c >= '\u007F' && c <= '\u009F') || c == '\uFEFF') {
                return i;
            }
        }
        return -1;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
