package org.campussms.bulksend.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.bulksend.domain.BulkRecipient;
import org.campussms.bulksend.domain.BulkSend;
import org.campussms.conversation.domain.MessageStatus;

@ApplicationScoped
public class BulkSendRepository {

    private static final int CANDIDATES_PER_CHUNK = 4;

    @Inject
    private EntityManager em;

    public BulkSend add(BulkSend bulk) {
        em.persist(bulk);
        return bulk;
    }

    public Optional<BulkSend> find(long id) {
        return Optional.ofNullable(em.find(BulkSend.class, id));
    }

    /**
     * Stores a plan's recipients, written at one flush (in JDBC batches): each flush visits every entity the
     * transaction holds, and flushing every 500 recipients took a third of a large plan's time.
     */
    public void addRecipients(List<BulkRecipient> recipients) {
        recipients.forEach(em::persist);
        em.flush();
    }

    /**
     * The next recipients still to be texted, locked for the rest of the transaction; rows another worker has
     * locked are skipped, so several workers expand one bulk send side by side.
     */
    public List<BulkRecipient> lockPendingSms(long bulkId, int limit) {
        return lockPending(BulkRecipient.Channel.SMS, bulkId, limit);
    }

    /** The next recipients planned for email and not yet emailed, locked as {@link #lockPendingSms} does. */
    public List<BulkRecipient> lockPendingEmail(long bulkId, int limit) {
        return lockPending(BulkRecipient.Channel.EMAIL, bulkId, limit);
    }

    /**
     * Candidates come from the pending index without locks; only their primary-key rows are then locked (skipping
     * those another worker holds). Locking through the pending index itself deadlocked: a worker marking its chunk
     * queued moves the chunk's entries in that index while the next worker's locking scan holds some of them and
     * waits for the rows behind them.
     */
    private List<BulkRecipient> lockPending(BulkRecipient.Channel channel, long bulkId, int limit) {
        long after = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Long> candidates = ((List<Number>) em.createNativeQuery("SELECT person_id FROM bulk_recipient "
                            + "WHERE bulk_send_id = :bulk AND channel = :channel AND queued = FALSE "
                            + "AND person_id > :after ORDER BY person_id LIMIT :limit")
                    .setParameter("bulk", bulkId)
                    .setParameter("channel", channel.name())
                    .setParameter("after", after)
                    // Workers side by side read the same candidates: enough for each to lock a chunk of its own.
                    .setParameter("limit", limit * CANDIDATES_PER_CHUNK)
                    .getResultList()).stream().map(Number::longValue).toList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            @SuppressWarnings("unchecked")
            List<BulkRecipient> locked = em.createNativeQuery("SELECT * FROM bulk_recipient FORCE INDEX (PRIMARY) "
                            + "WHERE bulk_send_id = :bulk AND person_id IN (:people) AND queued = FALSE "
                            + "ORDER BY person_id LIMIT :limit FOR UPDATE SKIP LOCKED", BulkRecipient.class)
                    .setParameter("bulk", bulkId)
                    .setParameter("people", candidates)
                    .setParameter("limit", limit)
                    .getResultList();
            if (!locked.isEmpty()) {
                return locked;
            }
            // Another worker holds all of these (or queued them meanwhile): look further on.
            after = candidates.get(candidates.size() - 1);
        }
    }

    /**
     * Running bulk sends with recipients still to be queued and no message queued since before {@code staleBefore}
     * (their expansion stopped in a crash), not resumed since then either; locked, skipping those another server's
     * reconciler holds, and marked resumed now.
     */
    public List<Long> lockStalled(Instant staleBefore, Instant now) {
        @SuppressWarnings("unchecked")
        List<Long> stalled = ((List<Number>) em.createNativeQuery("SELECT b.id FROM bulk_send b "
                        + "WHERE b.status = 'RUNNING' AND COALESCE(b.resumed_at, b.started_at) < :stale "
                        + "AND EXISTS (SELECT 1 FROM bulk_recipient r WHERE r.bulk_send_id = b.id "
                        + "AND r.channel <> 'SKIPPED' AND r.queued = FALSE) "
                        + "AND NOT EXISTS (SELECT 1 FROM outbound_message m WHERE m.bulk_send_id = b.id "
                        + "AND m.created_at >= :stale) "
                        + "ORDER BY b.id FOR UPDATE SKIP LOCKED")
                .setParameter("stale", staleBefore)
                .getResultList()).stream().map(Number::longValue).toList();
        if (!stalled.isEmpty()) {
            em.createNativeQuery("UPDATE bulk_send SET resumed_at = :now WHERE id IN (:ids)")
                    .setParameter("now", now)
                    .setParameter("ids", stalled)
                    .executeUpdate();
        }
        return stalled;
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
                        + "and r.channel = org.campussms.bulksend.domain.BulkRecipient.Channel.EMAIL "
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
        em.createQuery("select m.status as status, count(m) as messages from OutboundMessage m "
                        + "where m.bulkSendId = :bulk group by m.status", Tuple.class)
                .setParameter("bulk", bulkId)
                .getResultList()
                .forEach(row -> counts.put(row.get("status", MessageStatus.class), row.get("messages", Long.class)));
        return counts;
    }

    /** Why recipients were skipped, with how many each. */
    public Map<String, Long> skipReasons(long bulkId) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        em.createQuery("select r.reason as reason, count(r) as recipients from BulkRecipient r "
                        + "where r.bulkSendId = :bulk "
                        + "and r.channel = org.campussms.bulksend.domain.BulkRecipient.Channel.SKIPPED "
                        + "group by r.reason order by r.reason", Tuple.class)
                .setParameter("bulk", bulkId)
                .getResultList()
                .forEach(row -> reasons.put(row.get("reason", String.class), row.get("recipients", Long.class)));
        return reasons;
    }
}
