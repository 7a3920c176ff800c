package org.campussms.inbound.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.campussms.consent.application.ConsentOutcome;
import org.campussms.consent.application.ConsentService;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.conversation.application.AutomaticReplies;
import org.campussms.conversation.application.Conversations;
import org.campussms.conversation.application.InboundMessages;
import org.campussms.conversation.application.InboundReceived;
import org.campussms.conversation.application.InboundView;
import org.campussms.conversation.domain.ConversationKey;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.domain.IncomingActivity;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.application.PeopleLookup.PhoneOwner;
import org.campussms.inbound.application.InboundRouting.Batch;
import org.campussms.inbound.application.InboundRouting.Filing;
import org.campussms.inbound.domain.InboundSms;
import org.campussms.platform.PhoneNumber;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.application.PoolLookup.ReceivingNumber;

/**
 * Files inbound SMS in a JTA transaction: stores each once per MessageSid, routes it (the To number to its pool or
 * staff owner, the From number to the people who have it on file), applies consent keywords, queues the automatic
 * reply, and announces it to the live inbox after commit. All in one transaction, with the queue: a failure leaves
 * nothing half-done. The way for what {@link InboundBatchFiling} leaves: keywords, repeats, failed batches, and the
 * SMS queued when the database was away.
 */
@Stateless
// Called by the queue consumer and the webhook: Twilio is no signed-in user, it was authenticated by signature.
@PermitAll
public class InboundFilingService {

    private static final Logger LOG = Logger.getLogger(InboundFilingService.class.getName());

    @Inject
    private InboundMessages messages;

    @Inject
    private PoolLookup pools;

    @Inject
    private PeopleLookup people;

    @Inject
    private Conversations conversations;

    @Inject
    private ConsentService consent;

    @Inject
    private AutomaticReplies replies;

    @Inject
    private Event<InboundReceived> received;

    @Inject
    private Clock clock;

    /**
     * Records the SMS unless a message with its MessageSid is already stored (the carrier retries webhooks).
     */
    public void record(InboundSms sms) {
        recordAll(List.of(sms));
    }

    /**
     * Records these SMS, in this order, in one transaction, leaving out those whose MessageSid is stored already.
     * The webhook's batches that {@link InboundBatchFiling} leaves (a keyword, a repeat, a failure) come this way
     * (see {@link InboundGroupCommit}): the statements are per batch (per
     * number and pool for senders and conversations), not per message. Each message is routed before it is stored,
     * and stored routed, in one statement for the batch; what follows from it (the conversation's activity, consent
     * keywords, the live inbox) only for the messages that were new.
     */
    public void recordAll(List<InboundSms> batch) {
        Collection<InboundSms> distinct = InboundRouting.distinct(batch);
        Batch routed = InboundRouting.route(distinct,
                pools.findReceivingNumbers(InboundRouting.receivingNumbers(distinct)));
        if (!routed.filings().isEmpty()) {
            route(routed.filings());
        }
        Set<InboundMessage> stored = Collections.newSetFromMap(new IdentityHashMap<>());
        stored.addAll(messages.addAllIfNew(routed.messages()));
        if (stored.size() < routed.messages().size()) {
            LOG.fine(() -> (routed.messages().size() - stored.size()) + " inbound SMS already stored");
        }
        InboundRouting.warnOfStrangers(stored);
        List<Filing> filed = routed.filings().stream().filter(f -> stored.contains(f.message())).toList();
        Map<Long, IncomingActivity> activity = new LinkedHashMap<>();
        for (Filing filing : filed) {
            InboundMessage message = filing.message();
            activity.computeIfAbsent(message.getConversationId(), id -> new IncomingActivity(id,
                    filing.to().senderNumberId(), filing.from()))
                    .add(filing.sms().body(), message.getPersonId(), filing.sms().receivedAt());
        }
        // Before the keywords: a reply then follows the message it answers in the conversation's activity.
        conversations.applyIncomingActivity(activity.values());
        filed.forEach(this::file);
    }

    /**
     * Routes the messages of these filings: to their conversations (created where new, and locked), with the
     * people who have the From number on file and the reason in words.
     */
    private void route(List<Filing> filings) {
        Map<PhoneNumber, List<PhoneOwner>> owners = people.ownersOf(InboundRouting.senders(filings));
        Map<ConversationKey, Long> conversationIds = lockOrCreateConversations(filings);
        for (Filing filing : filings) {
            filing.route(conversationIds.get(filing.conversationKey()),
                    owners.getOrDefault(filing.from(), List.of()));
        }
    }

    /**
     * What a new message does besides its conversation's activity: consent keywords and their reply, the live
     * inbox.
     */
    private void file(Filing filing) {
        InboundMessage message = filing.message();
        InboundSms sms = filing.sms();
        ReceivingNumber to = filing.to();
        ConsentScope scope = to.poolId() != null ? ConsentScope.pool(to.poolId())
                : ConsentScope.personalNumber(to.senderNumberId());
        ConsentOutcome outcome = consent.applyInbound(filing.from(), scope, sms.body(), sms.optOutType(),
                message.getId(), sms.receivedAt());
        if (outcome.kind() != ConsentOutcome.Kind.NONE) {
            messages.consentApplied(message, outcome.kind().name());
        }
        outcome.reply().ifPresent(text -> replies.queueReply(pools.findSender(to.senderNumberId()).orElseThrow(),
                conversations.find(message.getConversationId()).orElseThrow(), message.getPersonId(), text,
                clock.instant()));
        received.fire(new InboundReceived(InboundView.of(message), filing.audience()));
    }

    /**
     * The ids of the conversations of these filings, created where new and locked: one round per sender number, in
     * number order (as every other locker of conversations goes through the unique key in its order, two of them
     * never wait for each other in a circle).
     */
    private Map<ConversationKey, Long> lockOrCreateConversations(List<Filing> filings) {
        Map<Long, List<Filing>> bySender = new TreeMap<>();
        filings.forEach(f -> bySender.computeIfAbsent(f.to().senderNumberId(), id -> new ArrayList<>()).add(f));
        Map<ConversationKey, Long> found = new HashMap<>();
        bySender.forEach((senderId, ofSender) -> {
            ReceivingNumber to = ofSender.get(0).to();
            List<ConversationKey> keys = ofSender.stream().map(Filing::from).distinct()
                    .sorted(Comparator.comparing(PhoneNumber::e164))
                    .map(from -> new ConversationKey(senderId, from)).toList();
            found.putAll(conversations.lockOrCreateIds(keys, to.poolId(), to.staffUserId(),
                    ofSender.get(0).sms().receivedAt()));
        });
        return found;
    }
}
