package org.campussms.consent.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.OptedIn;
import org.campussms.consent.domain.OptedOut;
import org.campussms.platform.PhoneNumber;
import org.junit.jupiter.api.Test;

class RecentOptOutsTest {

    private static final PhoneNumber PHONE = PhoneNumber.ofE164("+12015550123");
    private static final ConsentScope POOL_A = ConsentScope.pool(1);
    private static final ConsentScope POOL_B = ConsentScope.pool(2);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final RecentOptOuts recent = new RecentOptOuts(clock);

    @Test
    void aPoolOptOutBlocksThatPoolOnlyAndAnAllOptOutBlocksEverySender() {
        recent.optedOut(new OptedOut(PHONE, POOL_A, clock.instant()));
        assertTrue(recent.blocks(PHONE, POOL_A));
        assertFalse(recent.blocks(PHONE, POOL_B));
        assertFalse(recent.blocks(PhoneNumber.ofE164("+12015550124"), POOL_A));

        recent.optedOut(new OptedOut(PHONE, ConsentScope.all(), clock.instant()));
        assertTrue(recent.blocks(PHONE, POOL_B));
        assertTrue(recent.blocks(PHONE, ConsentScope.personalNumber(9)));
    }

    @Test
    void anOptInClearsWhatItResumes() {
        recent.optedOut(new OptedOut(PHONE, POOL_A, clock.instant()));
        recent.optedOut(new OptedOut(PHONE, POOL_B, clock.instant()));

        recent.optedIn(new OptedIn(PHONE, POOL_A, clock.instant()));
        assertFalse(recent.blocks(PHONE, POOL_A));
        assertTrue(recent.blocks(PHONE, POOL_B));

        recent.optedIn(new OptedIn(PHONE, ConsentScope.all(), clock.instant()));
        assertFalse(recent.blocks(PHONE, POOL_B));
    }

    @Test
    void anOptOutIsNotedOnlyOnceTheHandOffInFlightToItsPhoneHasClosedItsPassage() throws Exception {
        OptOutGate.Passage inFlight = recent.enter(PHONE, POOL_A);
        assertFalse(inFlight.stopped());
        CompletableFuture<Void> noted = CompletableFuture.runAsync(() -> recent.optedOut(
                new OptedOut(PHONE, POOL_A, clock.instant())));
        assertThrows(TimeoutException.class, () -> noted.get(300, TimeUnit.MILLISECONDS),
                "the STOP's answer waits for the text being handed over");

        inFlight.close();
        noted.get(5, TimeUnit.SECONDS);
        try (OptOutGate.Passage next = recent.enter(PHONE, POOL_A)) {
            assertTrue(next.stopped(), "every later hand-off sees it");
        }
    }

    @Test
    void entriesExpireAndArePurgedSoTheHolderStaysBounded() {
        recent.optedOut(new OptedOut(PHONE, POOL_A, clock.instant()));
        clock.advance(RecentOptOuts.KEPT.plusSeconds(1));
        assertFalse(recent.blocks(PHONE, POOL_A), "the database check covers older opt-outs");

        for (int i = 0; i < 300; i++) {
            recent.optedOut(new OptedOut(PhoneNumber.ofE164("+1201555" + String.format("%04d", i)), POOL_A,
                    clock.instant()));
        }
        assertEquals(300, recent.size(), "the expired entry was purged");
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
