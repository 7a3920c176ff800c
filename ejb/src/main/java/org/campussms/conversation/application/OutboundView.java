package org.campussms.conversation.application;

import java.time.Instant;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.OutboundMessage;

/**
 * An outgoing message as staff see it.
 */
public record OutboundView(long id, long conversationId, Long poolId, String from, String to, String body,
        String sentText, boolean footerAppended, int segments, String encoding, MessageStatus status,
        Integer errorCode, String errorMessage, Instant createdAt) {

    public static OutboundView of(OutboundMessage m) {
        return new OutboundView(m.getId(), m.getConversationId(), m.getPoolId(),
                m.getSender() == null ? null : m.getSender().e164(),
                m.getTo().e164(), m.getBody(), m.getSentText(), m.isFooterAppended(), m.getSegments(),
                m.getEncoding().name(), m.getStatus(), m.getErrorCode(), m.getErrorMessage(), m.getCreatedAt());
    }
}
