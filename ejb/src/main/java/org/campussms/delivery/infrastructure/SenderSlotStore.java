package org.campussms.delivery.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.campussms.platform.JndiNames;
import org.campussms.platform.persistence.Sql;

/**
 * Sender numbers' next free slots in the database, where every server sending from a number takes its slots, one
 * after another under the number's row lock. Each reservation is one statement in autocommit, outside the delivery's
 * transaction: the hand-off that asked holds no lock while it waits for its slot or for the carrier, and its
 * transaction gains no XA branch per text.
 */
@ApplicationScoped
public class SenderSlotStore {

    @Resource(lookup = JndiNames.AUTOCOMMIT_DATASOURCE)
    private DataSource dataSource;

    /**
     * Takes the number's next free slot of {@code durationMicros}, starting no earlier than {@code nowMicros}.
     *
     * @return when the slot starts, in microseconds since the epoch
     */
    public long reserve(String sender, long durationMicros, long nowMicros) {
        try (Connection connection = dataSource.getConnection()) {
            Sql sql = Sql.on(connection);
            // The statement notes the slot's end in a variable of this session, which the next one reads back.
            sql.update("insert into sender_rate_slot (sender, next_free_micros) values (?, @slot_end := ?) "
                    + "on duplicate key update next_free_micros = (@slot_end := greatest(next_free_micros, ?) + ?)",
                    p -> p.setString(sender).setLong(nowMicros + durationMicros).setLong(nowMicros)
                            .setLong(durationMicros));
            long end = sql.query("select @slot_end as slot_end", Sql.Binder.NONE, row -> row.getLong("slot_end"))
                    .get(0);
            return end - durationMicros;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot take a rate slot of " + sender, e);
        }
    }
}
