package org.campussms.inbound.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import org.campussms.inbound.domain.InboundSms;
import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.InMemoryMapMessage;
import org.junit.jupiter.api.Test;

class InboundSmsCodecTest {

    private static final InboundSmsCodec CODEC = InboundSmsCodec.INSTANCE;
    private static final String SID = "SM0123456789abcdef0123456789abcdef";
    private static final Instant RECEIVED = Instant.parse("2026-11-23T10:00:00.250Z");

    private static InboundSms sms(String body, String optOutType) {
        return new InboundSms(SID, "+12015550123", "+12015550100", body, 2, optOutType, RECEIVED);
    }

    private static MapMessage written(InboundSms sms) throws JMSException {
        MapMessage message = InMemoryMapMessage.create();
        CODEC.write(sms, message);
        return message;
    }

    @Test
    void smsGoOnTheInboundSmsQueueAtOnce() {
        assertEquals(JndiNames.INBOUND_SMS_QUEUE, CODEC.queue());
        assertEquals("java:/jms/queue/InboundSms", CODEC.queue());
        assertEquals(0, CODEC.deliveryDelayMillis(sms("STOP", "STOP")));
    }

    @Test
    void anSmsGoesAsMapEntriesWithoutPropertiesTypedForTheDeadLetterConsumer() throws JMSException {
        MapMessage message = written(sms("Can we move my appointment?", "HELP"));

        assertEquals(Set.of("messageSid", "from", "to", "body", "numSegments", "optOutType", "receivedAt"),
                Set.copyOf(Collections.list(message.getMapNames())));
        assertEquals(SID, message.getString("messageSid"));
        assertEquals("+12015550123", message.getString("from"));
        assertEquals("+12015550100", message.getString("to"));
        assertEquals("Can we move my appointment?", message.getString("body"));
        assertEquals(2, message.getObject("numSegments"), "an int entry");
        assertEquals("HELP", message.getString("optOutType"));
        assertEquals(RECEIVED.toEpochMilli(), message.getObject("receivedAt"), "a long entry, epoch milliseconds");
        assertFalse(message.getPropertyNames().hasMoreElements());
        assertEquals("InboundSms", message.getJMSType());
    }

    @Test
    void anSmsReadsBackAsWritten() throws JMSException {
        InboundSms sms = sms("STOP", "STOP");

        assertEquals(sms, CODEC.read(written(sms)));
    }

    @Test
    void anSmsWithoutOptOutTypeOrTextReadsBackWithoutThem() throws JMSException {
        MapMessage message = written(sms(null, null));

        assertTrue(message.itemExists("optOutType"));
        InboundSms read = CODEC.read(message);
        assertNull(read.optOutType());
        assertEquals("", read.body(), "an MMS without text");
    }

    @Test
    void theTimeItWasReceivedTravelsToTheMillisecond() throws JMSException {
        InboundSms sms = new InboundSms(SID, "+12015550123", "+12015550100", "hi", 1, null,
                Instant.parse("2026-11-23T10:00:00.250999Z"));

        assertEquals(RECEIVED, CODEC.read(written(sms)).receivedAt());
    }

    @Test
    void aMessageThatIsNotAMapMessageIsRefused() {
        Message text = (Message) Proxy.newProxyInstance(Message.class.getClassLoader(), new Class<?>[] {Message.class},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CODEC.read(text));
        assertTrue(e.getMessage().startsWith("Expected a MapMessage, got "), e.getMessage());
    }
}
