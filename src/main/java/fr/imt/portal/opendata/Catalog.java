package fr.imt.portal.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Text;
import fr.imt.portal.site.SiteContext;
import fr.imt.portal.site.Urls;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The machine-readable list of every dataset, in the W3C DCAT vocabulary written as JSON-LD (the
 * form data.gouv.fr and European portals harvest): each dataset with its titles, licence, update
 * date, documentation page and one distribution per file, with its address, media type, language
 * and size in bytes.
 */
final class Catalog {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Catalog() {}

    static byte[] write(List<OpenData.Published> datasets, SiteContext context, OpenData.Licence licence) {
        ObjectNode root = NODES.objectNode();
        ObjectNode ctx = root.putObject("@context");
        ctx.put("dcat", "http://www.w3.org/ns/dcat#");
        ctx.put("dct", "http://purl.org/dc/terms/");
        ctx.put("foaf", "http://xmlns.com/foaf/0.1/");
        ctx.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        root.put("@id", context.urls().absolute(Urls.dataCatalog()));
        root.put("@type", "dcat:Catalog");
        root.set("dct:title", langs(Text.from(lang -> context.messages().get(lang, "data.title") + " – " + context.siteNames().get(lang)),
                context));
        ObjectNode publisher = root.putObject("dct:publisher");
        publisher.put("@type", "foaf:Organization");
        publisher.put("foaf:name", context.settings().get("site.publisher.name"));
        root.set("dct:license", id(licence.url()));
        root.set("dct:modified", date(context.today().toString()));
        ArrayNode homepage = root.putArray("foaf:homepage");
        for (Lang lang : context.languages().all()) {
            homepage.add(id(context.urls().absolute(context.urls().data(lang))));
        }
        ArrayNode list = root.putArray("dcat:dataset");
        for (OpenData.Published p : datasets) {
            Dataset d = p.dataset();
            ObjectNode ds = list.addObject();
            ds.put("@type", "dcat:Dataset");
            ds.put("dct:identifier", d.id());
            ds.set("dct:title", langs(d.title(), context));
            ds.set("dct:description", langs(d.description(), context));
            ds.set("dct:license", id(licence.url()));
            ds.set("dct:modified", date(context.today().toString()));
            ArrayNode landing = ds.putArray("dcat:landingPage");
            for (Lang lang : context.languages().all()) {
                landing.add(id(context.urls().absolute(context.urls().data(lang)) + "#" + d.id()));
            }
            ArrayNode distributions = ds.putArray("dcat:distribution");
            for (OpenData.File f : p.files()) {
                ObjectNode dist = distributions.addObject();
                dist.put("@type", "dcat:Distribution");
                dist.set("dcat:downloadURL", id(context.urls().absolute(f.path())));
                dist.put("dcat:mediaType", "json".equals(f.format()) ? "application/json" : "text/csv");
                dist.put("dct:format", f.format().toUpperCase(java.util.Locale.ROOT));
                if (f.lang() != null) {
                    dist.put("dct:language", f.lang().code());
                }
                ObjectNode size = dist.putObject("dcat:byteSize");
                size.put("@value", Integer.toString(f.size()));
                size.put("@type", "xsd:nonNegativeInteger");
            }
        }
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode langs(Text t, SiteContext context) {
        ArrayNode array = NODES.arrayNode();
        for (Lang lang : context.languages().all()) {
            ObjectNode v = array.addObject();
            v.put("@language", lang.code());
            v.put("@value", t.in(lang));
        }
        return array;
    }

    private static ObjectNode id(String url) {
        ObjectNode node = NODES.objectNode();
        node.put("@id", url);
        return node;
    }

    private static ObjectNode date(String iso) {
        ObjectNode node = NODES.objectNode();
        node.put("@value", iso);
        node.put("@type", "xsd:date");
        return node;
    }
}
