package org.campussms.conversation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.domain.InboundSms;
import org.campussms.conversation.infrastructure.InboundMessageRepository;

@Stateless
// Called by the queue consumer, which runs with no caller identity.
@PermitAll
public class InboundMessageService {

    private static final Logger LOG = Logger.getLogger(InboundMessageService.class.getName());

    @Inject
    private InboundMessageRepository messages;

    /**
     * Stores the SMS unless a message with its MessageSid is already stored (the carrier retries webhooks).
     * The unique key on message_sid is the last word when two deliveries race.
     */
    public void record(InboundSms sms) {
        if (messages.findBySid(sms.messageSid()).isPresent()) {
            LOG.fine(() -> "Inbound " + sms.messageSid() + " already stored");
            return;
        }
        messages.add(new InboundMessage(sms));
    }
}
