package fr.imt.portal.opendata;

import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Text;
import fr.imt.portal.site.Messages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of open data: what it holds (title and description in both languages), its fields,
 * and its records. A record maps each field's name to a value: {@code null}, a String, an
 * Integer, a BigDecimal, a Boolean, a LocalDate, a {@link Text} or a List of Strings. The same
 * records are written as JSON and as one CSV per language, so both formats always agree.
 */
public record Dataset(String id, Text title, Text description, List<Field> fields, List<Map<String, Object>> records) {

    public Dataset {
        fields = List.copyOf(fields);
        records = List.copyOf(records);
    }

    /** Collects the records of a dataset, each given as one value per field, in the fields' order. */
    static final class Builder {
        private final String id;
        private final Messages messages;
        private final Text title;
        private final Text description;
        private final List<Field> fields = new ArrayList<>();
        private final List<Map<String, Object>> records = new ArrayList<>();

        Builder(String id, Messages messages, Text title, Text description) {
            this.id = id;
            this.messages = messages;
            this.title = title;
            this.description = description;
        }

        /**
         * Adds the column {@code name}, its header and meaning taken from the interface's words:
         * {@code data.column.<dataset>.<name>} (and {@code .description}), or for a column
         * several datasets share, {@code data.column.<name>}; {@code args} fill the meaning's
         * {0}, {1}… (the contracts' years).
         */
        Builder field(String name, Field.Type type, Object... args) {
            String own = "data.column." + id + "." + name;
            String key = messages.has(own) ? own : "data.column." + name;
            fields.add(new Field(name, type, Text.from(lang -> messages.get(lang, key)),
                    Text.from(lang -> messages.format(lang, key + ".description", args))));
            return this;
        }

        /**
         * Adds the column that says where each row's texts in the site's translated language come
         * from: named as the content's field ({@link Languages#translationField}, {@code english}
         * on a site whose sources are French), so that the data and the sources say it alike; its
         * header and meaning are the interface's words {@code data.column.translation}, which name
         * the institution's languages.
         */
        Builder translation(Languages languages) {
            String key = "data.column.translation";
            fields.add(new Field(languages.translationField(), Field.Type.CODE, Text.from(lang -> messages.get(lang, key)),
                    Text.from(lang -> messages.format(lang, key + ".description"))));
            return this;
        }

        Builder record(Object... values) {
            if (values.length != fields.size()) {
                throw new IllegalArgumentException(id + ": " + values.length + " values for " + fields.size() + " fields");
            }
            Map<String, Object> record = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                record.put(fields.get(i).name(), check(fields.get(i), values[i]));
            }
            records.add(java.util.Collections.unmodifiableMap(record));
            return this;
        }

        Dataset build() {
            return new Dataset(id, title, description, fields, records);
        }

        private Object check(Field field, Object value) {
            boolean ok = value == null || switch (field.type()) {
                case IDENTIFIER, CODE -> value instanceof String;
                case INTEGER -> value instanceof Integer;
                case DECIMAL -> value instanceof BigDecimal;
                case BOOLEAN -> value instanceof Boolean;
                case DATE -> value instanceof LocalDate;
                case TEXT, URL -> value instanceof Text;
                case LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            };
            if (!ok) {
                throw new IllegalArgumentException(id + "." + field.name() + ": a " + field.type() + " field cannot hold "
                        + value.getClass().getSimpleName() + " " + Arrays.asList(value));
            }
            return value instanceof List<?> list ? List.copyOf(list) : value;
        }
    }
}
