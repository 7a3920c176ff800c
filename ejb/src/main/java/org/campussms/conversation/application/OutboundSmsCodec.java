package org.campussms.conversation.application;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.campussms.platform.JndiNames;
import org.campussms.platform.jms.QueueCodec;

/**
 * The outbound SMS queue: each entry names stored texts to hand to the carrier, by id (the texts themselves stay in
 * the database), and, when it was put back to wait for its sender's rate limit, the slot it reserved.
 */
public final class OutboundSmsCodec implements QueueCodec<OutboundSmsCodec.TextBatch> {

    public static final OutboundSmsCodec INSTANCE = new OutboundSmsCodec();
    /** Marks this queue's messages, e.g. for the dead-letter consumer's selector. */
    public static final String JMS_TYPE = "OutboundSms";
    static final String MESSAGE_IDS = "messageIds";
    static final String SLOT = "slotEpochMillis";

    /**
     * Texts to hand off, in this order.
     *
     * @param slotEpochMillis the rate-limit slot a text put back reserved (a single text), or 0 for none yet
     * @param delayMillis     how long the broker holds the entry back
     */
    public record TextBatch(List<Long> messageIds, long slotEpochMillis, long delayMillis) {

        public TextBatch {
            messageIds = List.copyOf(messageIds);
        }

        /** Texts to hand off as soon as a consumer is free. */
        public static TextBatch now(List<Long> messageIds) {
            return new TextBatch(messageIds, 0, 0);
        }

        /** Texts the carrier could not take, to be tried again after {@code delayMillis}. */
        public static TextBatch retry(List<Long> messageIds, long delayMillis) {
            return new TextBatch(messageIds, 0, Math.max(0, delayMillis));
        }

        /** One text put back, delivered again after {@code delayMillis}, with the slot it reserved (0: none). */
        public static TextBatch later(long messageId, long slotEpochMillis, long delayMillis) {
            return new TextBatch(List.of(messageId), slotEpochMillis, Math.max(0, delayMillis));
        }
    }

    private OutboundSmsCodec() {
    }

    @Override
    public String queue() {
        return JndiNames.OUTBOUND_SMS_QUEUE;
    }

    @Override
    public void write(TextBatch batch, MapMessage message) throws JMSException {
        message.setJMSType(JMS_TYPE);
        message.setStringProperty(MESSAGE_IDS, batch.messageIds().stream().map(String::valueOf)
                .collect(Collectors.joining(",")));
        if (batch.slotEpochMillis() > 0) {
            message.setLongProperty(SLOT, batch.slotEpochMillis());
        }
    }

    @Override
    public TextBatch read(Message message) throws JMSException {
        String ids = message.getStringProperty(MESSAGE_IDS);
        List<Long> messageIds = ids == null || ids.isBlank() ? List.of()
                : Arrays.stream(ids.split(",")).map(String::trim).map(Long::valueOf).toList();
        long slot = message.propertyExists(SLOT) ? message.getLongProperty(SLOT) : 0;
        return new TextBatch(messageIds, slot, 0);
    }

    @Override
    public long deliveryDelayMillis(TextBatch batch) {
        return batch.delayMillis();
    }
}
