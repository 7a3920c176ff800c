package org.campussms.search.infrastructure;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import org.campussms.platform.persistence.Sql;
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
    public void migrate(Context context) {
        Sql sql = Sql.on(context.getConnection());
        index(sql, 'O', "created_at", "select id, created_at, pool_id, sender_number_id, person_id, body "
                + "from outbound_message where id > ? order by id limit " + CHUNK);
        index(sql, 'I', "received_at", "select id, received_at, pool_id, sender_number_id, person_id, body "
                + "from inbound_message where id > ? order by id limit " + CHUNK);
    }

    /** @param at the column of the message's time */
    private static void index(Sql sql, char direction, String at, String chunkAfter) {
        long after = 0;
        while (true) {
            long from = after;
            List<IndexedMessage> messages = sql.query(chunkAfter, p -> p.setLong(from),
                    row -> new IndexedMessage(direction, row.getLong("id"), row.getNullableInstant(at),
                            row.getNullableLong("pool_id"), row.getNullableLong("sender_number_id"),
                            row.getNullableLong("person_id"), row.getString("body")));
            if (messages.isEmpty()) {
                return;
            }
            MessageWordIndex.addAll(sql, messages);
            after = messages.get(messages.size() - 1).id();
        }
    }
}
