package fr.imt.portal.model;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a build publishes and dates: drafts and scheduled posts left out, a page's "last updated"
 * date from the files of what it shows (a Markdown file counting only for its own language), and
 * every entity a page can declare under its key.
 */
class PublicationRulesTest {

    private static final Text TEXT = new Text("Texte", "Text");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void aBuildLeavesOutDraftPagesDraftPostsAndPostsDatedAfterIt() {
        Page shown = page("legal", false);
        Page draft = page("wip", true);
        NewsItem past = news(TODAY.minusDays(1), "past", post(false), post(false));
        NewsItem ofToday = news(TODAY, "today", post(false), null);
        NewsItem future = news(TODAY.plusDays(1), "future", post(false), post(false));
        NewsItem halfDraft = news(TODAY, "half", post(true), post(false));
        NewsItem allDraft = news(TODAY, "draft", post(true), null);
        Portal portal = new Portal(LookupsTest.hrs4r(), List.of(shown, draft), Cop.EMPTY, Optional.empty(),
                List.of(future, past, ofToday, halfDraft, allDraft));

        Portal released = portal.released(TODAY);

        assertEquals(List.of("legal"), released.pages().stream().map(Page::id).toList());
        assertEquals(List.of("past", "today", "half"), released.news().stream().map(NewsItem::slug).toList());
        NewsItem half = released.news().get(2);
        assertEquals(Set.of(Lang.EN), half.posts().keySet(), "the French draft is left out, the English post stays");
        assertEquals(portal.hrs4r(), released.hrs4r());
        assertEquals(2, portal.pages().size(), "the whole portal, for serve, is unchanged");
    }

    @Test
    void aPostIsScheduledOnlyWhenDatedAfterToday() {
        assertTrue(news(TODAY.plusDays(1), "n", post(false), null).scheduledAfter(TODAY));
        assertFalse(news(TODAY, "n", post(false), null).scheduledAfter(TODAY));
    }

    @Test
    void aPostIsFoundInItsLanguagesOnlyAndNamedByItsDateAndSlug() {
        NewsItem item = news(LocalDate.of(2026, 3, 15), "new-guide", post(false), null);
        assertTrue(item.in(Lang.FR).isPresent());
        assertTrue(item.in(Lang.EN).isEmpty());
        assertEquals("2026-03-15-new-guide", item.id());
    }

    @Test
    void aPageIsDatedByTheLatestChangeAmongTheFilesOfWhatItShows() {
        Provenance provenance = new Provenance(
                Map.of("principle:a", List.of("hrs4r/principles/a/principle.yaml", "hrs4r/principles/a/gaps.fr.md", "hrs4r/principles/a/gaps.en.md"),
                        "action:1", List.of("hrs4r/actions/01.yaml")),
                Map.of("hrs4r/principles/a/principle.yaml", LocalDate.of(2025, 1, 1),
                        "hrs4r/principles/a/gaps.fr.md", LocalDate.of(2025, 6, 1),
                        "hrs4r/principles/a/gaps.en.md", LocalDate.of(2025, 3, 1),
                        "hrs4r/actions/01.yaml", LocalDate.of(2025, 2, 1)));
        assertEquals(Optional.of(LocalDate.of(2025, 6, 1)), provenance.lastChanged(Lang.FR, List.of("principle:a")));
        assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), provenance.lastChanged(Lang.EN, List.of("principle:a")),
                "the French prose's later change does not date the English page");
        assertEquals(Optional.of(LocalDate.of(2025, 3, 1)), provenance.lastChanged(Lang.EN, List.of("action:1", "principle:a")));
        assertEquals(Optional.of(LocalDate.of(2025, 2, 1)), provenance.lastChanged(Lang.EN, List.of("action:1")));
        assertEquals(Optional.empty(), provenance.lastChanged(Lang.FR, List.of("action:2")));
        assertEquals(List.of("hrs4r/actions/01.yaml@2025-02-01"), provenance.filesOf("action:1"));
        assertEquals(List.of(), provenance.filesOf("action:2"));
    }

    @Test
    void aFileOfUnknownDateDatesNoPage() {
        Provenance provenance = new Provenance(Map.of("action:1", List.of("hrs4r/actions/01.yaml")), Map.of());
        assertEquals(Optional.empty(), provenance.lastChanged(Lang.FR, List.of("action:1")));
        assertEquals(List.of("hrs4r/actions/01.yaml@null"), provenance.filesOf("action:1"));
    }

    @Test
    void entitiesAreKeyedAsPagesDeclareThemWithTheirFiles() {
        Provenance provenance = new Provenance(Map.of(Provenance.action(7), List.of("hrs4r/actions/07.yaml")),
                Map.of("hrs4r/actions/07.yaml", LocalDate.of(2025, 2, 1)));
        Cop.Part part = new Cop.Part("scenario", TEXT, TEXT);
        Cop cop = LookupsTest.cop();
        Cop withPart = new Cop(new Cop.Contract(TEXT, 2023, 2027, 2022, new Cop.Period(2018, 2022, 2017), 2021, TEXT, Translation.ORIGINAL, List.of(), List.of(), List.of(part)),
                cop.units(), cop.objectives(), cop.milestones(), cop.indicators(), cop.schools());
        Otmr otmr = new Otmr(TEXT, TEXT, TEXT, List.of(), List.of());
        NewsItem item = news(TODAY, "guide", post(false), null);
        Portal portal = new Portal(LookupsTest.hrs4r(), List.of(page("legal", false)), withPart, Optional.of(otmr), List.of(item), provenance);

        Map<String, Object> entities = portal.entities();

        assertEquals(List.of(portal.hrs4r().actions().get(1), List.of("hrs4r/actions/07.yaml@2025-02-01")), entities.get("action:7"));
        assertEquals(List.of(portal.hrs4r().pillars(), List.of()), entities.get("hrs4r/pillars"));
        for (String key : List.of("hrs4r/departments", "principle:recruitment", "principle-text:recruitment", "action:2", "action:18",
                "cop/contract", "cop-part:scenario", "cop/units", "objective:M1", "objective-text:T3", "milestone:J10",
                "indicator:phd", "school:alpha", "school-text:beta", "page:legal", "pages/otm-r", "news:2026-03-15-guide")) {
            assertTrue(entities.containsKey(key), key);
        }
        // Pillars and departments, 3 principles twice, 3 actions, contract, part and units, 4 objectives
        // twice, 3 milestones, 3 indicators, 2 schools twice, the page, the OTM-R page and the post.
        assertEquals(2 + 3 * 2 + 3 + 3 + 4 * 2 + 3 + 3 + 2 * 2 + 3, entities.size());
        assertEquals(List.of(withPart.contract(), List.of()), entities.get("cop/contract"));
        assertEquals(List.of(part, List.of()), entities.get("cop-part:scenario"));
    }

    @Test
    void aPortalWithoutCopHasNoContractEntity() {
        Map<String, Object> entities = new Portal(LookupsTest.hrs4r(), List.of()).entities();
        assertFalse(entities.containsKey("cop/contract"));
        assertFalse(entities.containsKey("cop/units"));
        assertEquals(2 + 3 * 2 + 3, entities.size());
    }

    @Test
    void averagesAndRangesCarryWhatTheyNeedAndOnlyExactFiguresArePlain() {
        assertThrows(IllegalArgumentException.class, () -> new Qualifier(Qualifier.Kind.AVERAGE, Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Qualifier(Qualifier.Kind.RANGE, Optional.empty(), Optional.empty()));
        assertEquals(Optional.of(new Qualifier.Period(2020, 2022)), Qualifier.average(2020, 2022).period());
        assertEquals(Optional.of(new BigDecimal("10")), Qualifier.range(new BigDecimal("10")).upper());
        assertEquals("at_least", Qualifier.Kind.AT_LEAST.key());
        assertTrue(Qualifier.EXACT.exact());
        assertTrue(Figure.of("3").exact());
        for (Qualifier q : List.of(Qualifier.average(2020, 2022), Qualifier.of(Qualifier.Kind.APPROXIMATE), Qualifier.of(Qualifier.Kind.ABOVE),
                Qualifier.range(BigDecimal.TEN))) {
            assertFalse(q.exact(), q.toString());
            assertFalse(new Figure(BigDecimal.ONE, false, Optional.empty(), q, Optional.empty()).exact(), q.toString());
        }
        assertEquals(1.5, Figure.of("1.50").asDouble());
    }

    @Test
    void aUnitMeasuresTheSameAsItselfAndAsTheUnitItConvertsTo() {
        Unit keur = new Unit(new UnitId("k-eur"), TEXT, TEXT, Optional.of(new Unit.Conversion(new UnitId("m-eur"), new BigDecimal("0.001"))));
        Unit students = new Unit(new UnitId("students"), TEXT, TEXT, Optional.empty());
        assertTrue(keur.comparableTo(new UnitId("k-eur")));
        assertTrue(keur.comparableTo(new UnitId("m-eur")));
        assertFalse(keur.comparableTo(new UnitId("students")));
        assertTrue(students.comparableTo(new UnitId("students")));
        assertFalse(students.comparableTo(new UnitId("m-eur")));
    }

    @Test
    void aSchoolsNotApplicableMarkIsNotTheUnexplainedNa() {
        assertEquals("not_applicable", SchoolObjective.markCode("n/a"));
        assertEquals("na", SchoolObjective.markCode("NA"));
        assertEquals("na", SchoolObjective.markCode("na"));
    }

    @Test
    void theKnownLanguagesAreWrittenAsTheirCodes() {
        assertEquals(Optional.of(Lang.FR), Lang.of("fr"));
        assertEquals(Optional.of(Lang.EN), Lang.of("en"));
        assertEquals(Optional.empty(), Lang.of("de"));
        assertEquals("fr", Lang.FR.code());
        assertEquals("en", Lang.EN.code());
        assertEquals("fr", Lang.FR.locale().getLanguage());
        assertEquals("en", Lang.EN.locale().getLanguage());
        assertEquals("Texte", TEXT.in(Lang.FR));
        assertEquals("Text", TEXT.in(Lang.EN));
    }

    @Test
    void aStatusIsReadFromTheWordEditorsWrite() {
        assertEquals(List.of("planned", "in_progress", "done", "cancelled"), List.of(Status.keys()));
        for (Status s : Status.values()) {
            assertEquals(Optional.of(s), Status.fromKey(s.key()));
        }
        assertEquals(Optional.empty(), Status.fromKey("in-progress"));
        assertEquals(Optional.empty(), Status.fromKey("started"));
    }

    @Test
    void aTargetKeepingTheReferenceValueCountsHigherAsAhead() {
        // Lower is better only when the target is below the reference.
        Indicator flat = DomainRulesTest.indicator("100", "100", Map.of(2024, "100"), Map.of(2024, "110"));
        assertEquals(Indicator.Track.AHEAD, flat.assess(2024).orElseThrow().track());
    }

    @Test
    void exactlyOnePercentFromTheTrajectoryIsStillOnTrack() {
        // 2024's trajectory is 200, so 1 % is 2: 202 and 198 are within it, 203 and 197 are not.
        assertEquals(Indicator.Track.ON_TRACK, track("202"));
        assertEquals(Indicator.Track.ON_TRACK, track("198"));
        assertEquals(Indicator.Track.AHEAD, track("203"));
        assertEquals(Indicator.Track.BEHIND, track("197"));
    }

    @Test
    void onlyPlainValuesArePointsOfTheTrajectory() {
        Indicator i = DomainRulesTest.indicator("100", "300", Map.of(2024, "200"), Map.of());
        assertEquals(Map.of(2022, 100.0, 2024, 200.0, 2026, 300.0), i.commitments());
        Figure average = new Figure(new BigDecimal("500"), false, Optional.empty(), Qualifier.average(2023, 2025), Optional.empty());
        Indicator averaged = new Indicator(i.id(), i.domain(), i.name(), i.parent(), i.objectives(), i.unit(), i.perSchool(), i.perSchoolNote(),
                i.translation(), false, i.reference(), new java.util.TreeMap<>(Map.of(2024, average)), i.targets(), i.footnotes(),
                i.previousContract(), new java.util.TreeMap<>(Map.of(2024, Figure.of("200"), 2025, average)));
        assertEquals(Map.of(2022, 100.0, 2026, 300.0), averaged.commitments(), "an average is not a point on the path");
        assertEquals(200.0, averaged.expectedIn(2024).getAsDouble(), 1e-9, "halfway from 2022's 100 to 2026's 300");
        assertEquals(Indicator.Track.ON_TRACK, averaged.assess(2024).orElseThrow().track());
        assertTrue(averaged.assess(2025).isEmpty(), "an average reported is never compared");
    }

    private static Indicator.Track track(String actual2024) {
        return DomainRulesTest.indicator("100", "300", Map.of(2024, "200"), Map.of(2024, actual2024)).assess(2024).orElseThrow().track();
    }

    private static Page page(String id, boolean draft) {
        return new Page(id, TEXT, TEXT, TEXT, TEXT, Translation.ORIGINAL, List.of(), draft);
    }

    private static NewsItem.Post post(boolean draft) {
        return new NewsItem.Post("Titre", Optional.empty(), "Corps", draft);
    }

    private static NewsItem news(LocalDate date, String slug, NewsItem.Post fr, NewsItem.Post en) {
        Map<Lang, NewsItem.Post> posts = new java.util.EnumMap<>(Lang.class);
        if (fr != null) {
            posts.put(Lang.FR, fr);
        }
        if (en != null) {
            posts.put(Lang.EN, en);
        }
        return new NewsItem(date, slug, posts);
    }
}
