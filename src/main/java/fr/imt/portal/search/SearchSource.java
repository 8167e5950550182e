package fr.imt.portal.search;

import fr.imt.portal.model.Lang;
import fr.imt.portal.site.SiteContext;

import java.util.List;
import java.util.ServiceLoader;

/**
 * What one area of the portal contributes to search: a small adapter from the model to
 * {@link SearchEntry}s. Adding an entity type to search is one implementation, listed in
 * {@code META-INF/services/fr.imt.portal.search.SearchSource}, plus its {@code search.type.*}
 * label in {@code templates/i18n}.
 */
public interface SearchSource {

    /** The entries of this area in one language, in a stable order. */
    List<SearchEntry> entries(SiteContext context, Lang lang);

    /** Every source on the class path, in a stable order (by class name). */
    static List<SearchSource> all() {
        return ServiceLoader.load(SearchSource.class).stream().map(ServiceLoader.Provider::get)
                .sorted(java.util.Comparator.comparing(s -> s.getClass().getName())).toList();
    }
}
