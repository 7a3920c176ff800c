package org.campussms.conversation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Queue;
import org.campussms.consent.domain.ConsentKeywords;
import org.campussms.conversation.domain.InboundSms;
import org.campussms.conversation.infrastructure.InboundSmsMessages;
import org.campussms.platform.JndiNames;

/**
 * Accepts an inbound SMS from the webhook and queues it, so the carrier gets its answer at once and the work of
 * storing and routing happens behind the queue (with redelivery if it fails). Keywords are the exception.
 */
@Stateless
// Twilio is no signed-in user: the webhook authenticates it by signature before calling.
@PermitAll
public class InboundSmsIntake {

    @Inject
    private JMSContext jms;

    @Resource(lookup = JndiNames.INBOUND_SMS_QUEUE)
    private Queue inboundQueue;

    @Inject
    private InboundMessageService inbound;

    /**
     * Queues the SMS; a consent keyword (STOP, START, HELP...) is filed at once instead, in this transaction, so an
     * opt-out is in force before the carrier has our answer.
     */
    public void accept(InboundSms sms) {
        if (ConsentKeywords.read(sms.body(), sms.optOutType()).isPresent()) {
            inbound.record(sms);
            return;
        }
        MapMessage message = jms.createMapMessage();
        try {
            InboundSmsMessages.write(sms, message);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot build the JMS message for " + sms.messageSid(), e);
        }
        jms.createProducer().send(inboundQueue, message);
    }
}
