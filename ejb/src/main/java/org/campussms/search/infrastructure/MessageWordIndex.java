package org.campussms.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.campussms.platform.persistence.Jdbc;
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
        sql.call("index the words of " + messages.size() + " messages", connection -> {
            add(connection, messages);
            return null;
        });
    }

    static void add(Connection connection, List<IndexedMessage> messages) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        for (IndexedMessage message : messages) {
            for (String word : MessageWords.of(message.body())) {
                entries.add(new Entry(word, message));
            }
        }
        for (int from = 0; from < entries.size(); from += ROWS_PER_INSERT) {
            insert(connection, entries.subList(from, Math.min(entries.size(), from + ROWS_PER_INSERT)));
        }
    }

    private static void insert(Connection connection, List<Entry> entries) throws SQLException {
        String sql = "INSERT INTO message_word (word, at_time, direction, message_id, pool_id, "
                + "sender_number_id, person_id) VALUES " + String.join(", ", Collections.nCopies(entries.size(), ROW));
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            for (Entry entry : entries) {
                IndexedMessage m = entry.message();
                insert.setString(p++, entry.word());
                Jdbc.setInstant(insert, p++, m.at());
                insert.setString(p++, String.valueOf(m.direction()));
                insert.setLong(p++, m.id());
                Jdbc.setLong(insert, p++, m.poolId());
                Jdbc.setLong(insert, p++, m.senderNumberId());
                Jdbc.setLong(insert, p++, m.personId());
            }
            insert.executeUpdate();
        }
    }
}
