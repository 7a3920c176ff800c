package org.campussms.search.infrastructure;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.campussms.platform.persistence.Jdbc;
import org.campussms.search.application.SearchIndex.IndexedMessage;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema version 24: the words of the texts and replies stored before history search had its own index (V23),
 * written by the same code that indexes new messages, a few thousand messages per read.
 */
@Dependent
public class MessageWordsBackfill implements JavaMigration {

    private static final int CHUNK = 5_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("24");
    }

    @Override
    public String getDescription() {
        return "index the words of stored messages";
    }

    @Override
    public Integer getChecksum() {
        return 24;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        index(connection, 'O', "select id, created_at, pool_id, sender_number_id, person_id, body "
                + "from outbound_message where id > ? order by id limit " + CHUNK);
        index(connection, 'I', "select id, received_at, pool_id, sender_number_id, person_id, body "
                + "from inbound_message where id > ? order by id limit " + CHUNK);
    }

    private static void index(Connection connection, char direction, String chunkAfter) throws SQLException {
        long after = 0;
        try (PreparedStatement read = connection.prepareStatement(chunkAfter)) {
            while (true) {
                read.setLong(1, after);
                List<IndexedMessage> messages = new ArrayList<>();
                try (ResultSet rows = read.executeQuery()) {
                    while (rows.next()) {
                        messages.add(new IndexedMessage(direction, rows.getLong(1),
                                Jdbc.instant(rows.getObject(2, LocalDateTime.class)), nullable(rows, 3), nullable(rows, 4),
                                nullable(rows, 5), rows.getString(6)));
                    }
                }
                if (messages.isEmpty()) {
                    return;
                }
                MessageWordIndex.add(connection, messages);
                after = messages.get(messages.size() - 1).id();
            }
        }
    }

    private static Long nullable(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
