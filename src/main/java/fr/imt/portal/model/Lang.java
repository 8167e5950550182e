package fr.imt.portal.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the generator knows: their content fields ({@code fr:}/{@code en:}), Markdown
 * files ({@code *.fr.md}), interface words, typography and search analysers. Which of them a
 * site publishes, in which order, and which is the original of its sources is the institution's
 * choice ({@link Languages}, from site.properties).
 */
public enum Lang {
    FR(Locale.FRENCH), EN(Locale.ENGLISH);

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

    /**
     * The language's name in English ({@code English}, {@code French}): the content's translation
     * field is named after it (see {@link Languages#translationField}).
     */
    public String englishName() {
        return switch (this) {
            case FR -> "French";
            case EN -> "English";
        };
    }

    /** Whether {@code file} is the Markdown of another language ({@code name.en.md} for French): not this language's text. */
    public boolean markdownOfAnother(String file) {
        return Arrays.stream(values()).anyMatch(other -> other != this && file.endsWith("." + other.code() + ".md"));
    }

    /** The known language whose code is {@code code} ({@code fr}, {@code en}), if the generator knows it. */
    public static Optional<Lang> of(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }
}
