package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.campussms.platform.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundMessageTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant CLAIMED = Instant.parse("2026-11-23T10:00:01Z");
    private static final Instant LATER = Instant.parse("2026-11-23T10:00:05Z");
    private static final PhoneNumber POOL_NUMBER = PhoneNumber.ofE164("+12015550100");
    private static final PhoneNumber STUDENT = PhoneNumber.ofE164("+12015550123");
    private static final String BODY = "Your advising appointment is tomorrow at 10.";
    private static final String FOOTER = "Reply STOP to stop texts from Advising.";
    private static final long AUTHOR = 21L;
    private static final long PERSON = 11L;

    /** Conversation 5 of sender number 9 in pool 3 with the student; conversations are only ever read from rows. */
    private static final Conversation CONVERSATION = new Conversation() {
        @Override
        public Long getId() {
            return 5L;
        }

        @Override
        public Long getSenderNumberId() {
            return 9L;
        }

        @Override
        public Long getPoolId() {
            return 3L;
        }

        @Override
        public PhoneNumber getContact() {
            return STUDENT;
        }
    };

    private static OutboundMessage queued(String footer) {
        return new OutboundMessage(CONVERSATION, POOL_NUMBER, PERSON, "STUDENT", BODY, footer, AUTHOR, null, CREATED);
    }

    private static OutboundMessage sending() {
        OutboundMessage message = queued(null);
        assertTrue(message.startSending(POOL_NUMBER, CLAIMED));
        return message;
    }

    @Test
    void aNewMessageIsQueuedForItsConversationWithTheFooterOnItsOwnLine() {
        OutboundMessage message = queued(FOOTER);

        assertEquals(MessageStatus.QUEUED, message.getStatus());
        assertEquals(BODY, message.getBody(), "what the staff user wrote");
        assertEquals(BODY + "\n" + FOOTER, message.getSentText(), "what the carrier gets");
        assertTrue(message.isFooterAppended());
        assertEquals(5L, message.getConversationId());
        assertEquals(3L, message.getPoolId());
        assertEquals(9L, message.getSenderNumberId());
        assertEquals(POOL_NUMBER, message.getSender());
        assertEquals(STUDENT, message.getTo());
        assertEquals(PERSON, message.getPersonId());
        assertEquals("STUDENT", message.getRecordType());
        assertEquals(AUTHOR, message.getSentByStaffUserId());
        assertNull(message.getBulkSendId());
        assertFalse(message.isComplianceReply());
        assertEquals(0, message.getAttempts());
        assertNull(message.getErrorCode());
        assertNull(message.getErrorMessage());
        assertNull(message.getId(), "until stored");
        assertEquals(CREATED, message.getCreatedAt());
        assertEquals(CREATED, message.getUpdatedAt());
    }

    @Test
    void withoutAFooterDueTheTextGoesAsWritten() {
        OutboundMessage message = new OutboundMessage(CONVERSATION, null, PERSON, null, BODY, null, AUTHOR, 77L,
                CREATED);

        assertEquals(BODY, message.getSentText());
        assertFalse(message.isFooterAppended());
        assertEquals(77L, message.getBulkSendId());
        assertNull(message.getSender(), "a personal number still being bought");
        assertEquals(MessageStatus.QUEUED, message.getStatus());
    }

    @Test
    void segmentsAndEncodingAreThoseOfTheTextSentFooterIncluded() {
        String gsm = "x".repeat(150);
        OutboundMessage alone = new OutboundMessage(CONVERSATION, POOL_NUMBER, PERSON, null, gsm, null, AUTHOR, null,
                CREATED);
        OutboundMessage withFooter = new OutboundMessage(CONVERSATION, POOL_NUMBER, PERSON, null, gsm, FOOTER, AUTHOR,
                null, CREATED);
        OutboundMessage unicode = new OutboundMessage(CONVERSATION, POOL_NUMBER, PERSON, null, "Room 3 ✓", null,
                AUTHOR, null, CREATED);

        assertEquals(1, alone.getSegments());
        assertEquals(Segments.Encoding.GSM7, alone.getEncoding());
        assertEquals(2, withFooter.getSegments(), "150 + 1 + 39 characters take two GSM-7 segments");
        assertEquals(Segments.Encoding.GSM7, withFooter.getEncoding());
        assertEquals(1, unicode.getSegments());
        assertEquals(Segments.Encoding.UCS2, unicode.getEncoding());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\n\t"})
    void anEmptyBodyIsRefused(String body) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new OutboundMessage(
                CONVERSATION, POOL_NUMBER, PERSON, null, body, FOOTER, AUTHOR, null, CREATED));
        assertEquals("empty body", e.getMessage());
    }

    @Test
    void aQueuedTextClaimedForHandOffBecomesSendingFromTheNumberGiven() {
        OutboundMessage message = queued(null);
        PhoneNumber bought = PhoneNumber.ofE164("+12015550199");

        assertTrue(message.startSending(bought, CLAIMED));
        assertEquals(MessageStatus.SENDING, message.getStatus());
        assertEquals(bought, message.getSender());
        assertEquals(1, message.getAttempts());
        assertEquals(CLAIMED, message.getUpdatedAt());
    }

    @Test
    void aTextClaimedAgainAfterAPostponementForgetsThePreviousError() {
        OutboundMessage message = sending();
        message.carrierUnavailable(20429, "Too Many Requests", LATER, LATER);

        assertTrue(message.startSending(POOL_NUMBER, LATER));
        assertEquals(MessageStatus.SENDING, message.getStatus());
        assertEquals(2, message.getAttempts());
        assertNull(message.getErrorCode());
        assertNull(message.getErrorMessage());
    }

    @Test
    void aTextBeingSentIsNotClaimedTwice() {
        OutboundMessage message = sending();

        assertFalse(message.startSending(PhoneNumber.ofE164("+12015550199"), LATER));
        assertEquals(MessageStatus.SENDING, message.getStatus());
        assertEquals(POOL_NUMBER, message.getSender());
        assertEquals(1, message.getAttempts());
        assertEquals(CLAIMED, message.getUpdatedAt());
    }

    @Test
    void aFinishedTextIsNotClaimedAgain() {
        OutboundMessage failed = sending();
        failed.failed(21211, "Invalid 'To' Phone Number", LATER);
        OutboundMessage emailed = sending();
        emailed.fellBackToEmail("Unreachable handset", LATER);

        assertFalse(failed.startSending(POOL_NUMBER, LATER.plusSeconds(1)));
        assertFalse(emailed.startSending(POOL_NUMBER, LATER.plusSeconds(1)));

        assertEquals(MessageStatus.FAILED, failed.getStatus());
        assertEquals(21211, failed.getErrorCode(), "the error stays");
        assertEquals("Invalid 'To' Phone Number", failed.getErrorMessage());
        assertEquals(1, failed.getAttempts());
        assertEquals(LATER, failed.getUpdatedAt());
        assertEquals(MessageStatus.FELL_BACK_TO_EMAIL, emailed.getStatus());
        assertEquals("Unreachable handset", emailed.getErrorMessage());
        assertEquals(1, emailed.getAttempts());
        assertEquals(LATER, emailed.getUpdatedAt());
    }

    @Test
    void aClaimWithoutASenderNumberIsRefusedAndLeavesTheTextQueued() {
        OutboundMessage message = queued(null);

        assertThrows(NullPointerException.class, () -> message.startSending(null, CLAIMED));
        assertEquals(MessageStatus.QUEUED, message.getStatus());
        assertEquals(0, message.getAttempts());
    }

    @Test
    void aHandOffTheCarrierCouldNotTakePutsTheTextBackInTheQueueWithTheCarriersReason() {
        OutboundMessage message = sending();

        message.carrierUnavailable(20429, "Too Many Requests", LATER, LATER);

        assertEquals(MessageStatus.QUEUED, message.getStatus());
        assertEquals(20429, message.getErrorCode());
        assertEquals("Too Many Requests", message.getErrorMessage());
        assertEquals(1, message.getAttempts(), "the attempt counts");
        assertEquals(LATER, message.getUpdatedAt());
    }

    @Test
    void aCarrierFailureOfATextThatIsNotBeingSentChangesNothing() {
        OutboundMessage queued = queued(null);
        OutboundMessage failed = sending();
        failed.failed(30003, "Unreachable destination handset", CLAIMED);

        queued.carrierUnavailable(20429, "Too Many Requests", LATER, LATER);
        failed.carrierUnavailable(20429, "Too Many Requests", LATER, LATER);

        assertEquals(MessageStatus.QUEUED, queued.getStatus());
        assertNull(queued.getErrorCode());
        assertNull(queued.getErrorMessage());
        assertEquals(CREATED, queued.getUpdatedAt());
        assertEquals(MessageStatus.FAILED, failed.getStatus());
        assertEquals(30003, failed.getErrorCode());
        assertEquals("Unreachable destination handset", failed.getErrorMessage());
        assertEquals(CLAIMED, failed.getUpdatedAt());
    }

    @Test
    void aQueuedOrSendingTextToARecipientWhoOptedOutFailsWithTheOptOutReasonAndNoCode() {
        OutboundMessage queued = sending();
        queued.carrierUnavailable(20429, "Too Many Requests", CLAIMED, CLAIMED);
        OutboundMessage sending = sending();

        queued.optedOut(LATER);
        sending.optedOut(LATER);

        for (OutboundMessage message : new OutboundMessage[] {queued, sending}) {
            assertEquals(MessageStatus.FAILED, message.getStatus());
            assertEquals("Not sent: the recipient has opted out of texts from this sender", message.getErrorMessage());
            assertEquals(OutboundMessage.OPTED_OUT, message.getErrorMessage());
            assertNull(message.getErrorCode(), "the postponement's code is history");
            assertEquals(LATER, message.getUpdatedAt());
        }
    }

    @Test
    void anOptOutLeavesAFinishedTextAsItIs() {
        OutboundMessage failed = sending();
        failed.failed(30003, "Unreachable destination handset", CLAIMED);
        OutboundMessage emailed = sending();
        emailed.fellBackToEmail("Unreachable handset", CLAIMED);

        failed.optedOut(LATER);
        emailed.optedOut(LATER);

        assertEquals(MessageStatus.FAILED, failed.getStatus());
        assertEquals(30003, failed.getErrorCode());
        assertEquals("Unreachable destination handset", failed.getErrorMessage());
        assertEquals(CLAIMED, failed.getUpdatedAt());
        assertEquals(MessageStatus.FELL_BACK_TO_EMAIL, emailed.getStatus());
        assertEquals("Unreachable handset", emailed.getErrorMessage());
        assertEquals(CLAIMED, emailed.getUpdatedAt());
    }

    @Test
    void aRefusedTextFailsWithTheCarriersCodeAndMessage() {
        OutboundMessage message = sending();

        message.failed(21211, "Invalid 'To' Phone Number", LATER);

        assertEquals(MessageStatus.FAILED, message.getStatus());
        assertEquals(21211, message.getErrorCode());
        assertEquals("Invalid 'To' Phone Number", message.getErrorMessage());
        assertEquals(LATER, message.getUpdatedAt());
    }

    @Test
    void aTextThatWentByEmailKeepsTheCarriersCodeAndSaysWhy() {
        OutboundMessage message = sending();
        message.failed(30003, "Unreachable destination handset", CLAIMED);

        message.fellBackToEmail("Unreachable handset: sent by email", LATER);

        assertEquals(MessageStatus.FELL_BACK_TO_EMAIL, message.getStatus());
        assertEquals(30003, message.getErrorCode());
        assertEquals("Unreachable handset: sent by email", message.getErrorMessage());
        assertEquals(LATER, message.getUpdatedAt());
    }

    @Test
    void aTextThatReachesThePersonNeitherWayFails() {
        OutboundMessage queued = queued(null);
        OutboundMessage sending = sending();

        queued.notDeliverable("Opted out; no email address on file", LATER);
        sending.notDeliverable("Opted out; no email address on file", LATER);

        for (OutboundMessage message : new OutboundMessage[] {queued, sending}) {
            assertEquals(MessageStatus.FAILED, message.getStatus());
            assertEquals("Opted out; no email address on file", message.getErrorMessage());
            assertEquals(LATER, message.getUpdatedAt());
        }
    }

    @Test
    void aFinishedTextThatReachesThePersonNeitherWayKeepsItsStatusAndCodeButSaysWhy() {
        OutboundMessage message = sending();
        message.failed(30003, "Unreachable destination handset", CLAIMED);

        message.notDeliverable("Unreachable handset; no email address on file", LATER);

        assertEquals(MessageStatus.FAILED, message.getStatus());
        assertEquals(30003, message.getErrorCode());
        assertEquals("Unreachable handset; no email address on file", message.getErrorMessage());
        assertEquals(LATER, message.getUpdatedAt());
    }

    @Test
    void errorMessagesAreCutTo255Characters() {
        String fits = "f".repeat(255);
        String tooLong = "a".repeat(250) + "bcdefghij";
        String cut = "a".repeat(250) + "bcdef";
        OutboundMessage postponed = sending();
        postponed.carrierUnavailable(20429, tooLong, LATER, LATER);
        OutboundMessage failed = sending();
        failed.failed(30003, tooLong, LATER);
        OutboundMessage emailed = sending();
        emailed.fellBackToEmail(tooLong, LATER);
        OutboundMessage undeliverable = sending();
        undeliverable.notDeliverable(tooLong, LATER);
        OutboundMessage whole = sending();
        whole.failed(30003, fits, LATER);

        assertEquals(cut, postponed.getErrorMessage());
        assertEquals(cut, failed.getErrorMessage());
        assertEquals(cut, emailed.getErrorMessage());
        assertEquals(cut, undeliverable.getErrorMessage());
        assertEquals(fits, whole.getErrorMessage(), "255 characters fit");
    }

    @Test
    void aMessageTakesTheIdOfItsStoredRowOnce() {
        OutboundMessage message = queued(null);
        message.stored(77);

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> message.stored(78));
        assertEquals("Outbound message 77 is stored already", e.getMessage());
        assertEquals(77L, message.getId());
    }

    @Test
    void aComplianceReplyHasNoAuthorAndNoFooterAndIsFlagged() {
        OutboundMessage reply = OutboundMessage.complianceReply(CONVERSATION, POOL_NUMBER, PERSON,
                "You are unsubscribed from Advising. Reply START to resubscribe.", CREATED);

        assertTrue(reply.isComplianceReply());
        assertNull(reply.getSentByStaffUserId());
        assertFalse(reply.isFooterAppended());
        assertEquals("You are unsubscribed from Advising. Reply START to resubscribe.", reply.getSentText());
        assertNull(reply.getRecordType());
        assertNull(reply.getBulkSendId());
        assertEquals(PERSON, reply.getPersonId());
        assertEquals(STUDENT, reply.getTo());
        assertEquals(MessageStatus.QUEUED, reply.getStatus());
        assertThrows(IllegalArgumentException.class,
                () -> OutboundMessage.complianceReply(CONVERSATION, POOL_NUMBER, PERSON, " ", CREATED));
    }

    @Test
    void aTextTheCarrierCouldNotTakeIsDueAfterItsBackoffAndFailingSinceTheFirstFailure() {
        OutboundMessage message = sending();
        Instant retryAt = LATER.plusSeconds(2);
        message.carrierUnavailable(20503, "Service unavailable", retryAt, LATER);
        assertEquals(retryAt, message.getDueAt());
        assertEquals(LATER, message.getFailingSince());

        Instant third = LATER.plusSeconds(3);
        assertTrue(message.startSending(POOL_NUMBER, third));
        assertNull(message.getDueAt(), "claimed: due no more");
        message.carrierUnavailable(20429, "Too Many Requests", third.plusSeconds(4), third);
        assertEquals(LATER, message.getFailingSince(), "failing since the first failure, not the latest");
        assertFalse(message.failingLongerThan(Duration.ofMinutes(60), LATER.plus(Duration.ofMinutes(60))));
        assertTrue(message.failingLongerThan(Duration.ofMinutes(60), LATER.plus(Duration.ofMinutes(61))));
    }

    @Test
    void aTextWaitingForItsRateLimitSlotIsDueThenAndNotFailing() {
        OutboundMessage message = sending();
        Instant slot = LATER.plusSeconds(30);
        message.waitForSlot(slot, LATER);
        assertEquals(MessageStatus.QUEUED, message.getStatus());
        assertEquals(slot, message.getDueAt());
        assertNull(message.getFailingSince());
        assertFalse(message.failingLongerThan(Duration.ZERO, LATER.plusSeconds(3600)));
    }

    @Test
    void anUnansweredHandOffStaysSendingUntilTheCarrierIsAsked() {
        OutboundMessage message = sending();
        message.noAnswer(null, "No answer from the carrier: Read timed out", LATER);
        assertEquals(MessageStatus.SENDING, message.getStatus());
        assertNull(message.getTwilioSid());
        assertEquals("No answer from the carrier: Read timed out", message.getErrorMessage());
        assertEquals(LATER, message.getFailingSince());
        assertFalse(message.startSending(POOL_NUMBER, LATER), "never claimed again while the carrier may have it");
    }

    @Test
    void anUnansweredHandOffTheCarrierHasTakesItsSidAndStatus() {
        OutboundMessage message = sending();
        message.noAnswer(null, "No answer", LATER);
        message.foundAtCarrier("SM0001", MessageStatus.DELIVERED, null, LATER.plusSeconds(300));
        assertEquals("SM0001", message.getTwilioSid());
        assertEquals(MessageStatus.DELIVERED, message.getStatus());
        assertNull(message.getErrorMessage());

        OutboundMessage stillQueuedThere = sending();
        stillQueuedThere.foundAtCarrier("SM0002", MessageStatus.QUEUED, null, LATER);
        assertEquals(MessageStatus.SENDING, stillQueuedThere.getStatus(), "a status never moves back");
        assertEquals("SM0002", stillQueuedThere.getTwilioSid());
    }

    @Test
    void anUnansweredHandOffTheCarrierDoesNotHaveIsQueuedAgainAndClaimedOnce() {
        OutboundMessage message = sending();
        message.noAnswer(null, "No answer", LATER);
        message.backToQueue(LATER.plusSeconds(300));
        assertEquals(MessageStatus.QUEUED, message.getStatus());
        assertTrue(message.startSending(POOL_NUMBER, LATER.plusSeconds(301)));
        assertFalse(message.startSending(POOL_NUMBER, LATER.plusSeconds(301)));

        OutboundMessage handedOff = sending();
        handedOff.foundAtCarrier("SM0003", MessageStatus.SENT, null, LATER);
        handedOff.backToQueue(LATER);
        assertEquals(MessageStatus.SENT, handedOff.getStatus(), "a text with a sid is never queued again");
    }
}
