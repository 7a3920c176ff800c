package org.campussms.conversation.application;

import java.time.Instant;
import java.util.List;
import org.campussms.conversation.domain.InboundMessage;

/**
 * A message from a contact as staff see it, with where it was filed and why.
 *
 * @param personIds the people who have the From number on file: one, several candidates, or none (unknown contact)
 */
public record InboundView(long id, Long conversationId, Long poolId, String from, String to, String body,
        Instant receivedAt, String contactMatch, List<Long> personIds, String routingReason, String consentAction) {

    public static InboundView of(InboundMessage m) {
        return new InboundView(m.getId(), m.getConversationId(), m.getPoolId(), m.getFromNumber(), m.getToNumber(),
                m.getBody(), m.getReceivedAt(), m.getContactMatch() == null ? null : m.getContactMatch().name(),
                m.getCandidatePersonIds(), m.getRoutingReason(), m.getConsentAction());
    }
}
