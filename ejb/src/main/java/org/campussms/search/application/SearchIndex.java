package org.campussms.search.application;

import java.time.Instant;
import java.util.List;
import org.campussms.platform.persistence.Sql;

/**
 * Where stored texts, replies and notes enter history search: their words, written in the transaction that stores the
 * messages, so a message is findable exactly when it exists.
 */
public interface SearchIndex {

    /**
     * A stored message and what a search filters on: time, pool, sender number, person.
     *
     * @param direction {@code 'O'} for a text we sent, {@code 'I'} for a reply, {@code 'N'} for a staff note
     */
    record IndexedMessage(char direction, long id, Instant at, Long poolId, Long senderNumberId, Long personId,
            String body) {

        public static IndexedMessage text(long id, Instant at, Long poolId, Long senderNumberId, Long personId,
                String body) {
            return new IndexedMessage('O', id, at, poolId, senderNumberId, personId, body);
        }

        public static IndexedMessage reply(long id, Instant at, Long poolId, Long senderNumberId, Long personId,
                String body) {
            return new IndexedMessage('I', id, at, poolId, senderNumberId, personId, body);
        }

        /** A note in a conversation: found by those who see the conversation, as its texts are. */
        public static IndexedMessage note(long id, Instant at, Long poolId, Long senderNumberId, Long personId,
                String body) {
            return new IndexedMessage('N', id, at, poolId, senderNumberId, personId, body);
        }
    }

    /** Indexes the words of these messages with the statements of {@code sql}'s transaction. */
    void add(Sql sql, List<IndexedMessage> messages);
}
