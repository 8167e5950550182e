package fr.imt.portal.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The French of the fields' descriptions, which the loaders write in English: the schemas give
 * editors' tools both, so that a French editor reads what a field is in French.
 */
final class FieldDescriptions {

    private static final Map<String, String> FRENCH = load();

    private FieldDescriptions() {}

    /** The French of {@code english}; a description without one is a bug of the code, not of the content. */
    static String french(String english) {
        String french = FRENCH.get(english);
        if (french == null) {
            throw new IllegalStateException("no French for the field description \"" + english
                    + "\" in field-descriptions.fr.yaml");
        }
        return french;
    }

    private static Map<String, String> load() {
        try (InputStream in = FieldDescriptions.class.getResourceAsStream("field-descriptions.fr.yaml")) {
            return Map.copyOf(new YAMLMapper().readValue(in, new TypeReference<Map<String, String>>() {}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
