package fr.imt.portal.site;

import org.apache.commons.configuration2.Configuration;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code site.*} values of {@code site.properties} (contact, publisher, hosting, news paging,
 * Content-Security-Policy…): settings of the published site, not content, so they live with the
 * site's configuration and can differ between deployments.
 */
public record SiteSettings(Map<String, String> values) {

    public SiteSettings {
        values = Map.copyOf(values);
    }

    public static SiteSettings from(Configuration config) {
        Map<String, String> values = new TreeMap<>();
        for (Iterator<String> keys = config.getKeys("site"); keys.hasNext(); ) {
            String key = keys.next();
            // JBake's configuration splits values at commas: an address comes back in pieces.
            values.put(key, String.join(", ", config.getStringArray(key)).strip());
        }
        return new SiteSettings(values);
    }

    /** The value of {@code key}; empty when it is set to nothing; absent keys are a bug in a template or page. */
    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("site.properties has no setting " + key);
        }
        return value;
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public int number(String key, int fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
