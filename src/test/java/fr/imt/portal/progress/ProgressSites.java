package fr.imt.portal.progress;

import fr.imt.portal.TestSites;

import java.nio.file.Path;
import java.time.LocalDate;

/** The "progress" fixture: made-up actions, a milestone and news with dated progress entries and status changes. */
final class ProgressSites {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private ProgressSites() {}

    static Path fixture(Path parent) {
        return TestSites.fixture("progress", parent);
    }
}
