package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.infrastructure.ConversationStore;
import org.campussms.identity.application.IdentityService;
import org.campussms.platform.DomainException;
import org.campussms.pool.application.PoolAccessPolicy;

/**
 * Who may see a conversation: the members of its pool, the owner of its personal number, and institution admins.
 * To anyone else an unknown conversation and a forbidden one look alike.
 */
@ApplicationScoped
class ConversationAccess {

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private ConversationStore conversations;

    Conversation requireVisible(long conversationId) {
        Conversation conversation = conversations.find(conversationId)
                .orElseThrow(() -> DomainException.forbidden("You cannot see conversation " + conversationId));
        if (conversation.getPoolId() != null) {
            poolAccess.requireMember(conversation.getPoolId());
        } else if (!identity.callerIsInstitutionAdmin()
                && !Objects.equals(conversation.getOwnerStaffUserId(), identity.caller().getId())) {
            throw DomainException.forbidden("You cannot see conversation " + conversationId);
        }
        return conversation;
    }
}
