package org.campussms.consent.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.campussms.consent.application.OptOutGate;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.platform.JndiNames;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Sql;

/**
 * The opt-out gate of a cluster's nodes, in MariaDB: each hand-off holds a named lock of its phone from its check of
 * {@code consent_state} (in autocommit: it sees every opt-out committed before) until the carrier answered, and an
 * opt-out, once committed, takes and drops that lock before it is answered. A named lock belongs to the database
 * session, so every node's hand-offs to a phone meet at the same lock; it needs no table and no row of a phone that
 * was never stopped.
 */
@ApplicationScoped
public class DatabaseOptOutGate {

    private static final Logger LOG = Logger.getLogger(DatabaseOptOutGate.class.getName());

    /** How long a hand-off waits for another hand-off or an opt-out to the same phone. */
    private static final int HAND_OFF_WAIT_SECONDS = 10;
    /** How long an opt-out waits for hand-offs in flight: a carrier call that hangs is not waited for long. */
    private static final int OPT_OUT_WAIT_SECONDS = 5;

    /** Outside transactions: the lock is the session's, and the delivery's transaction gains no second branch. */
    @Resource(lookup = JndiNames.AUTOCOMMIT_DATASOURCE)
    private DataSource dataSource;

    /**
     * Takes the phone's lock on a connection of its own and reads, in autocommit, whether an opt-out stops the sender.
     * A lock not had in time is a failure of our own: the delivery rolls back and comes again.
     */
    public OptOutGate.Passage enter(PhoneNumber to, ConsentScope sender) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            Sql sql = Sql.on(connection);
            if (!lock(sql, to, HAND_OFF_WAIT_SECONDS)) {
                throw new PersistenceException("The opt-out lock of " + to.e164() + " was not free within "
                        + HAND_OFF_WAIT_SECONDS + " s");
            }
            boolean stopped = !sql.query("select 1 from consent_state where phone_e164 = ? and (scope = 'ALL' "
                    + "or (scope = ? and scope_ref = ?)) limit 1", p -> p.setString(to.e164())
                    .setString(sender.kind().name()).setLong(sender.ref()), row -> 1).isEmpty();
            return new HeldLock(connection, to, stopped);
        } catch (SQLException | RuntimeException e) {
            release(connection, to);
            throw e instanceof RuntimeException r ? r : new PersistenceException("Cannot check the opt-outs of "
                    + to.e164(), e);
        }
    }

    /**
     * Waits until no hand-off to this phone is in flight on any node; every later one sees the committed opt-out. A
     * database that cannot be asked leaves the webhook to answer anyway: the opt-out is committed, and hand-offs that
     * cannot reach the database cannot pass the gate either.
     */
    public void awaitHandOffs(PhoneNumber phone) {
        try (Connection connection = dataSource.getConnection()) {
            Sql sql = Sql.on(connection);
            if (lock(sql, phone, OPT_OUT_WAIT_SECONDS)) {
                unlock(sql, phone);
            } else {
                LOG.warning(() -> "A hand-off to " + phone.e164() + " was still in flight " + OPT_OUT_WAIT_SECONDS
                        + " s after its opt-out committed");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot wait for hand-offs to " + phone.e164() + " after its opt-out", e);
        }
    }

    private static boolean lock(Sql sql, PhoneNumber phone, int waitSeconds) {
        List<Integer> got = sql.query("select get_lock(?, ?) as got", p -> p.setString(lockName(phone))
                .setInt(waitSeconds), row -> row.getNullableInt("got"));
        return !got.isEmpty() && Integer.valueOf(1).equals(got.get(0));
    }

    private static void unlock(Sql sql, PhoneNumber phone) {
        sql.query("select release_lock(?) as released", p -> p.setString(lockName(phone)), row -> 1);
    }

    private static String lockName(PhoneNumber phone) {
        return "campus-sms.opt-out." + phone.e164();
    }

    private static void release(Connection connection, PhoneNumber phone) {
        if (connection == null) {
            return;
        }
        try (connection) {
            unlock(Sql.on(connection), phone);
        } catch (SQLException | RuntimeException e) {
            // The lock ends with the session at the latest; nothing else to do here.
            LOG.log(Level.FINE, "Cannot release the opt-out lock of " + phone.e164(), e);
        }
    }

    /** A hand-off's hold of its phone's lock, released on the same session that took it. */
    private record HeldLock(Connection connection, PhoneNumber phone, boolean stopped) implements OptOutGate.Passage {
        @Override
        public void close() {
            release(connection, phone);
        }
    }
}
