package fr.imt.portal.model;

/**
 * Where an entity's English comes from: the institution's own English document, a translation
 * we wrote (shown as such on the site, so the communications team can review it), or such a
 * translation once the communications team has reviewed it (no longer marked).
 */
public enum EnglishSource {
    ORIGINAL, TRANSLATION, REVIEWED;

    /** Whether a page in {@code lang} marks the text as our unreviewed translation: only English pages, only our translations. */
    public boolean markedIn(Lang lang) {
        return lang == Lang.EN && this == TRANSLATION;
    }
}
