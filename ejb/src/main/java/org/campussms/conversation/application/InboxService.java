package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.infrastructure.ConversationStore;
import org.campussms.conversation.infrastructure.InboundMessageRepository;
import org.campussms.conversation.infrastructure.InboxQuery;
import org.campussms.conversation.infrastructure.OutboundMessageStore;
import org.campussms.email.application.EmailView;
import org.campussms.email.infrastructure.EmailRepository;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.infrastructure.PoolRepository;

/**
 * Reading conversations: the inbox, one conversation with its messages, and where a reply was filed. A
 * conversation is for the members of its pool, the owner of its personal number, and institution admins (who see
 * all traffic).
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class InboxService {

    public static final int MAX_INBOX_PAGE = 100;

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private PoolRepository pools;

    @Inject
    private ConversationStore conversations;

    @Inject
    private InboxQuery inbox;

    @Inject
    private OutboundMessageStore outboundMessages;

    @Inject
    private InboundMessageRepository inboundMessages;

    @Inject
    private EmailRepository emails;

    /**
     * The caller's inbox: conversations of the pools they may see (all, for institution admins) and of their
     * personal number, newest activity first.
     */
    public List<InboxEntry> inbox(InboxFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_INBOX_PAGE) {
            throw DomainException.invalid("A page starts at 0 or later and has 1 to " + MAX_INBOX_PAGE + " entries");
        }
        if (filter.direction() != null && !List.of("INBOUND", "OUTBOUND").contains(filter.direction())) {
            throw DomainException.invalid("Direction is INBOUND or OUTBOUND");
        }
        if (filter.poolId() != null) {
            poolAccess.requireMember(filter.poolId());
        }
        long me = identity.caller().getId();
        List<Long> poolIds = (identity.callerIsInstitutionAdmin() ? pools.findAll() : pools.findByMember(me))
                .stream().map(Pool::getId).toList();
        return inbox.page(poolIds, me, filter, offset, limit).stream()
                .map(c -> new InboxEntry(c.getId(), c.getPoolId(), c.getOwnerStaffUserId() != null,
                        c.getContact().e164(), c.getPersonId(), c.getLastActivityAt(), c.getLastPreview(),
                        c.getLastDirection(), c.getUnreadCount()))
                .toList();
    }

    /** A conversation with its messages in order. */
    public ConversationView conversation(long conversationId) {
        Conversation conversation = visibleConversation(conversationId);
        List<OutboundView> messages = outboundMessages.ofConversation(conversationId).stream().map(OutboundView::of)
                .toList();
        List<InboundView> replies = inboundMessages.ofConversation(conversationId).stream().map(InboundView::of)
                .toList();
        String ourNumber = pools.findSender(conversation.getSenderNumberId())
                .map(n -> n.getNumber() == null ? null : n.getNumber().e164()).orElse(null);
        return new ConversationView(conversation.getId(), conversation.getPoolId(), ourNumber,
                conversation.getContact().e164(), conversation.getPersonId(), conversation.getLastActivityAt(),
                conversation.getUnreadCount(), messages,
                emails.ofConversation(conversationId).stream().map(EmailView::of).toList(), replies);
    }

    /** The caller has read the conversation: its unread count goes back to 0. */
    public ConversationView markRead(long conversationId) {
        visibleConversation(conversationId).read();
        return conversation(conversationId);
    }

    /**
     * One inbound message, with where it was filed and why, for those who may see its conversation. A message
     * that reached none of our numbers' owners is for institution admins only.
     */
    public InboundView inboundMessage(long id) {
        InboundMessage message = inboundMessages.find(id)
                .orElseThrow(() -> DomainException.forbidden("You cannot see inbound message " + id));
        if (message.getConversationId() != null) {
            visibleConversation(message.getConversationId());
        } else {
            identity.requireInstitutionAdmin();
        }
        return InboundView.of(message);
    }

    private Conversation visibleConversation(long conversationId) {
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
