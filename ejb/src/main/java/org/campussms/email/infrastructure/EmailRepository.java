package org.campussms.email.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.email.application.EmailRecords;
import org.campussms.email.domain.EmailMessage;

@ApplicationScoped
public class EmailRepository implements EmailRecords {

    @Inject
    private EntityManager em;

    public EmailMessage add(EmailMessage email) {
        em.persist(email);
        return email;
    }

    /**
     * Emails queued before {@code staleBefore} (or queued again before it) and still not sent, locked and marked
     * queued again at {@code now}; rows another reconciler holds are skipped.
     */
    public List<Long> takeStaleQueued(Instant staleBefore, Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from email_message where status = 'QUEUED' "
                        + "and created_at < :stale and (requeued_at is null or requeued_at < :stale) "
                        + "order by id limit :limit for update skip locked")
                .setParameter("stale", staleBefore)
                .setParameter("limit", limit)
                .getResultList();
        List<Long> taken = ids.stream().map(Number::longValue).toList();
        if (!taken.isEmpty()) {
            em.createNativeQuery("update email_message set requeued_at = :now where id in (:ids)")
                    .setParameter("now", now)
                    .setParameter("ids", taken)
                    .executeUpdate();
        }
        return taken;
    }

    /** The email, locked for the rest of the transaction: one sender at a time. */
    public Optional<EmailMessage> findLocked(long id) {
        return Optional.ofNullable(em.find(EmailMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<EmailMessage> findByOutbound(long outboundMessageId) {
        return em.createNamedQuery(EmailMessage.FIND_BY_OUTBOUND, EmailMessage.class)
                .setParameter("outboundMessageId", outboundMessageId)
                .getResultStream().findFirst();
    }

    @Override
    public List<EmailMessage> ofConversation(long conversationId) {
        return ofConversations(List.of(conversationId));
    }

    @Override
    public List<EmailMessage> ofConversations(Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(EmailMessage.FIND_BY_CONVERSATION, EmailMessage.class)
                .setParameter("conversationIds", conversationIds)
                .getResultList();
    }

    @Override
    public Map<EmailMessage.Status, Long> statusCountsOfBulk(long bulkSendId) {
        Map<EmailMessage.Status, Long> counts = new EnumMap<>(EmailMessage.Status.class);
        for (EmailMessage.Status status : EmailMessage.Status.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select e.status as status, count(e) as emails from EmailMessage e "
                        + "where e.bulkSendId = :bulk group by e.status", Tuple.class)
                .setParameter("bulk", bulkSendId)
                .getResultList()
                .forEach(row -> counts.put(row.get("status", EmailMessage.Status.class),
                        row.get("emails", Long.class)));
        return counts;
    }
}
