package fr.imt.portal.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.imt.portal.model.Text;
import fr.imt.portal.site.SiteContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A dataset as one JSON document, the same in both languages: what it is, its licence and
 * update date, its fields (the schema), and its records. A bilingual text is {@code {"fr", "en"}},
 * a number is a JSON number written exactly as the source gives it, a date an ISO string, and a
 * missing value {@code null}.
 */
final class JsonFormat {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonFormat() {}

    static byte[] write(Dataset d, SiteContext context, OpenData.Licence licence) {
        ObjectNode root = NODES.objectNode();
        root.put("id", d.id());
        root.set("title", text(d.title()));
        root.set("description", text(d.description()));
        root.put("publisher", context.settings().get("site.publisher.name"));
        ObjectNode lic = root.putObject("licence");
        lic.put("name", licence.name());
        lic.put("url", licence.url());
        root.put("modified", context.today().toString());
        root.set("documentation", text(Text.from(lang -> context.urls().absolute(context.urls().data(lang)) + "#" + d.id())));
        ArrayNode fields = root.putArray("fields");
        for (Field f : d.fields()) {
            ObjectNode field = fields.addObject();
            field.put("name", f.name());
            field.put("type", f.type().key());
            field.set("label", text(f.label()));
            field.set("description", text(f.description()));
        }
        ArrayNode records = root.putArray("records");
        for (Map<String, Object> r : d.records()) {
            ObjectNode record = records.addObject();
            r.forEach((name, value) -> record.set(name, value(value)));
        }
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        } else if (value instanceof Text t) {
            return text(t);
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof BigDecimal b) {
            return NODES.numberNode(b);
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof LocalDate date) {
            return NODES.textNode(date.toString());
        } else if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(item -> array.add((String) item));
            return array;
        }
        return NODES.textNode((String) value);
    }

    static ObjectNode text(Text t) {
        ObjectNode node = NODES.objectNode();
        node.put("fr", t.fr());
        node.put("en", t.en());
        return node;
    }
}
