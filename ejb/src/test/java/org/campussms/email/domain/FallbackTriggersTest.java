package org.campussms.email.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FallbackTriggersTest {

    @Test
    void invalidNonMobileAndUnsubscribedNumbersGoToEmail() {
        assertEquals(Optional.of("invalid number (21211)"), FallbackTriggers.forRejection(21211));
        assertEquals(Optional.of("not a mobile number (21614)"), FallbackTriggers.forRejection(21614));
        assertEquals(Optional.of("unsubscribed from texts (21610)"), FallbackTriggers.forRejection(21610));
    }

    @Test
    void faultsOnOurSideDoNotGoToEmail() {
        assertTrue(FallbackTriggers.forRejection(20429).isEmpty(), "rate limit");
        assertTrue(FallbackTriggers.forRejection(21602).isEmpty(), "empty body");
        assertTrue(FallbackTriggers.forRejection(null).isEmpty());
        assertTrue(FallbackTriggers.forUndelivered(30034).isEmpty(), "unregistered 10DLC sender");
        assertTrue(FallbackTriggers.forUndelivered(null).isEmpty());
    }

    @Test
    void unreachableAndUnknownHandsetsGoToEmail() {
        for (int code = 30003; code <= 30008; code++) {
            assertTrue(FallbackTriggers.forUndelivered(code).isPresent(), "code " + code);
        }
        assertEquals(Optional.of("unreachable handset (30003)"), FallbackTriggers.forUndelivered(30003));
    }

    @Test
    void anEmailIsSentOnceAndAFailureNeverUndoesASend() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        EmailMessage email = new EmailMessage(7L, 3L, null, 1L, 42L, " bob@example.edu ", "Message from Advising",
                "Your appointment is at 10.", "invalid number (21211)", now);
        assertEquals("bob@example.edu", email.getTo());
        assertTrue(email.isDue());
        email.sent(now.plusSeconds(1));
        email.failed("refused", now.plusSeconds(2));
        assertEquals(EmailMessage.Status.SENT, email.getStatus());
        assertTrue(!email.isDue(), "a redelivered queue entry sends nothing");
    }
}
