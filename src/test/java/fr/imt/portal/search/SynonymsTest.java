package fr.imt.portal.search;

import fr.imt.portal.model.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synonyms file relates an acronym and its expansion both ways, in the terms the index holds. */
class SynonymsTest {

    private static final SearchAnalysis FRENCH = SearchAnalysis.of(Lang.FR);

    private static List<String> expanded(Synonyms synonyms, String text) {
        List<Synonyms.Term> terms = FRENCH.terms(text).stream().map(t -> new Synonyms.Term(t, 0)).toList();
        return synonyms.expand(terms).stream().map(Synonyms.Term::term).toList();
    }

    @Test
    void anAcronymIsIndexedWithItsExpansionAndTheOtherWayRound() {
        Synonyms synonyms = Synonyms.parse("""
                # a comment
                HDR, habilitation à diriger des recherches
                """, FRENCH);
        List<String> acronym = expanded(synonyms, "préparer l'HDR");
        assertTrue(acronym.containsAll(FRENCH.terms("habilitation diriger recherches")), acronym.toString());
        List<String> expansion = expanded(synonyms, "une Habilitation à Diriger des Recherches");
        assertTrue(expansion.containsAll(FRENCH.terms("HDR")), expansion.toString());
        assertEquals(FRENCH.terms("le comité d'éthique"), expanded(synonyms, "le comité d'éthique"), "other words are left alone");
    }

    @Test
    void aPhraseWithNoWordAndAPhraseAloneAreMistakesAtTheirLineAndColumn() {
        List<Synonyms.Mistake> mistakes = Synonyms.mistakes("# QVT, de\nCOP, contrat\n\nQVT,  de la\nRIS, ,HDR,\nESR\n", Lang.FR);
        assertEquals(List.of(
                new Synonyms.Mistake(4, 7, Synonyms.Mistake.Kind.NO_WORD, "de la"),
                new Synonyms.Mistake(5, 5, Synonyms.Mistake.Kind.NO_WORD, ""),
                new Synonyms.Mistake(5, 11, Synonyms.Mistake.Kind.NO_WORD, ""),
                new Synonyms.Mistake(6, 1, Synonyms.Mistake.Kind.ALONE, "ESR")), mistakes);
    }
}
