package org.campussms.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.campussms.platform.persistence.Sql;
import org.campussms.search.application.SearchIndex;
import org.campussms.search.application.SearchIndex.IndexedMessage;
import org.campussms.search.domain.MessageWords;

/**
 * Writes history search's index ({@code message_word}): an entry per word of a stored text or reply, carrying
 * what a search filters on (time, pool, sender number, person), in the transaction that stores the message.
 */
@ApplicationScoped
public class MessageWordIndex implements SearchIndex {

    private record Entry(String word, IndexedMessage message) {
    }

    /** Rows per statement: seven parameters each, well under the protocol's 65,535. */
    private static final int ROWS_PER_INSERT = 2_000;
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?)";

    @Override
    public void add(Sql sql, List<IndexedMessage> messages) {
        addAll(sql, messages);
    }

    static void addAll(Sql sql, List<IndexedMessage> messages) {
        List<Entry> entries = new ArrayList<>();
        for (IndexedMessage message : messages) {
            for (String word : MessageWords.of(message.body())) {
                entries.add(new Entry(word, message));
            }
        }
        for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
            insert(sql, entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT)));
        }
    }

    private static void insert(Sql sql, List<Entry> entries) {
        sql.update("INSERT INTO message_word (word, at_time, direction, message_id, pool_id, "
                + "sender_number_id, person_id) VALUES " + String.join(", ", Collections.nCopies(entries.size(), ROW)),
                p -> entries.forEach(entry -> {
                    IndexedMessage m = entry.message();
                    p.setString(entry.word())
                            .setInstant(m.at())
                            .setString(String.valueOf(m.direction()))
                            .setLong(m.id())
                            .setNullableLong(m.poolId())
                            .setNullableLong(m.senderNumberId())
                            .setNullableLong(m.personId());
                }));
    }
}
