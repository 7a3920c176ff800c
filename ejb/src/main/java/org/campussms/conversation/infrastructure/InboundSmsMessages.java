package org.campussms.conversation.infrastructure;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.time.Instant;
import org.campussms.conversation.domain.InboundSms;

/**
 * The JMS wire format of an inbound SMS: a MapMessage, so the queue holds no Java serialization.
 */
public final class InboundSmsMessages {

    private InboundSmsMessages() {
    }

    public static void write(InboundSms sms, MapMessage message) throws JMSException {
        message.setString("messageSid", sms.messageSid());
        message.setString("from", sms.from());
        message.setString("to", sms.to());
        message.setString("body", sms.body());
        message.setInt("numSegments", sms.numSegments());
        message.setString("optOutType", sms.optOutType());
        message.setLong("receivedAt", sms.receivedAt().toEpochMilli());
    }

    public static InboundSms read(Message message) throws JMSException {
        if (!(message instanceof MapMessage map)) {
            throw new IllegalArgumentException("Expected a MapMessage, got " + message.getClass().getName());
        }
        return new InboundSms(map.getString("messageSid"), map.getString("from"), map.getString("to"),
                map.getString("body"), map.getInt("numSegments"), map.getString("optOutType"), Instant.ofEpochMilli(map.getLong("receivedAt")));
    }
}
