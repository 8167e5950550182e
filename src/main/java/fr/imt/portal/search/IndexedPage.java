package fr.imt.portal.search;

import java.util.List;

/**
 * An entry with the text of its rendered page, what the index is made of.
 *
 * @param entry    what search shows of it
 * @param sections its page's text, section by section ({@link PageText})
 */
record IndexedPage(SearchEntry entry, List<PageText.Section> sections) {

    IndexedPage {
        sections = List.copyOf(sections);
    }
}
