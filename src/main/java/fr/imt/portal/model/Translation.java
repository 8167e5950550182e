package fr.imt.portal.model;

/**
 * Where an entity's text in the site's translated language comes from (the content's
 * translation field, {@code english:} on a site whose sources are French: see
 * {@link Languages#translationField}): the institution's own document in that language, a translation we
 * wrote (shown as such on the site, so the communications team can review it), or such a
 * translation once the communications team has reviewed it (no longer marked).
 */
public enum Translation {
    ORIGINAL, TRANSLATION, REVIEWED;

    /**
     * Whether a page in {@code lang} marks the text as our unreviewed translation: only pages in a
     * language other than the sources' original, only our translations.
     */
    public boolean markedIn(Lang lang, Languages languages) {
        return languages.translated(lang) && this == TRANSLATION;
    }
}
