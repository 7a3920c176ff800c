package org.campussms.api.graphql;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.campussms.conversation.application.InboxFeed;
import org.campussms.conversation.application.InboxFilter;
import org.campussms.conversation.application.InboxService;
import org.campussms.conversation.application.MessagingService;
import org.campussms.conversation.application.SendCommand;
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

    /** The most events held for one subscriber that is not reading. */
    static final int LIVE_BUFFER = 256;

    @Inject
    private MessagingService messaging;

    @Inject
    private InboxService inbox;

    @Inject
    private InboxFeed feed;

    @Inject
    private SubscriptionTickets tickets;

    @Mutation("sendMessage")
    @Description("Texts a person from a pool the caller is a member of (poolId), or from the caller's personal "
            + "number (personal: true; the first time, one is bought, and the message waits for it). Returns at "
            + "once with the message QUEUED; delivery is asynchronous. recordType chooses which of the person's "
            + "mobiles to text.")
    @NonNull
    public OutboundMessage sendMessage(@Id String poolId, @DefaultValue("false") boolean personal,
            @Id @NonNull String personId, RecordType recordType, @NonNull String body) {
        if ((poolId == null) != personal) {
            throw DomainException.invalid("Send either from a pool (poolId) or from your personal number "
                    + "(personal: true)");
        }
        return OutboundMessage.of(messaging.sendMessage(new SendCommand(
                poolId == null ? null : Ids.parse(poolId, "Pool"), Ids.parse(personId, "Person"),
                recordType == null ? null : recordType.toDomain(), body)));
    }

    @Query("conversations")
    @Description("The inbox: conversations of the caller's pools and personal number, newest activity first.")
    @NonNull
    public List<@NonNull InboxConversation> conversations(InboxFilterInput filter, @DefaultValue("0") int offset,
            @DefaultValue("50") int limit) {
        return inbox.inbox(filter == null ? InboxFilter.none() : filter.toFilter(), offset, limit).stream()
                .map(InboxConversation::of).toList();
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

    @Subscription("inboundMessages")
    @Description("New inbound messages, live, of every conversation the subscriber may see (their pools, their "
            + "personal number; all for institution admins). ticket: from subscriptionTicket.")
    public Multi<InboundMessage> inboundMessages(@NonNull String ticket) {
        SubscriptionTickets.Holder holder = tickets.verify(ticket)
                .orElseThrow(() -> new ApiError.Forbidden("The subscription ticket is invalid or expired"));
        return Multi.createFrom().<InboundMessage>emitter(emitter -> {
            Runnable stop = feed.listen(new InboxFeed.Listener(holder.staffUserId(), holder.institutionAdmin(),
                    view -> emitter.emit(InboundMessage.of(view))));
            emitter.onTermination(stop);
        }, BackPressureStrategy.BUFFER)
                // A subscriber that stops reading is dropped (it resubscribes and reloads) rather than buffered for.
                .onOverflow().buffer(LIVE_BUFFER);
    }

    @Query("conversation")
    @Description("A conversation with its messages in order, for members of its pool.")
    @NonNull
    public Conversation conversation(@Id @NonNull String id) {
        return Conversation.of(inbox.conversation(Ids.parse(id, "Conversation")));
    }
}
