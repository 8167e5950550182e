package fr.imt.portal.content;

import fr.imt.portal.model.Lang;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The editors' messages in one language, read from {@code messages/editor_<lang>.properties}
 * (UTF-8) and written with the JDK's {@link MessageFormat}, whose choice formats give the
 * plural forms (« 1 erreur », « 3 erreurs »). Both catalogues hold the same keys (a test says so).
 */
public final class Catalogue {

    public static final String BUNDLE = "messages.editor";

    private static final Map<Lang, Catalogue> LOADED = new EnumMap<>(Lang.class);

    static {
        for (Lang lang : Lang.values()) {
            LOADED.put(lang, new Catalogue(lang));
        }
    }

    private final Lang lang;
    private final ResourceBundle bundle;

    private Catalogue(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Catalogue in(Lang lang) {
        return LOADED.get(lang);
    }

    public Lang lang() {
        return lang;
    }

    public Set<String> keys() {
        return bundle.keySet();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message {@code key} with {@code args}, in this catalogue's language. */
    public String say(String key, Object... args) {
        return render(Message.of(key, args));
    }

    public String render(Message message) {
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            throw new IllegalStateException("messages/editor_" + lang.code() + ".properties has no key " + message.key(), e);
        }
        Object[] args = message.args().stream().map(this::argument).toArray();
        return new MessageFormat(pattern, lang.locale()).format(args);
    }

    /** Messages and lists inside a message are said in the same language; paths with forward slashes. */
    private Object argument(Object arg) {
        if (arg instanceof Message m) {
            return render(m);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(i -> String.valueOf(argument(i))).collect(Collectors.joining(", "));
        }
        if (arg instanceof Path p) {
            return p.toString().replace('\\', '/');
        }
        return arg;
    }
}
