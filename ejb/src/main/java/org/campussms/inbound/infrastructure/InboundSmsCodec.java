package org.campussms.inbound.infrastructure;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.time.Instant;
import org.campussms.inbound.domain.InboundSms;
import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.QueueCodec;

/**
 * The inbound SMS queue: an SMS the webhook accepted but could not store at once, as map entries.
 */
public final class InboundSmsCodec implements QueueCodec<InboundSms> {

    /** Marks this queue's messages, e.g. for the dead-letter consumer's selector. */
    public static final String JMS_TYPE = "InboundSms";

    public static final InboundSmsCodec INSTANCE = new InboundSmsCodec();

    private InboundSmsCodec() {
    }

    @Override
    public String queue() {
        return JndiNames.INBOUND_SMS_QUEUE;
    }

    @Override
    public void write(InboundSms sms, MapMessage message) throws JMSException {
        message.setJMSType(JMS_TYPE);
        message.setString("messageSid", sms.messageSid());
        message.setString("from", sms.from());
        message.setString("to", sms.to());
        message.setString("body", sms.body());
        message.setInt("numSegments", sms.numSegments());
        message.setString("optOutType", sms.optOutType());
        message.setLong("receivedAt", sms.receivedAt().toEpochMilli());
    }

    @Override
    public InboundSms read(Message message) throws JMSException {
        if (!(message instanceof MapMessage map)) {
            throw new IllegalArgumentException("Expected a MapMessage, got " + message.getClass().getName());
        }
        return new InboundSms(map.getString("messageSid"), map.getString("from"), map.getString("to"),
                map.getString("body"), map.getInt("numSegments"), map.getString("optOutType"),
                Instant.ofEpochMilli(map.getLong("receivedAt")));
    }
}
