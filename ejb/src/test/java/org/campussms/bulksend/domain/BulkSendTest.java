package org.campussms.bulksend.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.campussms.platform.DomainException;
import org.campussms.platform.Problem;
import org.junit.jupiter.api.Test;

class BulkSendTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant STARTED = Instant.parse("2026-11-23T10:02:00Z");
    private static final String TEXT = "Campus closes at noon today because of snow.";

    private static BulkSend planned() {
        return new BulkSend(3, 21, TEXT, "Advising: all students", CREATED);
    }

    @Test
    void aNewBulkSendIsPlannedAndNotStarted() {
        BulkSend bulk = planned();

        assertEquals(BulkSend.Status.PLANNED, bulk.getStatus());
        assertEquals(3L, bulk.getPoolId());
        assertEquals(21L, bulk.getCreatedBy());
        assertEquals(TEXT, bulk.getBody());
        assertEquals("Advising: all students", bulk.getAudience());
        assertNull(bulk.getStartedAt());
        assertEquals(0, bulk.getPlannedSms() + bulk.getPlannedEmail() + bulk.getPlannedSkipped());
        assertEquals(0, bulk.getPlannedSegments());
        assertEquals(0, bulk.getEstimatedSeconds());
    }

    @Test
    void thePlanSaysHowManyGetATextAnEmailOrNothingAndHowLongItTakes() {
        BulkSend bulk = planned();

        bulk.planned(1200, 45, 7, 2400, 800);

        assertEquals(1200, bulk.getPlannedSms());
        assertEquals(45, bulk.getPlannedEmail());
        assertEquals(7, bulk.getPlannedSkipped());
        assertEquals(2400, bulk.getPlannedSegments());
        assertEquals(800, bulk.getEstimatedSeconds());
        assertEquals(BulkSend.Status.PLANNED, bulk.getStatus(), "planning does not start it");
    }

    @Test
    void aStartedBulkSendIsRunning() {
        BulkSend bulk = planned();

        bulk.start(STARTED);

        assertEquals(BulkSend.Status.RUNNING, bulk.getStatus());
        assertEquals(STARTED, bulk.getStartedAt());
    }

    @Test
    void aBulkSendStartsOnlyOnce() {
        BulkSend bulk = planned();
        bulk.start(STARTED);

        DomainException e = assertThrows(DomainException.class, () -> bulk.start(STARTED.plusSeconds(60)));
        assertEquals(Problem.CONFLICT, e.problem());
        assertTrue(e.getMessage().endsWith(" has started already"), e.getMessage());
        assertEquals(BulkSend.Status.RUNNING, bulk.getStatus());
        assertEquals(STARTED, bulk.getStartedAt(), "still when it first started");
    }

    @Test
    void theAudienceIsDescribedInAtMost500Characters() {
        String fits = "a".repeat(500);
        BulkSend whole = new BulkSend(3, 21, TEXT, fits, CREATED);
        BulkSend cut = new BulkSend(3, 21, TEXT, "b".repeat(499) + "cd", CREATED);

        assertEquals(fits, whole.getAudience());
        assertEquals("b".repeat(499) + "c", cut.getAudience());
    }
}
