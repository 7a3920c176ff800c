package org.campussms.conversation.application;

import java.time.Instant;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.pool.domain.SenderNumber;

/** The system's own answers to a keyword (an opt-out's confirmation, HELP), as inbound filing queues them. */
public interface AutomaticReplies {

    /**
     * Queues the reply from the number the contact texted, in the caller's transaction. Exempt from the consent
     * check: it answers a number that may just have opted out.
     */
    OutboundMessage queueReply(SenderNumber sender, Conversation conversation, Long personId, String text,
            Instant now);
}
