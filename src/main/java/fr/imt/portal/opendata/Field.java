package fr.imt.portal.opendata;

import fr.imt.portal.model.Text;

/**
 * A column of a dataset: its language-neutral name (the JSON key), the kind of value it holds,
 * its CSV header in each language and what it means, as the data page documents it (both from
 * the interface's words, templates/i18n: see {@link Dataset.Builder#field}).
 */
public record Field(String name, Type type, Text label, Text description) {

    /** The kinds of value a field holds; the data page and the catalogue name them. */
    public enum Type {
        /** A stable identifier, also used in the portal's addresses (may refer to another dataset). */
        IDENTIFIER,
        INTEGER,
        /** An exact decimal number, written with a dot ({@code 22.7}). */
        DECIMAL,
        BOOLEAN,
        /** An ISO date ({@code 2026-03-15}). */
        DATE,
        /** A text in both languages: {@code {fr, en}} in JSON, the file's language in CSV. */
        TEXT,
        /** A code from a fixed vocabulary ({@code planned}, {@code in_progress}…). */
        CODE,
        /** Identifiers: an array in JSON, separated by commas in CSV. */
        LIST,
        /** A page of the portal, per language like a text. */
        URL;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
