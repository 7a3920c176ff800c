package org.campussms.api.graphql;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.campussms.conversation.application.InboxFilter;
import org.campussms.conversation.application.InboxService;
import org.campussms.conversation.application.MessagePreviews;
import org.campussms.conversation.application.MessagingService;
import org.campussms.conversation.application.SendCommand;
import org.campussms.conversation.application.TimelineService;
import org.campussms.live.application.LiveAccess;
import org.campussms.live.application.LiveConnection;
import org.campussms.live.application.LiveFeed;
import org.campussms.platform.DomainException;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class MessagingApi {

    @Inject
    private MessagingService messaging;

    @Inject
    private InboxService inbox;

    @Inject
    private TimelineService timelines;

    @Inject
    private MessagePreviews previews;

    @Inject
    private LiveFeed feed;

    @Inject
    private LiveAccess access;

    @Inject
    private LiveSubscriptions live;

    @Mutation("sendMessage")
    @Description("Texts a person from a pool the caller is a member of (poolId), or from the caller's personal "
            + "number (personal: true; the first time, one is bought, and the message waits for it). Returns at "
            + "once with the message QUEUED; delivery is asynchronous. recordType chooses which of the person's "
            + "mobiles to text.")
    @NonNull
    public OutboundMessage sendMessage(@Id String poolId, @DefaultValue("false") boolean personal,
            @Id @NonNull String personId, RecordType recordType, @NonNull String body) {
        return OutboundMessage.of(messaging.sendMessage(command(poolId, personal, personId, recordType, body)));
    }

    private static SendCommand command(String poolId, boolean personal, String personId, RecordType recordType,
            String body) {
        if ((poolId == null) != personal) {
            throw DomainException.invalid("Send either from a pool (poolId) or from your personal number "
                    + "(personal: true)");
        }
        return new SendCommand(poolId == null ? null : Ids.parse(poolId, "Pool"), Ids.parse(personId, "Person"),
                recordType == null ? null : recordType.toDomain(), body);
    }

    @Query("previewMessage")
    @Description("What sendMessage would do with these arguments, without sending: the exact text the carrier "
            + "would get (footer included when due), its segments and encoding, and whether it would go as a text "
            + "or as an email, and why. Refused as sendMessage would be (access, unknown person, too long).")
    @NonNull
    public MessagePreviewType previewMessage(@Id String poolId, @DefaultValue("false") boolean personal,
            @Id @NonNull String personId, RecordType recordType, @NonNull String body) {
        return MessagePreviewType.of(previews.preview(command(poolId, personal, personId, recordType, body)));
    }

    @Query("conversations")
    @Description("The inbox by offset: conversations of the caller's pools and personal number, newest activity "
            + "first. inbox(first, after) pages by cursor, which stays put while new activity arrives.")
    @NonNull
    public List<@NonNull InboxConversation> conversations(InboxFilterInput filter, @DefaultValue("0") int offset,
            @DefaultValue("50") int limit) {
        return inbox.inbox(filter == null ? InboxFilter.none() : filter.toFilter(), offset, limit).stream()
                .map(InboxConversation::of).toList();
    }

    @Query("inbox")
    @Description("The inbox, ready to show: conversations of the caller's pools and personal number (all pools for "
            + "institution admins), newest activity first, with the contact's name, kind and external ids, the "
            + "pool's name and the last message's status; first up to 100, after: a nextCursor.")
    @NonNull
    public InboxTypes.Page inbox(InboxFilterInput filter, @DefaultValue("50") int first, String after) {
        return InboxTypes.Page.of(inbox.inboxPage(filter == null ? InboxFilter.none() : filter.toFilter(), after,
                first));
    }

    @Query("inboxCounts")
    @Description("The badges of the inbox's views: needing a reply and unread, in all, per pool, personal.")
    @NonNull
    public InboxTypes.Counts inboxCounts() {
        return InboxTypes.Counts.of(inbox.counts());
    }

    @Mutation("markConversationRead")
    @Description("The caller has read the conversation: its unread count goes back to 0.")
    @NonNull
    public Conversation markConversationRead(@Id @NonNull String id) {
        return Conversation.of(inbox.markRead(Ids.parse(id, "Conversation")));
    }

    @Query("inboundMessage")
    @Description("One inbound message with its routing: which number matched which pool or staff user, and who "
            + "the sender is on file as.")
    @NonNull
    public InboundMessage inboundMessage(@Id @NonNull String id) {
        return InboundMessage.of(inbox.inboundMessage(Ids.parse(id, "Inbound message")));
    }

    @Subscription("inboxEvents")
    @Description("What changes in everything the subscriber may see (their pools and personal number; all for "
            + "institution admins), live: new replies, texts' new statuses (bulk sends' texts aside: follow "
            + "bulkSendProgress), conversations marked read or unread, consent changes. Needs a ticket in "
            + "connection_init's payload (see subscriptionTicket). Ends with SUBSCRIBE_AGAIN when the sign-in ends or "
            + "the subscriber's pool access changes.")
    public Multi<InboxEvent> inboxEvents() {
        LiveConnection holder = live.subscriber();
        Set<Long> poolIds = access.poolIdsOf(holder.staffUserId());
        return live.open(holder, emitter -> feed.listen(new LiveFeed.Listener(holder.staffUserId(),
                holder.institutionAdmin(), poolIds, event -> emitter.emit(InboxEvent.of(event)),
                reason -> LiveSubscriptions.fail(emitter, new ApiError.SubscribeAgain(reason)))));
    }

    @Mutation("markConversationUnread")
    @Description("Marks the conversation unread for everyone who sees it (an unread count of at least 1), to come "
            + "back to it.")
    @NonNull
    public Conversation markConversationUnread(@Id @NonNull String id) {
        return Conversation.of(inbox.markUnread(Ids.parse(id, "Conversation")));
    }

    @Query("conversationTimeline")
    @Description("A conversation's thread: texts (with who sent them), replies, emails sent instead and the "
            + "contact's consent events, in order; the newest `last` (up to 100) before `before` (an olderCursor; "
            + "null: the newest).")
    @NonNull
    public TimelineTypes.Page conversationTimeline(@Id @NonNull String id, @DefaultValue("50") int last,
            String before) {
        return TimelineTypes.Page.of(timelines.conversation(Ids.parse(id, "Conversation"), before, last));
    }

    @Query("personTimeline")
    @Description("Everything with a person across the pools and personal number the caller may see, and their "
            + "consent events, as one thread; paged like conversationTimeline.")
    @NonNull
    public TimelineTypes.Page personTimeline(@Id @NonNull String personId, @DefaultValue("50") int last,
            String before) {
        return TimelineTypes.Page.of(timelines.person(Ids.parse(personId, "Person"), before, last));
    }

    @Query("conversation")
    @Description("A conversation with its messages in order, for members of its pool.")
    @NonNull
    public Conversation conversation(@Id @NonNull String id) {
        return Conversation.of(inbox.conversation(Ids.parse(id, "Conversation")));
    }
}
