package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.campussms.conversation.domain.Conversation;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.pool.application.PoolLookup;

/**
 * Who has a pool's conversation: at most one of its members. Anyone who sees the conversation may give it to a
 * member or to nobody ({@link AutomaticAssignment} gives it to a member who answers it).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class AssignmentService {

    @Inject
    private IdentityService identity;

    @Inject
    private ConversationAccess access;

    @Inject
    private PoolLookup pools;

    @Inject
    private Event<AssignmentChanged> changes;

    @Inject
    private Clock clock;

    /**
     * Gives the conversation to {@code assigneeStaffUserId}, a member of its pool, or to nobody (null).
     *
     * @return the conversation's id
     */
    public long assign(long conversationId, Long assigneeStaffUserId) {
        Conversation conversation = access.requireVisible(conversationId);
        if (assigneeStaffUserId != null && conversation.getPoolId() != null
                && pools.findMember(conversation.getPoolId(), assigneeStaffUserId).isEmpty()) {
            throw DomainException.invalid("Staff user " + assigneeStaffUserId + " is not a member of the "
                    + "conversation's pool");
        }
        Instant now = clock.instant();
        if (conversation.assign(assigneeStaffUserId, now)) {
            changes.fire(new AssignmentChanged(conversationId, conversation.getPoolId(), assigneeStaffUserId,
                    identity.caller().getId(), now));
        }
        return conversationId;
    }
}
