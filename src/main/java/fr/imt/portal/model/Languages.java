package fr.imt.portal.model;

import java.util.EnumSet;
import java.util.List;

/**
 * The languages a site publishes, in its order (site.properties' {@code site.languages}): the
 * first is the original of the sources, which the root page speaks first and the translation
 * marks are relative to. A site publishes every language the generator knows (the content gives
 * each text in each of them, every page links to its translation): a one-language site is not
 * supported.
 */
public record Languages(List<Lang> all) {

    public Languages {
        all = List.copyOf(all);
        if (all.size() != Lang.values().length || !EnumSet.copyOf(all).equals(EnumSet.allOf(Lang.class))) {
            throw new IllegalArgumentException("a site publishes every known language once: " + all);
        }
    }

    /** The languages of {@code setting} (codes separated by commas or spaces), which SettingsCheck has checked. */
    public static Languages of(String setting) {
        return new Languages(java.util.Arrays.stream(setting.strip().split("[\\s,]+"))
                .map(code -> Lang.of(code).orElseThrow(() -> new IllegalArgumentException("unknown language " + code))).toList());
    }

    /** The language of the sources: the root page's first, the one our translations are made from. */
    public Lang original() {
        return all.get(0);
    }

    /** Whether pages in {@code lang} show translations of the sources (every language but the original). */
    public boolean translated(Lang lang) {
        return lang != original();
    }

    /**
     * The language our translations are written in: the one that is not the original, whose
     * texts' provenance the content records ({@link #translationField}).
     */
    public Lang translatedInto() {
        return other(original());
    }

    /**
     * The content's field that says where the texts in {@link #translatedInto} come from
     * ({@code original}, {@code translation}, {@code reviewed}; see {@link Translation}), named
     * after that language in English and lower case: {@code english} on a site whose sources are
     * French, {@code french} on one whose sources are English. The open data's column of the same
     * meaning has the same name.
     */
    public String translationField() {
        return translatedInto().englishName().toLowerCase(java.util.Locale.ROOT);
    }

    /** The language of the site path {@code path} ({@code en/...}): the one whose folder it is in, the original's otherwise. */
    public Lang ofPath(String path) {
        return all.stream().filter(l -> path.startsWith(l.code() + "/")).findFirst().orElse(original());
    }

    /** The site's other language, which a page in {@code lang} links to as its translation. */
    public Lang other(Lang lang) {
        return all.stream().filter(l -> l != lang).findFirst().orElseThrow();
    }
}
