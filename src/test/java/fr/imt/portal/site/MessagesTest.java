package fr.imt.portal.site;

import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.ObjectiveId;
import fr.imt.portal.model.Translation;
import fr.imt.portal.model.Pillar;
import fr.imt.portal.model.PillarId;
import fr.imt.portal.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one message formatter and the one date writer, on words of a test's own. */
class MessagesTest {

    @TempDir
    static Path templates;

    static Messages messages() throws IOException {
        Files.createDirectories(templates.resolve("i18n"));
        Files.writeString(templates.resolve("i18n/fr.properties"), """
                count={0,choice,0#{0} action prévue|2#{0} actions prévues}
                lead=Les engagements de {0} et que {1}
                plain=L'analyse de {0} : {1}
                pillar.label=Pilier {0} – {1}
                """);
        Files.writeString(templates.resolve("i18n/en.properties"), """
                count={0,choice,0#{0} planned actions|1#{0} planned action|2#{0} planned actions}
                lead={0}'s commitments and {1}
                plain=The analysis of {0}: {1}
                pillar.label=Pillar {0} – {1}
                """);
        return new Messages(templates);
    }

    @Test
    void aMessageQuotesTheCopsYearsAndCodesFromTheContract() throws IOException {
        Path own = templates.resolve("quoting");
        Files.createDirectories(own.resolve("i18n"));
        Files.writeString(own.resolve("i18n/fr.properties"), "nav=COP {{contract.years}}\n"
                + "span=de {{contract.firstYear}} à {{contract.lastYear}}, référence {{contract.referenceYear}}\n"
                + "previous=contrat {{contract.previous.years}}, cible {{contract.previous.lastYear}}, tables dès {{contract.schoolTablesFirstYear}}\n"
                + "codes={{milestones.first}} à {{milestones.last}}, {{objectives.business.first}} à {{objectives.business.last}},"
                + " {{objectives.crossCutting.first}} à {{objectives.crossCutting.last}}\n"
                + "count={0,choice,0#{0} jalon|2#{0} jalons} en {{contract.lastYear}}\n");
        Files.writeString(own.resolve("i18n/en.properties"), "nav=COP {{contract.years}}\nspan=x\nprevious=x\ncodes=x\n"
                + "count={0,choice,0#{0} milestones|1#{0} milestone|2#{0} milestones} in {{contract.lastYear}}\n");
        Text t = new Text("t", "t");
        Cop cop = new Cop(new Cop.Contract(t, 2031, 2035, 2030, new Cop.Period(2026, 2030, 2025), 2029, t, Translation.ORIGINAL,
                List.of(), List.of(), List.of()), List.of(),
                List.of(new Objective(new ObjectiveId("T2"), Objective.Kind.CROSS_CUTTING, t, t, Translation.ORIGINAL),
                        new Objective(new ObjectiveId("M1"), Objective.Kind.BUSINESS, t, t, Translation.ORIGINAL),
                        new Objective(new ObjectiveId("T1"), Objective.Kind.CROSS_CUTTING, t, t, Translation.ORIGINAL),
                        new Objective(new ObjectiveId("M3"), Objective.Kind.BUSINESS, t, t, Translation.ORIGINAL)),
                List.of(milestone("J7"), milestone("J2")), List.of(), List.of());
        Messages m = new Messages(own).quoting(Messages.facts(cop));
        assertEquals("COP 2031-2035", m.get(Lang.FR, "nav"));
        assertEquals("COP 2031-2035", m.in(Lang.EN).get("nav"));
        assertEquals("de 2031 à 2035, référence 2030", m.get(Lang.FR, "span"));
        assertEquals("contrat 2026-2030, cible 2030, tables dès 2029", m.get(Lang.FR, "previous"));
        assertEquals("J2 à J7, M1 à M3, T1 à T2", m.get(Lang.FR, "codes"));
        assertEquals("2 jalons en 2035", m.format(Lang.FR, "count", 2));
        assertEquals("1 milestone in 2035", m.format(Lang.EN, "count", 1));
        assertEquals("COP ", new Messages(own).quoting(Messages.facts(Cop.EMPTY)).get(Lang.FR, "nav"), "a site without a COP quotes nothing");
    }

    @Test
    void aMessageQuotingAnUnknownFactIsABugOfTheWords() throws IOException {
        Path own = templates.resolve("unknown");
        Files.createDirectories(own.resolve("i18n"));
        Files.writeString(own.resolve("i18n/fr.properties"), "nav=COP {{contract.year}}\n");
        Files.writeString(own.resolve("i18n/en.properties"), "nav=COP\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Messages(own));
        assertTrue(e.getMessage().contains("fr.properties: nav quotes {{contract.year}}"), e.getMessage());
    }

    private static Milestone milestone(String id) {
        return new Milestone(id, Optional.empty(), new Text(id, id), Optional.empty(), Translation.ORIGINAL, List.of());
    }

    @Test
    void frenchTakesTheSingularForZeroAndOneAndEnglishForOneOnly() throws IOException {
        Messages m = messages();
        assertEquals("0 action prévue", m.format(Lang.FR, "count", 0));
        assertEquals("1 action prévue", m.format(Lang.FR, "count", 1));
        assertEquals("29 actions prévues", m.format(Lang.FR, "count", 29));
        assertEquals("0 planned actions", m.format(Lang.EN, "count", 0));
        assertEquals("1 planned action", m.format(Lang.EN, "count", 1));
        assertEquals("2 planned actions", m.format(Lang.EN, "count", 2));
    }

    @Test
    void aCountIsGroupedAsTheLanguageGroupsDigits() throws IOException {
        Messages m = messages();
        assertEquals("13\u202F606 actions prévues", m.format(Lang.FR, "count", 13606));
        assertEquals("13,606 planned actions", m.format(Lang.EN, "count", 13606));
    }

    @Test
    void frenchElidesDeAndQueBeforeAVowelOnly() throws IOException {
        Messages m = messages();
        assertEquals("Les engagements d’IMT Atlantique et qu’elle", m.format(Lang.FR, "lead", "IMT Atlantique", "elle"));
        assertEquals("Les engagements d’Établissement et que nous", m.format(Lang.FR, "lead", "Établissement", "nous"));
        assertEquals("Les engagements de Mines Saint-Étienne et que Télécom", m.format(Lang.FR, "lead", "Mines Saint-Étienne", "Télécom"));
        assertEquals("IMT Atlantique's commitments and elle", m.format(Lang.EN, "lead", "IMT Atlantique", "elle"));
    }

    @Test
    void apostrophesAreTextAndArgumentsAreWrittenAsGiven() throws IOException {
        Messages m = messages();
        assertEquals("L'analyse de 2029 : {x}", m.format(Lang.FR, "plain", 2029, "{x}"));
        assertEquals("The analysis of 2029: $1", m.format(Lang.EN, "plain", 2029, "$1"));
    }

    @Test
    void aPillarIsNamedByItsNumberAndTitle() throws IOException {
        Pillar pillar = new Pillar(new PillarId("working-conditions"), 2, new Text("Conditions de travail", "Working conditions"), fr.imt.portal.model.Translation.ORIGINAL);
        assertEquals("Pilier 2 – Conditions de travail", messages().pillar(Lang.FR, pillar));
        assertEquals("Pillar 2 – Working conditions", messages().pillar(Lang.EN, pillar));
    }

    @Test
    void eachLanguagesWordsAreItsOwn() throws IOException {
        assertEquals("{0,choice,0#{0} action prévue|2#{0} actions prévues}", messages().in(Lang.FR).get("count"));
        assertEquals("Pillar {0} – {1}", messages().get(Lang.EN, "pillar.label"));
    }

    @Test
    void aKeyInOneLanguageOnlyIsABug(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("i18n"));
        Files.writeString(other.resolve("i18n/fr.properties"), "a=A\nb=B\n");
        Files.writeString(other.resolve("i18n/en.properties"), "a=A\nc=C\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Messages(other));
        assertTrue(e.getMessage().contains("[b, c]"), e.getMessage());
    }

    @Test
    void aMissingKeyIsABug() throws IOException {
        assertThrows(IllegalStateException.class, () -> messages().format(Lang.FR, "nope"));
    }

    @Test
    void frenchWritesTheFirstOfAMonthAsAnOrdinal() {
        assertEquals("1er mars 2026", Dates.label(LocalDate.of(2026, 3, 1), Lang.FR));
        assertEquals("12 mars 2026", Dates.label(LocalDate.of(2026, 3, 12), Lang.FR));
        assertEquals("1 March 2026", Dates.label(LocalDate.of(2026, 3, 1), Lang.EN));
        assertEquals(new Dates.DateView("2026-03-01", "1er mars 2026"), Dates.view(LocalDate.of(2026, 3, 1), Lang.FR));
    }
}
