package fr.imt.portal.content;

import java.util.Arrays;
import java.util.List;

/**
 * What to tell an editor, kept as data: a key of the editors' message catalogue and its
 * arguments. It is put into words only when printed, in the editor's language
 * ({@link Catalogue}), so one problem reads in French or in English and tests can check both.
 * An argument may itself be a message (a shape's "expected …") or a list (joined with commas).
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }
}
