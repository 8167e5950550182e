package fr.imt.portal.model;

import java.util.Locale;

/** The two languages of the portal; French is the original of every source. */
public enum Lang {
    FR(Locale.FRENCH), EN(Locale.ENGLISH);

    /** The language of the sources, which the site speaks first (its root page, what is ours to translate). */
    public static final Lang ORIGINAL = FR;

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Locale locale() {
        return locale;
    }

    public Lang other() {
        return this == FR ? EN : FR;
    }
}
