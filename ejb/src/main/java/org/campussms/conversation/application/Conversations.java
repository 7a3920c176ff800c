package org.campussms.conversation.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.ConversationKey;
import org.campussms.conversation.domain.IncomingActivity;
import org.campussms.platform.persistence.Sql;

/**
 * Conversations as inbound filing finds or starts them: locked or created by key, and the activity replies bring.
 */
public interface Conversations {

    /**
     * New messages' activity for a conversation that may not exist yet: the pool or staff user it is created for.
     */
    record Arrival(IncomingActivity activity, Long poolId, Long ownerStaffUserId) {

        public ConversationKey key() {
            return new ConversationKey(activity.senderNumberId(), activity.contact());
        }
    }

    Optional<Conversation> find(long id);

    /**
     * The ids of the conversations of these keys, created where new and locked for the rest of the transaction: one
     * statement that reads back nothing but the ids (the upsert locks the rows it finds as well as those it inserts,
     * in the order given). An existing row costs InnoDB an insert undone at the duplicate; locking the existing ones
     * first and upserting only the missing ones cost as much.
     */
    Map<ConversationKey, Long> lockOrCreateIds(List<ConversationKey> keys, Long poolId,
            Long ownerStaffUserId, Instant now);

    /**
     * Applies what new messages from their contacts did to these conversations (already locked by this transaction),
     * in one statement that compares with what each row holds instead of reading it first (see
     * {@link IncomingActivity}).
     */
    void applyIncomingActivity(Collection<IncomingActivity> activities);

    /**
     * Creates each conversation with its activity, or applies the activity to the one that exists (as
     * {@link #applyIncomingActivity} does), locking it, in one statement in the writer's transaction, rows in the
     * unique key's order. For a batch whose messages are all new: the caller rolls back when one was not.
     *
     * <p>An activity's {@link IncomingActivity#knownConversationId known id} lets the database find the row by its
     * primary key instead of inserting a row and undoing it at the unique key. A known id that names another
     * conversation (ids are never reused, so only a hand edit makes one) shows as a missing conversation: this
     * throws, and the caller rolls back what the statement did to the other one.
     *
     * @return the conversations' ids
     */
    Map<ConversationKey, Long> lockOrCreateIdsWithActivity(Sql sql, Collection<Arrival> arrivals);
}
