package fr.imt.portal.render;

import fr.imt.portal.site.SiteSettings;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Settings quoted in the portal team's prose: filled in, linked, or their paragraph left out when empty. */
class ProseTest {

    private static final SiteSettings SETTINGS = new SiteSettings(Map.of(
            "site.contact.email", "dpo@example.test", "site.host.name", "", "site.publisher.name", "IMT $1"));

    @Test
    void aSettingIsFilledInWhereTheProseQuotesIt() {
        assertEquals("Published by IMT $1.", Prose.expand("Published by {{site.publisher.name}}.", SETTINGS),
                "a value is written as it is, even with a dollar sign");
    }

    @Test
    void aMailtoPlaceholderBecomesALink() {
        assertEquals("Write to [dpo@example.test](mailto:dpo@example.test).",
                Prose.expand("Write to {{mailto:site.contact.email}}.", SETTINGS));
    }

    @Test
    void aParagraphQuotingAnEmptySettingIsLeftOutAndTheOthersKept() {
        assertEquals("First.\n\nLast.", Prose.expand("First.\n\nHosted by {{site.host.name}}.\n\nLast.", SETTINGS));
    }

    @Test
    void aHeadingLeftWithNothingUnderItGoesToo() {
        assertEquals("# Title\n\nText.", Prose.expand("# Title\n\nText.\n\n## Host\n\nHosted by {{site.host.name}}.", SETTINGS));
        assertEquals("## Host\n\n### Detail\n\nText.",
                Prose.expand("## Host\n\n### Detail\n\nText.", SETTINGS), "a heading followed by a deeper one stays");
        assertEquals("Intro.\n\n## Next\n\nText.",
                Prose.expand("Intro.\n\n## Host\n\nHosted by {{site.host.name}}.\n\n## Next\n\nText.", SETTINGS));
    }

    @Test
    void aParagraphStartingWithAHashOverSeveralLinesIsNotAHeading() {
        assertEquals("# not a heading\ncontinued", Prose.expand("# not a heading\ncontinued", SETTINGS));
    }

    @Test
    void anUnknownSettingFailsTheBuild() {
        assertThrows(IllegalStateException.class, () -> Prose.expand("{{site.nothing}}", SETTINGS));
    }
}
