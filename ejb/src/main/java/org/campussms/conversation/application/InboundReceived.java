package org.campussms.conversation.application;

import java.util.Set;

/**
 * A new inbound message was filed in a conversation (fired in the storing transaction, observed after its commit).
 *
 * @param audience the staff users who may see the conversation besides institution admins: the pool's members or
 *                 the personal number's owner
 */
public record InboundReceived(InboundView message, Set<Long> audience) {

    public InboundReceived {
        audience = Set.copyOf(audience);
    }
}
