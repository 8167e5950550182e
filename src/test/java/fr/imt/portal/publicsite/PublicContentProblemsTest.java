package fr.imt.portal.publicsite;

import fr.imt.portal.model.Lang;
import fr.imt.portal.SiteBuilder;
import fr.imt.portal.content.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Editors' mistakes in pages, the OTM-R grouping and news are reported with their place, and publish nothing. */
class PublicContentProblemsTest {

    private static List<String> problems(SiteUnderTest site) {
        SiteBuilder.Report report = SiteBuilder.build(new SiteBuilder.Options(site.source, site.output, SiteUnderTest.TODAY));
        assertFalse(report.published());
        return report.problems().errors().stream().map(p -> p.describe(site.source, Lang.EN)).toList();
    }

    @Test
    void otmrStageCitingAnUnknownPrincipleOrActionIsReportedWithItsLine(@TempDir Path temp) {
        SiteUnderTest site = SiteUnderTest.copyOfRealSite(temp)
                .replace("content/pages/otm-r.yaml", "principles: [recruitment]", "principles: [recruitmen]")
                .replace("content/pages/otm-r.yaml", "actions: [15, 16]", "actions: [15, 99]");
        List<String> found = problems(site);
        assertTrue(found.stream().anyMatch(p -> p.matches("content/pages/otm-r\\.yaml:\\d+:\\d+: stages\\[1]\\.principles\\[1]: unknown principle \"recruitmen\".*")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.matches("content/pages/otm-r\\.yaml:\\d+:\\d+: stages\\[1]\\.actions\\[2]: unknown action \"99\".*")), found.toString());
    }

    @Test
    void newsPostWhoseHeaderDateDiffersFromItsFileNameIsReportedAtThatLine(@TempDir Path temp) throws Exception {
        SiteUnderTest site = SiteUnderTest.copyOfRealSite(temp);
        Files.createDirectories(site.source.resolve("content/news"));
        Files.writeString(site.source.resolve("content/news/2026-01-05-wrong-date.fr.md"),
                "---\ntitle: \"Titre\"\ndate: 2026-01-06\n---\nTexte.\n");
        Files.writeString(site.source.resolve("content/news/2026-01-07-no-title.en.md"), "---\ndate: 2026-01-07\n---\nText.\n");
        Files.writeString(site.source.resolve("content/news/notes.fr.md"), "Texte.\n");
        List<String> found = problems(site);
        assertTrue(found.contains("content/news/2026-01-05-wrong-date.fr.md:3:7: date: expected 2026-01-05, "
                + "the date in the file name (the file name gives the post its address)"), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("content/news/2026-01-07-no-title.en.md:2:1: title: this required field is missing")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.startsWith("content/news/notes.fr.md:1:1: a news file is named")), found.toString());
    }

    @Test
    void pageAliasThatIsNotASitePathIsReported(@TempDir Path temp) {
        SiteUnderTest site = SiteUnderTest.copyOfRealSite(temp)
                .replace("content/pages/pages.yaml", "    slug: {fr: accessibilite, en: accessibility}\n",
                        "    slug: {fr: accessibilite, en: accessibility}\n    aliases: [\"/accessibility.html\"]\n");
        List<String> found = problems(site);
        assertTrue(found.stream().anyMatch(p -> p.matches("content/pages/pages\\.yaml:\\d+:\\d+: pages\\[1]\\.aliases\\[1]: expected a site path.*")), found.toString());
    }

    @Test
    void missingTranslationOfAPageIsReported(@TempDir Path temp) throws Exception {
        SiteUnderTest site = SiteUnderTest.copyOfRealSite(temp);
        Files.delete(site.source.resolve("content/pages/privacy.en.md"));
        List<String> found = problems(site);
        assertTrue(found.stream().anyMatch(p -> p.contains("pages.yaml") && p.contains("privacy.en.md")), found.toString());
        assertTrue(found.stream().noneMatch(p -> p.startsWith(Problem.Severity.WARNING.name())));
    }
}
