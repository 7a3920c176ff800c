package org.campussms.live.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.campussms.consent.application.ConsentEventView;
import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.ConsentSource;
import org.campussms.conversation.application.InboundView;
import org.campussms.live.application.LiveEvent.Audience;
import org.campussms.live.application.LiveEvent.Kind;
import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.InMemoryMapMessage;
import org.junit.jupiter.api.Test;

class LiveChangeCodecTest {

    private static final LiveChangeCodec CODEC = LiveChangeCodec.INSTANCE;
    /** Microseconds, as MariaDB keeps them: the other server must see the same instant. */
    private static final Instant AT = Instant.parse("2026-12-07T18:30:00.123456Z");

    private static LiveChange roundTrip(LiveChange change) throws JMSException {
        MapMessage message = InMemoryMapMessage.create();
        CODEC.write(change, message);
        return CODEC.read(message);
    }

    @Test
    void changesGoOnTheLiveChangesTopic() {
        assertEquals(JndiNames.LIVE_CHANGES_TOPIC, CODEC.queue());
        assertEquals("java:/jms/topic/LiveChanges", CODEC.queue());
    }

    @Test
    void aReplyArrivesWholeWithItsAudience() throws JMSException {
        InboundView reply = new InboundView(41, 7L, 3L, "+12015550123", "+12015550100", "Can we meet at 3?", AT,
                "SEVERAL", List.of(5L, 6L), "POOL_NUMBER", null);
        LiveChange change = new LiveChange.Event("server-a", new LiveEvent(Kind.REPLY,
                new Audience(false, 3L, Set.of(11L, 12L)), AT, 7L, reply, null, null, null, null));

        assertEquals(change, roundTrip(change));
    }

    @Test
    void anUnknownSendersReplyKeepsItsNulls() throws JMSException {
        InboundView reply = new InboundView(42, null, null, "+12015550199", "+12015550100", "Who is this?", AT, null,
                null, "UNKNOWN_NUMBER", null);
        LiveChange change = new LiveChange.Event("server-a", new LiveEvent(Kind.REPLY,
                new Audience(false, null, Set.of()), AT, null, reply, null, null, null, null));

        assertEquals(change, roundTrip(change));
    }

    @Test
    void readMarksAndConsentChangesArriveWhole() throws JMSException {
        LiveChange read = new LiveChange.Event("server-b", new LiveEvent(Kind.READ, Audience.of(3L, 9L), AT, 7L,
                null, null, 0, 11L, null));
        ConsentEventView stop = new ConsentEventView(77, 5L, "+12015550123", ConsentScope.of(ConsentScope.Kind.POOL,
                3L, null), ConsentChoice.values()[0], ConsentSource.values()[0], "STOP", null, 41L, AT);
        LiveChange consent = new LiveChange.Event("server-b", new LiveEvent(Kind.CONSENT,
                new Audience(true, null, Set.of()), AT, null, null, null, null, null, stop));

        assertEquals(read, roundTrip(read));
        assertEquals(consent, roundTrip(consent));
    }

    @Test
    void anAssignmentArrivesWithWhoHasItAndWhoGaveIt() throws JMSException {
        LiveChange given = new LiveChange.Event("server-a", new LiveEvent(Kind.ASSIGNED, Audience.of(3L, null), AT,
                7L, null, null, null, 11L, null, 12L));
        LiveChange leftThePool = new LiveChange.Event("server-b", new LiveEvent(Kind.ASSIGNED, Audience.of(3L, null),
                AT, 7L, null, null, null, null, null, null));

        assertEquals(given, roundTrip(given));
        assertEquals(12L, ((LiveChange.Event) roundTrip(given)).event().aboutStaffUserId());
        assertEquals(leftThePool, roundTrip(leftThePool));
    }

    @Test
    void aMentionArrivesWithWhoWasNamedAndWhoWroteTheNote() throws JMSException {
        LiveChange mention = new LiveChange.Event("server-a", new LiveEvent(Kind.MENTION,
                new Audience(false, null, Set.of(12L)), AT, 7L, null, null, null, 11L, null, 12L));
        LiveChange note = new LiveChange.Event("server-a", new LiveEvent(Kind.NOTE, Audience.of(3L, null), AT, 7L,
                null, null, null, 11L, null, null));

        assertEquals(mention, roundTrip(mention));
        assertEquals(note, roundTrip(note));
    }

    @Test
    void anAccessChangeNamesTheUserAndPool() throws JMSException {
        LiveChange change = new LiveChange.AccessChanged("server-a", 11, 3);

        assertEquals(change, roundTrip(change));
    }

    @Test
    void textStatusesAreNotSentSinceEveryServerReadsThem() {
        LiveChange status = new LiveChange.Event("server-a", new LiveEvent(Kind.TEXT_STATUS, Audience.of(3L, null),
                AT, 7L, null, null, null, null, null));

        assertThrows(IllegalArgumentException.class, () -> CODEC.write(status, InMemoryMapMessage.create()));
    }
}
