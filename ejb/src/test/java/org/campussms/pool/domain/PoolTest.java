package org.campussms.pool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.campussms.platform.DomainException;
import org.campussms.platform.Problem;
import org.junit.jupiter.api.Test;

class PoolTest {

    private final Pool pool = new Pool("Advising", Instant.EPOCH);

    @Test
    void aFooterOfThePoolsOwnKeepsTheWordStop() {
        pool.changeFooter("Advising office. Reply stop to opt out.", 30);

        assertEquals("Advising office. Reply stop to opt out.", pool.footer());
        assertEquals(30, pool.getFooterIntervalDays());
    }

    @Test
    void aFooterWithoutAnOptOutInstructionIsRefusedAndChangesNothing() {
        for (String footer : new String[] {"Advising office", "Reply STOPPING to unsubscribe", "Text NOSTOP"}) {
            DomainException refused = assertThrows(DomainException.class, () -> pool.changeFooter(footer, 30));
            assertEquals(Problem.INVALID_INPUT, refused.problem(), footer);
        }
        assertEquals("Reply HELP for help, STOP to stop texts from Advising, STOPALL to stop all texts.",
                pool.footer(), "the standard footer stays");
    }

    @Test
    void aBlankFooterGoesBackToTheStandardOne() {
        pool.changeFooter("Reply STOP to opt out", 30);
        pool.changeFooter("  ", 30);

        assertEquals(false, pool.hasCustomFooter());
    }
}
