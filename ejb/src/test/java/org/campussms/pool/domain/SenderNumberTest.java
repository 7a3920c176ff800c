package org.campussms.pool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.campussms.platform.DomainException;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SenderNumberTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final PhoneNumber NUMBER = PhoneNumber.ofE164("+12015550100");
    private static final PhoneNumber BOUGHT = PhoneNumber.ofE164("+12015550123");
    private static final Pool ADVISING = new Pool("Advising", NOW);
    private static final String RATE_RANGE = "A number sends 1 to 1000 segments per second";

    @ParameterizedTest
    @CsvSource({"LONG_CODE, 1", "TOLL_FREE, 3", "SHORT_CODE, 100", "TEN_DLC, 1"})
    void aPoolNumberIsActiveAtItsKindsDefaultRate(SenderKind kind, int rate) {
        SenderNumber sender = SenderNumber.ofPool(ADVISING, NUMBER, kind, null, NOW);

        assertEquals(SenderNumber.Status.ACTIVE, sender.getStatus());
        assertTrue(sender.isActive());
        assertEquals(NUMBER, sender.getNumber());
        assertEquals(kind, sender.getKind());
        assertEquals(rate, sender.getSegmentsPerSecond());
        assertSame(ADVISING, sender.getPool());
        assertNull(sender.getStaffUserId());
    }

    @Test
    void aPoolNumberSendsAtTheRateItIsGiven() {
        SenderNumber sender = SenderNumber.ofPool(ADVISING, NUMBER, SenderKind.TEN_DLC, 75, NOW);

        assertEquals(75, sender.getSegmentsPerSecond());
    }

    @Test
    void aPoolNumberNeedsItsPoolAndNumber() {
        assertThrows(NullPointerException.class,
                () -> SenderNumber.ofPool(null, NUMBER, SenderKind.LONG_CODE, null, NOW));
        assertThrows(NullPointerException.class,
                () -> SenderNumber.ofPool(ADVISING, null, SenderKind.LONG_CODE, null, NOW));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1001})
    void aPoolNumberAtARateOutOfRangeIsRefused(int rate) {
        DomainException e = assertThrows(DomainException.class,
                () -> SenderNumber.ofPool(ADVISING, NUMBER, SenderKind.SHORT_CODE, rate, NOW));
        assertEquals(Problem.INVALID_INPUT, e.problem());
        assertEquals(RATE_RANGE, e.getMessage());
    }

    @Test
    void aPersonalNumberIsProvisioningWithoutANumberUntilBought() {
        SenderNumber personal = SenderNumber.personal(21, NOW);

        assertEquals(SenderNumber.Status.PROVISIONING, personal.getStatus());
        assertFalse(personal.isActive());
        assertNull(personal.getNumber());
        assertEquals(21L, personal.getStaffUserId());
        assertEquals(SenderKind.LONG_CODE, personal.getKind());
        assertEquals(1, personal.getSegmentsPerSecond());
        assertNull(personal.getPool());
    }

    @Test
    void aBoughtPersonalNumberIsActiveWithTheNumberBought() {
        SenderNumber personal = SenderNumber.personal(21, NOW);

        personal.activate(BOUGHT, "PN0123456789abcdef0123456789abcdef");

        assertEquals(SenderNumber.Status.ACTIVE, personal.getStatus());
        assertTrue(personal.isActive());
        assertEquals(BOUGHT, personal.getNumber());
    }

    @Test
    void activatingAnActiveNumberChangesNothing() {
        SenderNumber personal = SenderNumber.personal(21, NOW);
        personal.activate(BOUGHT, "PN0123456789abcdef0123456789abcdef");
        SenderNumber pooled = SenderNumber.ofPool(ADVISING, NUMBER, SenderKind.LONG_CODE, null, NOW);

        personal.activate(PhoneNumber.ofE164("+12015550199"), "PNffffffffffffffffffffffffffffffff");
        pooled.activate(PhoneNumber.ofE164("+12015550199"), "PNffffffffffffffffffffffffffffffff");

        assertEquals(BOUGHT, personal.getNumber(), "a second purchase report does not renumber it");
        assertEquals(NUMBER, pooled.getNumber());
        assertTrue(personal.isActive());
        assertTrue(pooled.isActive());
    }

    @Test
    void activatingWithoutANumberIsRefusedAndLeavesItProvisioning() {
        SenderNumber personal = SenderNumber.personal(21, NOW);

        assertThrows(NullPointerException.class, () -> personal.activate(null, "PN0123456789abcdef0123456789abcdef"));
        assertEquals(SenderNumber.Status.PROVISIONING, personal.getStatus());
        assertNull(personal.getNumber());
    }

    @Test
    void theRateChangesAnywhereFromOneToTheMaximum() {
        SenderNumber sender = SenderNumber.ofPool(ADVISING, NUMBER, SenderKind.TOLL_FREE, null, NOW);

        sender.changeRate(1);
        assertEquals(1, sender.getSegmentsPerSecond());
        sender.changeRate(SenderNumber.MAX_SEGMENTS_PER_SECOND);
        assertEquals(1000, sender.getSegmentsPerSecond());
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1001, Integer.MAX_VALUE})
    void aRateOutsideOneToTheMaximumIsRefusedAndTheOldRateStays(int rate) {
        SenderNumber sender = SenderNumber.ofPool(ADVISING, NUMBER, SenderKind.TOLL_FREE, 30, NOW);

        DomainException e = assertThrows(DomainException.class, () -> sender.changeRate(rate));
        assertEquals(Problem.INVALID_INPUT, e.problem());
        assertEquals(RATE_RANGE, e.getMessage());
        assertEquals(30, sender.getSegmentsPerSecond());
    }

    @Test
    void aPersonalNumberTheCarrierWouldNotSellFailsAndIsOrderedAgainOnce() {
        SenderNumber personal = SenderNumber.personal(21, NOW);
        personal.failed();
        assertTrue(personal.isFailed());
        assertFalse(personal.isActive());

        assertTrue(personal.reorder());
        assertEquals(SenderNumber.Status.PROVISIONING, personal.getStatus());
        assertFalse(personal.reorder(), "ordered already");

        personal.activate(PhoneNumber.ofE164("+16175550100"), "PN1");
        personal.failed();
        assertTrue(personal.isActive(), "a bought number never fails");
        assertFalse(personal.reorder());
    }
}
