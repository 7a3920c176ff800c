package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Row;
import org.campussms.pool.domain.Pool;

/**
 * When each pool last sent its compliance footer to each contact ({@code footer_log}), so the footer goes with the
 * first text and again once the pool's interval has passed. Plain SQL: the table is no entity's.
 */
@ApplicationScoped
public class FooterLedger {

    /** Contacts per query, well below the database's limits on a statement. */
    private static final int CHUNK = 1000;

    @Inject
    private EntityManager em;

    /** Which of these contacts are due the pool's footer now: never sent one, or longer ago than its interval. */
    public Set<PhoneNumber> dueAmong(Pool pool, Collection<PhoneNumber> contacts, Instant now) {
        Map<PhoneNumber, Instant> last = lastSent(pool.getId(), contacts);
        Instant cutoff = now.minus(Duration.ofDays(pool.getFooterIntervalDays()));
        Set<PhoneNumber> due = new HashSet<>();
        for (PhoneNumber contact : contacts) {
            Instant sent = last.get(contact);
            if (sent == null || sent.isBefore(cutoff)) {
                due.add(contact);
            }
        }
        return due;
    }

    /** Records that the pool sent its footer to these contacts now. */
    public void recordSent(long poolId, Collection<PhoneNumber> contacts, Instant at) {
        if (contacts.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO footer_log (pool_id, contact_e164, last_footer_at) VALUES ");
        for (int i = 0; i < contacts.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE last_footer_at = VALUES(last_footer_at)");
        var upsert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (PhoneNumber contact : contacts) {
            upsert.setParameter(p++, poolId).setParameter(p++, contact.e164()).setParameter(p++, Timestamp.from(at));
        }
        upsert.executeUpdate();
    }

    /**
     * When the pool last sent its footer to each of these contacts that ever got one. Without a flush first: nothing
     * pending in the persistence context can change the answer, and each flush dirty-checked every entity a bulk
     * send's plan had loaded.
     */
    private Map<PhoneNumber, Instant> lastSent(long poolId, Collection<PhoneNumber> contacts) {
        Map<PhoneNumber, Instant> last = new HashMap<>();
        List<String> numbers = contacts.stream().map(PhoneNumber::e164).distinct().toList();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<Tuple> rows = em.createNativeQuery("SELECT contact_e164, last_footer_at FROM footer_log "
                            + "WHERE pool_id = :pool AND contact_e164 IN (:contacts)", Tuple.class)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("pool", poolId)
                    .setParameter("contacts", numbers.subList(from, Math.min(numbers.size(), from + CHUNK)))
                    .getResultList();
            for (Tuple tuple : rows) {
                Row row = Row.of(tuple);
                last.put(PhoneNumber.ofE164(row.getString("contact_e164")), row.getInstant("last_footer_at"));
            }
        }
        return last;
    }
}
