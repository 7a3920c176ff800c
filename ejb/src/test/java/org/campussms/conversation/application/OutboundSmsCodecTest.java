package org.campussms.conversation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.campussms.conversation.application.OutboundSmsCodec.TextBatch;
import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.InMemoryMapMessage;
import org.junit.jupiter.api.Test;

class OutboundSmsCodecTest {

    private static final OutboundSmsCodec CODEC = OutboundSmsCodec.INSTANCE;
    private static final long SLOT = Instant.parse("2026-11-23T10:00:01.500Z").toEpochMilli();

    private static MapMessage written(TextBatch batch) throws JMSException {
        MapMessage message = InMemoryMapMessage.create();
        CODEC.write(batch, message);
        return message;
    }

    @Test
    void textsGoOnTheOutboundSmsQueue() {
        assertEquals(JndiNames.OUTBOUND_SMS_QUEUE, CODEC.queue());
        assertEquals("java:/jms/queue/OutboundSms", CODEC.queue());
    }

    @Test
    void aBatchGoesAsItsIdsInOrderInOnePropertyTypedForTheDeadLetterSelector() throws JMSException {
        MapMessage message = written(TextBatch.now(List.of(31L, 7L, 1200L)));

        assertEquals("OutboundSms", message.getJMSType(), "the dead-letter consumer selects JMSType = 'OutboundSms'");
        assertEquals(Set.of("messageIds"), Set.copyOf(Collections.list(message.getPropertyNames())));
        assertEquals("31,7,1200", message.getStringProperty("messageIds"));
        assertFalse(message.getMapNames().hasMoreElements(), "nothing in the map body");
    }

    @Test
    void aBatchReadsBackAsWritten() throws JMSException {
        TextBatch batch = TextBatch.now(List.of(31L, 7L, 1200L));

        assertEquals(batch, CODEC.read(written(batch)));
    }

    @Test
    void aTextPutBackCarriesTheSlotItReservedAndIsHeldBackByTheBroker() throws JMSException {
        TextBatch putBack = TextBatch.later(42L, SLOT, 1_500L);
        MapMessage message = written(putBack);

        assertEquals("42", message.getStringProperty("messageIds"));
        assertEquals(SLOT, message.getObjectProperty("slotEpochMillis"), "a long property");
        assertEquals(1_500L, CODEC.deliveryDelayMillis(putBack));
        assertEquals(new TextBatch(List.of(42L), SLOT, 0), CODEC.read(message),
                "the delay is the broker's business and does not travel with the message");
    }

    @Test
    void aTextPutBackWithoutASlotHasNoSlotProperty() throws JMSException {
        MapMessage message = written(TextBatch.later(42L, 0, 1_500L));

        assertFalse(message.propertyExists("slotEpochMillis"));
        assertEquals(0, CODEC.read(message).slotEpochMillis());
    }

    @Test
    void aBatchToHandOffNowIsDeliveredAtOnce() {
        assertEquals(0, CODEC.deliveryDelayMillis(TextBatch.now(List.of(1L))));
        assertEquals(0, CODEC.deliveryDelayMillis(TextBatch.later(1L, SLOT, -250L)), "a slot already past");
    }

    @Test
    void anEmptyOrMissingIdListReadsAsNoTexts() throws JMSException {
        MapMessage empty = written(TextBatch.now(List.of()));
        MapMessage blank = InMemoryMapMessage.create();
        blank.setStringProperty("messageIds", " ");

        assertEquals("", empty.getStringProperty("messageIds"));
        assertEquals(List.of(), CODEC.read(empty).messageIds());
        assertEquals(List.of(), CODEC.read(blank).messageIds());
        assertEquals(TextBatch.now(List.of()), CODEC.read(InMemoryMapMessage.create()));
    }

    @Test
    void idsWithSpacesAroundThemAreRead() throws JMSException {
        MapMessage message = InMemoryMapMessage.create();
        message.setStringProperty("messageIds", "5, 6 ,7");

        assertEquals(List.of(5L, 6L, 7L), CODEC.read(message).messageIds());
    }
}
