package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.conversation.domain.BulkRecipient;
import org.campussms.conversation.domain.BulkSend;
import org.campussms.conversation.domain.MessageStatus;

@ApplicationScoped
public class BulkSendRepository {

    private static final int BATCH = 500;
    private static final int SKIP_LOCKED = -2;

    @Inject
    private EntityManager em;

    public BulkSend add(BulkSend bulk) {
        em.persist(bulk);
        return bulk;
    }

    public Optional<BulkSend> find(long id) {
        return Optional.ofNullable(em.find(BulkSend.class, id));
    }

    public void addRecipients(List<BulkRecipient> recipients) {
        for (int i = 0; i < recipients.size(); i++) {
            em.persist(recipients.get(i));
            if ((i + 1) % BATCH == 0) {
                em.flush();
            }
        }
        em.flush();
    }

    /**
     * The next recipients still to be texted, locked for the rest of the transaction; rows another worker has
     * locked are skipped, so several workers expand one bulk send side by side.
     */
    public List<BulkRecipient> lockPendingSms(long bulkId, int limit) {
        return lockPending(BulkRecipient.PENDING_SMS, bulkId, limit);
    }

    /** The next recipients planned for email and not yet emailed, locked as {@link #lockPendingSms} does. */
    public List<BulkRecipient> lockPendingEmail(long bulkId, int limit) {
        return lockPending(BulkRecipient.PENDING_EMAIL, bulkId, limit);
    }

    private List<BulkRecipient> lockPending(String query, long bulkId, int limit) {
        return em.createNamedQuery(query, BulkRecipient.class)
                .setParameter("bulk", bulkId)
                .setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                // Hibernate's "skip locked" lock timeout: FOR UPDATE SKIP LOCKED on MariaDB.
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
    }

    /** These recipients' messages are queued: one statement for a chunk rather than one per recipient. */
    public void markQueued(long bulkId, List<Long> personIds) {
        em.createNativeQuery("UPDATE bulk_recipient SET queued = TRUE WHERE bulk_send_id = :bulk "
                        + "AND person_id IN (:people)")
                .setParameter("bulk", bulkId)
                .setParameter("people", personIds)
                .executeUpdate();
    }

    /** How many recipients planned for email have not been emailed yet. */
    public long pendingEmailCount(long bulkId) {
        return em.createQuery("select count(r) from BulkRecipient r where r.bulkSendId = :bulk "
                        + "and r.channel = org.campussms.conversation.domain.BulkRecipient.Channel.EMAIL "
                        + "and r.queued = false", Long.class)
                .setParameter("bulk", bulkId)
                .getSingleResult();
    }

    /** How many of the bulk send's messages exist, by status. */
    public Map<MessageStatus, Long> statusCounts(long bulkId) {
        Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
        for (MessageStatus status : MessageStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select m.status, count(m) from OutboundMessage m where m.bulkSendId = :bulk "
                        + "group by m.status", Object[].class)
                .setParameter("bulk", bulkId)
                .getResultList()
                .forEach(row -> counts.put((MessageStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Why recipients were skipped, with how many each. */
    public Map<String, Long> skipReasons(long bulkId) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        em.createQuery("select r.reason, count(r) from BulkRecipient r where r.bulkSendId = :bulk "
                        + "and r.channel = org.campussms.conversation.domain.BulkRecipient.Channel.SKIPPED "
                        + "group by r.reason order by r.reason", Object[].class)
                .setParameter("bulk", bulkId)
                .getResultList()
                .forEach(row -> reasons.put((String) row[0], (Long) row[1]));
        return reasons;
    }
}
