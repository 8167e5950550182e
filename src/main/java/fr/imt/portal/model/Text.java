package fr.imt.portal.model;

/** One piece of text in both languages: a translation is never a separate, unrelated value. */
public record Text(String fr, String en) {

    public String in(Lang lang) {
        return switch (lang) {
            case FR -> fr;
            case EN -> en;
        };
    }

    /** The text {@code inLang} gives in each language: code that makes a text names no language. */
    public static Text from(java.util.function.Function<Lang, String> inLang) {
        return new Text(inLang.apply(Lang.FR), inLang.apply(Lang.EN));
    }
}
