package fr.imt.portal.content;

/**
 * How a problem names where a value is written in its file: {@code stages[2].principles[1]}, the
 * keys from the top of the file joined by dots, a list's items counted from 1 as editors count.
 */
final class FieldPath {

    private FieldPath() {}

    /** The field {@code key} of the mapping written at {@code parent} ("" for the top of the file). */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** The item at {@code index} (from 0) of the list written at {@code list}. */
    static String item(String list, int index) {
        return list + "[" + (index + 1) + "]";
    }
}
