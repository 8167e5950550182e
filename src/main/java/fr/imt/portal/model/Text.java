package fr.imt.portal.model;

/** One piece of text in both languages: a translation is never a separate, unrelated value. */
public record Text(String fr, String en) {

    public String in(Lang lang) {
        return lang == Lang.FR ? fr : en;
    }
}
