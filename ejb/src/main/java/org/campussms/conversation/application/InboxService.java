package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.infrastructure.ConversationStore;
import org.campussms.conversation.infrastructure.InboundMessageRepository;
import org.campussms.conversation.infrastructure.InboxQuery;
import org.campussms.conversation.infrastructure.OutboundMessageStore;
import org.campussms.email.application.EmailRecords;
import org.campussms.email.application.EmailView;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;

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
    private PoolLookup pools;

    @Inject
    private ConversationStore conversations;

    @Inject
    private InboxQuery inbox;

    @Inject
    private InboxRows rows;

    @Inject
    private ConversationAccess access;

    @Inject
    private Assignees assigneeNames;

    @Inject
    private OutboundMessageStore outboundMessages;

    @Inject
    private InboundMessageRepository inboundMessages;

    @Inject
    private EmailRecords emails;

    @Inject
    private Event<ReadStateChanged> readStates;

    @Inject
    private Clock clock;

    /**
     * The caller's inbox: conversations of the pools they may see (all, for institution admins) and of their
     * personal number, newest activity first.
     */
    public List<InboxRow> inbox(InboxFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_INBOX_PAGE) {
            throw DomainException.invalid("A page starts at 0 or later and has 1 to " + MAX_INBOX_PAGE + " entries");
        }
        checkFilter(filter);
        long me = identity.caller().getId();
        Map<Long, Pool> visible = visiblePools(me);
        return rows.of(inbox.page(visible.keySet(), me, filter, offset, limit), visible);
    }

    /**
     * A page of the caller's inbox, ready to show (names, pools, statuses), newest activity first, after
     * {@code cursor} (null: from the top).
     */
    public InboxPage inboxPage(InboxFilter filter, String cursor, int first) {
        if (first < 1 || first > MAX_INBOX_PAGE) {
            throw DomainException.invalid("A page has 1 to " + MAX_INBOX_PAGE + " conversations");
        }
        checkFilter(filter);
        long me = identity.caller().getId();
        Map<Long, Pool> visible = visiblePools(me);
        List<Conversation> page = inbox.pageAfter(visible.keySet(), me, filter, InboxCursor.read(cursor), first + 1);
        boolean more = page.size() > first;
        List<Conversation> shown = more ? page.subList(0, first) : page;
        return new InboxPage(rows.of(shown, visible), more ? InboxCursor.after(shown.get(shown.size() - 1)) : null);
    }

    /** The badges of the caller's inbox views: needing a reply and unread, in all, per pool, personal. */
    public InboxCounts counts() {
        long me = identity.caller().getId();
        Map<Long, Pool> visible = visiblePools(me);
        List<InboxQuery.Counts> counted = inbox.counts(visible.keySet(), me);
        Map<Long, InboxQuery.Counts> byPool = new HashMap<>();
        long needsReply = 0;
        long unread = 0;
        long mineUnread = 0;
        long unassignedNeedsReply = 0;
        InboxQuery.Counts personal = new InboxQuery.Counts(null, 0, 0, 0, 0);
        for (InboxQuery.Counts c : counted) {
            needsReply += c.needsReply();
            unread += c.unread();
            mineUnread += c.mineUnread();
            unassignedNeedsReply += c.unassignedNeedsReply();
            if (c.poolId() == null) {
                personal = c;
            } else {
                byPool.put(c.poolId(), c);
            }
        }
        List<InboxCounts.PoolCounts> pools = visible.values().stream()
                .sorted(Comparator.comparing(Pool::getName, String.CASE_INSENSITIVE_ORDER))
                .map(p -> {
                    InboxQuery.Counts c = byPool.getOrDefault(p.getId(),
                            new InboxQuery.Counts(p.getId(), 0, 0, 0, 0));
                    return new InboxCounts.PoolCounts(p.getId(), p.getName(), c.needsReply(), c.unread());
                })
                .toList();
        return new InboxCounts(needsReply, unread, personal.needsReply(), personal.unread(), mineUnread,
                unassignedNeedsReply, pools);
    }

    private Map<Long, Pool> visiblePools(long me) {
        return poolAccess.visiblePools().stream().collect(Collectors.toMap(Pool::getId, Function.identity()));
    }

    private void checkFilter(InboxFilter filter) {
        if (filter.direction() != null && !List.of("INBOUND", "OUTBOUND").contains(filter.direction())) {
            throw DomainException.invalid("Direction is INBOUND or OUTBOUND");
        }
        if (filter.poolId() != null) {
            poolAccess.requireMember(filter.poolId());
        }
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
                conversation.getUnreadCount(), assigneeNames.of(conversation.getAssigneeStaffUserId()), messages,
                emails.ofConversation(conversationId).stream().map(EmailView::of).toList(), replies);
    }

    /** The caller has read the conversation: its unread count goes back to 0. */
    public ConversationView markRead(long conversationId) {
        Conversation conversation = visibleConversation(conversationId);
        conversation.read();
        readStateChanged(conversation);
        return conversation(conversationId);
    }

    /** The caller wants the conversation looked at again: it counts as unread (one message) for everyone. */
    public ConversationView markUnread(long conversationId) {
        Conversation conversation = visibleConversation(conversationId);
        conversation.markUnread();
        readStateChanged(conversation);
        return conversation(conversationId);
    }

    private void readStateChanged(Conversation conversation) {
        readStates.fire(new ReadStateChanged(conversation.getId(), conversation.getPoolId(),
                conversation.getOwnerStaffUserId(), conversation.getUnreadCount(), identity.caller().getId(),
                clock.instant()));
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
        return access.requireVisible(conversationId);
    }
}
