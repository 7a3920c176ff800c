package org.campussms.inbound.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.campussms.consent.application.ConsentRecorded;
import org.campussms.consent.application.ConsentService;
import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.OptedIn;
import org.campussms.consent.domain.OptedOut;
import org.campussms.conversation.application.InboundReceived;
import org.campussms.inbound.domain.InboundSms;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.Settings;
import org.campussms.pool.domain.Pool;
import org.campussms.testing.InMemoryConsentLedger;
import org.campussms.testing.InMemoryConversations;
import org.campussms.testing.InMemoryInboundMessages;
import org.campussms.testing.InMemoryPeople;
import org.campussms.testing.InMemoryPools;
import org.campussms.testing.RecordingEvent;
import org.campussms.testing.RecordingReplies;
import org.campussms.testing.RecordingReplies.Reply;
import org.campussms.testing.Wiring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inbound filing with its keywords, over in-memory ports: the real filing service and the real consent rules, the
 * stores kept in maps. What the person texted, what they are answered, and whom texts may reach afterwards.
 */
class InboundFilingServiceTest {

    private static final String STUDENT = "+15550001111";
    private static final String STUDENTS_OTHER_PHONE = "+15550002222";
    private static final String ADVISING_NUMBER = "+15557770001";
    private static final String LIBRARY_NUMBER = "+15557770002";
    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    private final InMemoryPools pools = new InMemoryPools();
    private final InMemoryPeople people = new InMemoryPeople();
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final InMemoryInboundMessages messages = new InMemoryInboundMessages();
    private final InMemoryConsentLedger ledger = new InMemoryConsentLedger();
    private final RecordingReplies replies = new RecordingReplies();
    private final RecordingEvent<InboundReceived> received = RecordingEvent.of(InboundReceived.class);
    private Pool advising;
    private Pool library;
    private InboundFilingService filing;
    private int sids;

    @BeforeEach
    void wire() {
        advising = pools.addPool("Advising");
        library = pools.addPool("Library");
        pools.addNumber(advising, ADVISING_NUMBER);
        pools.addNumber(library, LIBRARY_NUMBER);
        people.add("Ana", "Student", STUDENT, STUDENTS_OTHER_PHONE);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ConsentService consent = Wiring.wire(new ConsentService(), ledger, people, pools, new Settings(), clock,
                RecordingEvent.of(OptedOut.class), RecordingEvent.of(OptedIn.class),
                RecordingEvent.of(ConsentRecorded.class));
        filing = Wiring.wire(new InboundFilingService(), messages, pools, people, conversations, consent, replies,
                received, clock);
    }

    private InboundSms text(String to, String body) {
        return new InboundSms(String.format("SM%032x", ++sids), STUDENT, to, body, 1, null, NOW);
    }

    private boolean mayText(String phone, Pool pool) {
        return !ledger.blocks(PhoneNumber.ofE164(phone), ConsentScope.pool(pool.getId()));
    }

    @Test
    void stopEndsThatPoolsTextsToEveryPhoneOfThePersonAndSaysSo() {
        InboundSms stop = text(ADVISING_NUMBER, "STOP");

        filing.record(stop);

        assertEquals(List.of(new Reply(ADVISING_NUMBER, 1, "You will no longer receive texts from Advising at our "
                + "institution. Reply START to resume.")), replies.queued());
        assertFalse(mayText(STUDENT, advising));
        assertFalse(mayText(STUDENTS_OTHER_PHONE, advising), "an opt-out covers every phone of the person");
        assertTrue(mayText(STUDENT, library), "STOP to one pool leaves the others");
        assertEquals("OPTED_OUT", messages.consentActionOf(stop.messageSid()));
        assertEquals(1, received.fired().size(), "the live inbox hears of the STOP");
        assertEquals("STOP", received.fired().get(0).message().body());
    }

    @Test
    void stopAllEndsEveryPoolsTexts() {
        filing.record(text(LIBRARY_NUMBER, "stopall"));

        assertEquals("You will no longer receive any texts from our institution. Reply START to resume.",
                replies.queued().get(0).text());
        assertFalse(mayText(STUDENT, advising));
        assertFalse(mayText(STUDENT, library));
        assertTrue(ledger.events().stream().allMatch(e -> e.scope().isAll()
                && e.getAction() == ConsentChoice.OPT_OUT));
    }

    @Test
    void startAfterStopAllLetsEveryPoolTextAgain() {
        filing.record(text(LIBRARY_NUMBER, "STOPALL"));

        filing.record(text(ADVISING_NUMBER, "START"));

        assertEquals("You will receive texts from Advising at our institution again. Reply HELP for help, STOP to "
                + "stop.", replies.queued().get(1).text());
        assertTrue(mayText(STUDENT, advising));
        assertTrue(mayText(STUDENT, library));
    }

    @Test
    void yesToOnePoolDoesNotLiftAStopGivenToAnother() {
        filing.record(text(LIBRARY_NUMBER, "STOP"));

        filing.record(text(ADVISING_NUMBER, "YES"));

        assertFalse(mayText(STUDENT, library), "only a word to the Library lifts the Library's STOP");
    }

    @Test
    void helpIsAnsweredAndChangesNoConsent() {
        InboundSms help = text(ADVISING_NUMBER, "HELP");

        filing.record(help);

        assertEquals("Advising at our institution: reply STOP to stop these texts, STOPALL to stop all our texts, "
                + "START to resume. Msg&data rates may apply.", replies.queued().get(0).text());
        assertTrue(ledger.events().isEmpty());
        assertEquals("HELP", messages.consentActionOf(help.messageSid()));
    }

    @Test
    void anOrdinaryReplyIsFiledInItsConversationWithoutAnAnswer() {
        InboundSms reply = text(ADVISING_NUMBER, "Can we meet on Tuesday?");

        filing.record(reply);

        assertTrue(replies.queued().isEmpty());
        assertTrue(ledger.events().isEmpty());
        assertNull(messages.consentActionOf(reply.messageSid()));
        assertEquals(1, conversations.count());
        assertEquals(1, conversations.applied().size());
        assertEquals(1L, messages.stored().get(0).getConversationId());
    }

    @Test
    void theCarriersRetryOfAStopIsFiledAndAnsweredOnce() {
        InboundSms stop = text(ADVISING_NUMBER, "STOP");

        filing.recordAll(List.of(stop, stop));
        filing.record(stop);

        assertEquals(1, messages.stored().size());
        assertEquals(1, replies.queued().size());
        assertEquals(1, received.fired().size());
    }
}
