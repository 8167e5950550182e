package fr.imt.portal.cop;

import fr.imt.portal.CommandRun;
import fr.imt.portal.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The COP's years are the contract's, as contract.yaml gives them: the other files are checked
 * against them (a contract of another period moves every bound), and years that do not follow
 * one another are an error at the contract's line.
 */
class ContractYearsTest {

    @TempDir
    Path tmp;
    Path source;
    Path contract;

    @BeforeEach
    void theTrackingFixture() {
        source = TestSites.fixture("cop-tracking", tmp);
        contract = source.resolve("content/cop/contract.yaml");
    }

    @Test
    void aStepAfterTheContractsLastYearIsAnErrorAtItsLine() {
        CommandRun before = CommandRun.english("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertEquals(0, before.exitCode(), before.err());

        TestSites.edit(contract, "last_year: 2027", "last_year: 2026");
        CommandRun run = CommandRun.english("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        // J1.yaml's last step is the one of 2027 (line 18), and a school's table goes to 2027: now after the contract.
        assertTrue(run.err().contains("J1.yaml:18:11: steps[5].year: expected a whole number from 2023 to 2026, found the number 2027"),
                run.err());
        assertTrue(run.err().contains("alpha/school.yaml:14:68: objectives[1].values.2027: expected a year from 2021 to 2026"), run.err());
    }

    @Test
    void yearsThatDoNotFollowOneAnotherAreAnErrorAtTheContract() {
        TestSites.edit(contract, "previous_contract: {first_year: 2018, last_year: 2022,",
                "previous_contract: {first_year: 2018, last_year: 2024,");
        CommandRun run = CommandRun.english("validate", "--source", source.toString(), "--today", "2026-11-20");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("contract.yaml:3:13: first_year: the years do not follow one another: expected the previous"
                + " contract's reference year (2017) before its years (2018-2024), these before the contract's (2023-2027)"), run.err());
    }
}
