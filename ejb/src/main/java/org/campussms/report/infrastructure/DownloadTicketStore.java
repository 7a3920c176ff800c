package org.campussms.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.campussms.identity.application.DelegatedCaller;
import org.campussms.platform.persistence.Row;

/** Download tickets in the database, where every server sees them: each is taken out by the one redeem it allows. */
@ApplicationScoped
public class DownloadTicketStore {

    @Inject
    private EntityManager em;

    public void add(byte[] tokenHash, DelegatedCaller.Holder holder, Instant expiresAt) {
        em.createNativeQuery("insert into download_ticket (token_hash, staff_user_id, institution_admin, expires_at) "
                        + "values (:hash, :user, :admin, :expires)")
                .setParameter("hash", tokenHash)
                .setParameter("user", holder.staffUserId())
                .setParameter("admin", holder.institutionAdmin())
                .setParameter("expires", expiresAt)
                .executeUpdate();
    }

    /**
     * Who the ticket with this hash was issued to, if it has not expired; it is deleted either way, and a second
     * redeem, here or on another server, waits for this one's transaction and then finds nothing.
     */
    public Optional<DelegatedCaller.Holder> take(byte[] tokenHash, Instant now) {
        List<Tuple> rows = em.createNativeQuery("select staff_user_id, institution_admin, expires_at "
                        + "from download_ticket where token_hash = :hash for update", Tuple.class)
                .setParameter("hash", tokenHash)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        em.createNativeQuery("delete from download_ticket where token_hash = :hash")
                .setParameter("hash", tokenHash)
                .executeUpdate();
        Row row = Row.of(rows.get(0));
        if (row.getInstant("expires_at").isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(new DelegatedCaller.Holder(row.getLong("staff_user_id"),
                row.getBoolean("institution_admin")));
    }

    /** Forgets tickets that expired unredeemed, a few at a time. */
    public void dropExpired(Instant now) {
        em.createNativeQuery("delete from download_ticket where expires_at < :now limit 100")
                .setParameter("now", now)
                .executeUpdate();
    }
}
