package org.campussms.live.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.campussms.live.application.LiveTicket;
import org.campussms.platform.persistence.Row;

/**
 * Live tickets and open live connections in the database, where every server sees them: a ticket is redeemed once
 * whichever server takes it, and a user's connections are counted on all servers together.
 */
@ApplicationScoped
public class LiveConnectionStore {

    @Inject
    private EntityManager em;

    public void addTicket(byte[] tokenHash, LiveTicket ticket, Instant expiresAt) {
        em.createNativeQuery("insert into live_ticket (token_hash, staff_user_id, institution_admin, sign_in_ends, "
                        + "expires_at) values (:hash, :user, :admin, :ends, :expires)")
                .setParameter("hash", tokenHash)
                .setParameter("user", ticket.staffUserId())
                .setParameter("admin", ticket.institutionAdmin())
                .setParameter("ends", ticket.signInEnds())
                .setParameter("expires", expiresAt)
                .executeUpdate();
    }

    /** The ticket with this hash if it has not expired, taken out of the store: a second redeem finds nothing. */
    public Optional<LiveTicket> takeTicket(byte[] tokenHash, Instant now) {
        List<Tuple> rows = em.createNativeQuery("select staff_user_id, institution_admin, sign_in_ends, expires_at "
                        + "from live_ticket where token_hash = :hash for update", Tuple.class)
                .setParameter("hash", tokenHash)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        em.createNativeQuery("delete from live_ticket where token_hash = :hash")
                .setParameter("hash", tokenHash)
                .executeUpdate();
        Row row = Row.of(rows.get(0));
        if (row.getInstant("expires_at").isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(new LiveTicket(row.getLong("staff_user_id"), row.getBoolean("institution_admin"),
                row.getNullableInstant("sign_in_ends")));
    }

    /** Forgets tickets that expired unused, a few at a time. */
    public void dropExpiredTickets(Instant now) {
        em.createNativeQuery("delete from live_ticket where expires_at < :now limit 100")
                .setParameter("now", now)
                .executeUpdate();
    }

    /**
     * Locks the staff user's row until the transaction ends, so that two connections opening at once on two servers
     * are counted one after the other.
     */
    public void lockUser(long staffUserId) {
        em.createNativeQuery("select id from staff_user where id = :id for update")
                .setParameter("id", staffUserId)
                .getResultList();
    }

    /** How many connections of this user some server has said are open since {@code seenSince}. */
    public int openConnections(long staffUserId, Instant seenSince) {
        return Row.of((Tuple) em.createNativeQuery("select count(*) as open_connections from live_connection "
                        + "where staff_user_id = :user and seen_at >= :since", Tuple.class)
                .setParameter("user", staffUserId)
                .setParameter("since", seenSince)
                .getSingleResult()).getInt("open_connections");
    }

    public long addConnection(long staffUserId, Instant now) {
        em.createNativeQuery("insert into live_connection (staff_user_id, opened_at, seen_at) "
                        + "values (:user, :now, :now)")
                .setParameter("user", staffUserId)
                .setParameter("now", now)
                .executeUpdate();
        return Row.of((Tuple) em.createNativeQuery("select last_insert_id() as id", Tuple.class).getSingleResult())
                .getLong("id");
    }

    public void removeConnection(long connectionId) {
        em.createNativeQuery("delete from live_connection where id = :id")
                .setParameter("id", connectionId)
                .executeUpdate();
    }

    /** Marks these connections as still open now. */
    public void touchConnections(Collection<Long> connectionIds, Instant now) {
        if (connectionIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("update live_connection set seen_at = :now where id in (:ids)")
                .setParameter("now", now)
                .setParameter("ids", connectionIds)
                .executeUpdate();
    }

    /** Forgets connections no server has said are open since {@code seenBefore}: their server is gone. */
    public void dropConnectionsNotSeenSince(Instant seenBefore) {
        em.createNativeQuery("delete from live_connection where seen_at < :before limit 1000")
                .setParameter("before", seenBefore)
                .executeUpdate();
    }
}
