package fr.imt.portal.site;

import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Progress;
import fr.imt.portal.model.Rating;

/**
 * A badge as templates draw it: a key (for the icon and colour) and the words that say the same
 * thing, so that colour is never the only carrier of the information.
 */
public record Badge(String kind, String key, String label, String description) {

    public static Badge progress(Progress progress, Lang lang, Messages messages) {
        return new Badge("progress", progress.key(), messages.get(lang, "progress." + progress.key()),
                messages.get(lang, "progress." + progress.key() + ".description"));
    }

    /** Whether an indicator's actual value is on track for its target: on-track, ahead, behind, not-assessed. */
    public static Badge track(String key, Lang lang, Messages messages) {
        return new Badge("track", key, messages.get(lang, "track." + key), messages.get(lang, "track." + key + ".description"));
    }

    public static Badge rating(Rating rating, Lang lang, Messages messages) {
        String key = switch (rating) {
            case FULLY -> "fully";
            case MOSTLY -> "mostly";
            case PARTLY -> "partly";
        };
        return new Badge("rating", key, rating.symbol() + " " + messages.get(lang, "rating." + key),
                messages.get(lang, "rating." + key + ".description"));
    }
}
