package fr.imt.portal.publicsite;

import fr.imt.portal.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A setting the legal pages quote but site.properties leaves empty (the host, the contact
 * address): {@code validate} warns about it where the page quotes it, {@code build --publish}
 * refuses to build until it is filled in, and a build without {@code --publish} leaves the
 * paragraph out instead of printing a blank.
 */
class PublicationCheckTest {

    @TempDir
    Path tmp;

    @Test
    void emptyLegalSettingIsAWarningForValidateAndStopsAPublication() {
        SiteUnderTest site = SiteUnderTest.copyOfRealSite(tmp)
                .replace("site.properties", "site.contact.email=\n", "site.contact.email=contact@example.org\n")
                .replace("site.properties", "site.hosting.address=\n", "site.hosting.address=1 rue Exemple, Paris\n");
        CommandRun validate = CommandRun.english("validate", "--warnings", "--source", site.source.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        assertTrue(validate.err().contains("warning: site.hosting.name is empty in site.properties"), validate.err());
        assertTrue(validate.err().contains("legal-notice.fr.md:19:1"), "where the page quotes it: " + validate.err());
        assertFalse(validate.err().contains("site.contact.email is empty"), "a filled setting is not reported: " + validate.err());

        CommandRun publish = CommandRun.english("build", "--publish", "--source", site.source.toString(), "--out", site.output.toString());
        assertEquals(1, publish.exitCode(), publish.err());
        assertTrue(publish.err().contains("legal-notice.en.md:19:1: site.hosting.name is empty in site.properties"), publish.err());
        assertFalse(Files.exists(site.output), "nothing is built");
    }

    @Test
    void filledSettingsArePublished() {
        SiteUnderTest site = SiteUnderTest.copyOfRealSite(tmp)
                .replace("site.properties", "site.hosting.name=\n", "site.hosting.name=Hébergeur Exemple\n")
                .replace("site.properties", "site.contact.email=\n", "site.contact.email=contact@example.org\n")
                .replace("site.properties", "site.hosting.address=\n", "site.hosting.address=1 rue Exemple, Paris\n")
                .replace("site.properties", "site.publication.director=\n", "site.publication.director=Prénom Nom\n");
        CommandRun publish = CommandRun.english("build", "--publish", "--source", site.source.toString(), "--out", site.output.toString(),
                "--today", SiteUnderTest.TODAY.toString());
        assertEquals(0, publish.exitCode(), publish.err());
        String legal = site.page("fr/mentions-legales/").select("main").text();
        assertTrue(legal.contains("Hébergeur Exemple, 1 rue Exemple, Paris"), legal);
        assertTrue(site.page("en/legal-notice/").select("main a[href='mailto:contact@example.org']").size() == 1);
    }
}
