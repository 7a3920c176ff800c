package org.campussms.inbound.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Logger;
import org.campussms.inbound.application.InboundFilingService;
import org.campussms.inbound.domain.InboundSms;
import org.campussms.platform.JndiNames;

/**
 * Replies the inbound queue gave up on (the database away for longer than its redeliveries) are still ours: the
 * carrier had its 200. They are stored once the database is back; a failure rolls back and the dead-letter queue
 * redelivers a minute later, without end. Storing is idempotent by MessageSid.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.DEAD_LETTER_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "messageSelector",
                propertyValue = "JMSType = '" + InboundSmsCodec.JMS_TYPE + "'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
public class InboundDeadLetterConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(InboundDeadLetterConsumer.class.getName());

    @Inject
    private InboundFilingService inbound;

    @Override
    public void onMessage(Message message) {
        InboundSms sms = InboundSmsCodec.INSTANCE.decode(message);
        LOG.warning(() -> "Inbound SMS " + sms.messageSid() + " reached the dead-letter queue; storing it now");
        inbound.record(sms);
    }
}
