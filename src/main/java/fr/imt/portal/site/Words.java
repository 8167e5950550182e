package fr.imt.portal.site;

import fr.imt.portal.model.Lang;

import java.util.List;

/**
 * The interface's words of one language as templates format them ({@code words.format(key, args)}
 * behind the {@code msg} function of {@code macros.ftlh}): the same {@link Messages#format} as
 * Java's. A value, so that a page's data stay equal from one preview rebuild to the next.
 */
public record Words(Messages messages, Lang lang) {

    public String format(String key, List<?> args) {
        return messages.format(lang, key, args.toArray());
    }
}
