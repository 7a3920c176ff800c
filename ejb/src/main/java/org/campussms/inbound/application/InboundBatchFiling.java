package org.campussms.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campussms.consent.domain.ConsentKeywords;
import org.campussms.conversation.application.Conversations;
import org.campussms.conversation.application.Conversations.Arrival;
import org.campussms.conversation.application.InboundMessages;
import org.campussms.conversation.application.InboundReceived;
import org.campussms.conversation.application.InboundView;
import org.campussms.conversation.domain.ConversationKey;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.domain.IncomingActivity;
import org.campussms.directory.application.PeopleLookup.PhoneOwner;
import org.campussms.inbound.application.InboundRouting.Batch;
import org.campussms.inbound.application.InboundRouting.Filing;
import org.campussms.inbound.domain.InboundSms;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.LocalTransactions;
import org.campussms.platform.persistence.NonJtaConnection;
import org.campussms.platform.persistence.Sql;

/**
 * Stores the usual batch of the webhook's group commit ({@link InboundGroupCommit}): new messages, none of them a
 * consent keyword. In a database transaction of the batch writer's own connection ({@link NonJtaConnection}), in up
 * to four statements and a commit: the numbers, the senders' people (both only where {@link InboundRoutingCache}
 * does not have them yet), the conversations created or updated with their activity (as if every message were new),
 * the messages. When one was not new (the carrier retried it), the batch is rolled back and left to
 * {@link InboundFilingService#recordAll}, which checks first and costs more; so are batches with a keyword (their
 * consent change, reply and message belong in one transaction with the queue) and batches that failed.
 */
@ApplicationScoped
public class InboundBatchFiling {

    private static final Logger LOG = Logger.getLogger(InboundBatchFiling.class.getName());
    /** About 6 MiB of conversation ids at most: more contacts than a campus's pools and personal numbers text. */
    private static final int KNOWN_CONVERSATIONS = 50_000;

    @Inject
    private LocalTransactions localTransactions;

    @Inject
    private InboundRoutingCache routingData;

    @Inject
    private Conversations conversations;

    @Inject
    private InboundMessages messages;

    @Inject
    private Event<InboundReceived> received;

    /**
     * Committed conversations' ids, for {@link Conversations#lockOrCreateIdsWithActivity} (a conversation keeps
     * its id, and ids are not reused). Forgotten all at once when full or when a batch failed: a conversation not
     * remembered is found by its unique key instead, which is slower, never wrong.
     */
    private final Map<ConversationKey, Long> knownConversations = new ConcurrentHashMap<>();

    private void remember(Map<ConversationKey, Long> committed) {
        if (knownConversations.size() + committed.size() > KNOWN_CONVERSATIONS) {
            knownConversations.clear();
        }
        knownConversations.putAll(committed);
    }

    /** What a batch stored: its filings, its messages, and its conversations' ids. */
    private record Stored(List<Filing> filings, List<InboundMessage> messages,
            Map<ConversationKey, Long> conversationIds) {
    }

    /** A writer's session: one connection, kept between batches, outside any JTA transaction. */
    public Session open() {
        return new Session(localTransactions.open("inbound SMS batches"));
    }

    public final class Session implements AutoCloseable {

        private final NonJtaConnection connection;

        private Session(NonJtaConnection connection) {
            this.connection = connection;
        }

        /**
         * Stores the batch and announces it to the live inbox, or stores nothing of it.
         *
         * @return true when it is stored; false when it is not for this way (a consent keyword, a MessageSid stored
         *         before) or failed, and nothing of it is stored
         */
        public boolean file(List<InboundSms> batch) {
            if (batch.stream().anyMatch(sms -> ConsentKeywords.read(sms.body(), sms.optOutType()).isPresent())) {
                return false;
            }
            Collection<InboundSms> distinct = InboundRouting.distinct(batch);
            Optional<Stored> stored;
            try {
                stored = connection.inTransaction(sql -> store(sql, distinct));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e, () -> "A batch of " + batch.size() + " inbound SMS failed; filed again");
                knownConversations.clear();
                return false;
            }
            if (stored.isEmpty()) {
                return false;
            }
            remember(stored.get().conversationIds());
            InboundRouting.warnOfStrangers(stored.get().messages());
            stored.get().filings().forEach(f -> received.fire(new InboundReceived(InboundView.of(f.message()),
                    f.audience())));
            return true;
        }

        /**
         * Stores the batch in the connection's transaction; empty when one of its messages was stored before (the
         * transaction then rolls back).
         */
        private Optional<Stored> store(Sql sql, Collection<InboundSms> batch) {
            // The transaction's first statement: what it reads is then at least as new as the view.
            InboundRoutingCache.View routing = routingData.view(sql);
            Batch routed = InboundRouting.route(batch,
                    routing.receivingNumbers(sql, InboundRouting.receivingNumbers(batch)));
            List<Filing> filings = routed.filings();
            Map<ConversationKey, Long> ids = Map.of();
            if (!filings.isEmpty()) {
                Map<PhoneNumber, List<PhoneOwner>> owners = routing.ownersOf(sql, InboundRouting.senders(filings));
                Map<ConversationKey, Arrival> arrivals = new LinkedHashMap<>();
                for (Filing filing : filings) {
                    List<PhoneOwner> matches = owners.getOrDefault(filing.from(), List.of());
                    arrivals.computeIfAbsent(filing.conversationKey(), key -> new Arrival(
                                    IncomingActivity.arriving(knownConversations.get(key),
                                            filing.to().senderNumberId(), filing.from()),
                                    filing.to().poolId(), filing.to().staffUserId()))
                            .activity().add(filing.sms().body(), InboundRouting.personOf(matches),
                                    filing.sms().receivedAt());
                }
                ids = conversations.lockOrCreateIdsWithActivity(sql, arrivals.values());
                for (Filing filing : filings) {
                    filing.route(ids.get(filing.conversationKey()), owners.getOrDefault(filing.from(), List.of()));
                }
            }
            List<InboundMessage> stored = messages.addAllIfNew(sql, routed.messages());
            if (stored.size() < routed.messages().size()) {
                LOG.fine(() -> (routed.messages().size() - stored.size()) + " inbound SMS stored before; filed again");
                return Optional.empty();
            }
            return Optional.of(new Stored(filings, stored, ids));
        }

        @Override
        public void close() {
            connection.close();
        }
    }
}
