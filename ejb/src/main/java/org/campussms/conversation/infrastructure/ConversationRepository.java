package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.conversation.application.InboxFilter;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.platform.PhoneNumber;

@ApplicationScoped
public class ConversationRepository {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    /**
     * The conversation of a sender number with a contact, created if new, and locked for the rest of the
     * transaction so that concurrent sends to one recipient take turns (the footer decision depends on it).
     */
    public Conversation lockOrCreate(long senderNumberId, Long poolId, Long ownerStaffUserId, PhoneNumber contact,
            Instant now) {
        em.createNativeQuery("INSERT INTO conversation (sender_number_id, pool_id, owner_staff_user_id, "
                        + "contact_e164, last_activity_at, unread_count) VALUES (?, ?, ?, ?, ?, 0) "
                        + "ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, senderNumberId)
                .setParameter(2, poolId)
                .setParameter(3, ownerStaffUserId)
                .setParameter(4, contact.e164())
                .setParameter(5, Timestamp.from(now))
                .executeUpdate();
        return em.createQuery("select c from Conversation c where c.senderNumberId = :sender "
                        + "and c.contact = :contact", Conversation.class)
                .setParameter("sender", senderNumberId)
                .setParameter("contact", contact)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    /** The pool's most recent conversation with the contact: replies continue from the same number. */
    public Optional<Conversation> latestOfPool(long poolId, PhoneNumber contact) {
        return em.createNamedQuery(Conversation.FIND_LATEST_OF_POOL, Conversation.class)
                .setParameter("poolId", poolId)
                .setParameter("contact", contact)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** When the pool last sent its footer to the contact. */
    public Optional<Instant> lastFooter(long poolId, PhoneNumber contact) {
        List<?> rows = em.createNativeQuery("SELECT last_footer_at FROM footer_log WHERE pool_id = ? "
                        + "AND contact_e164 = ?")
                .setParameter(1, poolId)
                .setParameter(2, contact.e164())
                .getResultList();
        return rows.stream().findFirst().map(ConversationRepository::instant);
    }

    /** When the pool last sent its footer to each of these contacts that ever got one. */
    public Map<PhoneNumber, Instant> lastFooters(long poolId, Collection<PhoneNumber> contacts) {
        Map<PhoneNumber, Instant> last = new HashMap<>();
        List<String> numbers = contacts.stream().map(PhoneNumber::e164).distinct().toList();
        for (int from = 0; from < numbers.size(); from += 1000) {
            List<?> rows = em.createNativeQuery("SELECT contact_e164, last_footer_at FROM footer_log "
                            + "WHERE pool_id = :pool AND contact_e164 IN (:contacts)")
                    .setParameter("pool", poolId)
                    .setParameter("contacts", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                last.put(PhoneNumber.ofE164((String) columns[0]), instant(columns[1]));
            }
        }
        return last;
    }

    public void footerSent(long poolId, PhoneNumber contact, Instant at) {
        em.createNativeQuery("INSERT INTO footer_log (pool_id, contact_e164, last_footer_at) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE last_footer_at = VALUES(last_footer_at)")
                .setParameter(1, poolId)
                .setParameter(2, contact.e164())
                .setParameter(3, Timestamp.from(at))
                .executeUpdate();
    }

    /**
     * Conversations of these pools or of this personal number owner, newest activity first.
     */
    public List<Conversation> inbox(Collection<Long> poolIds, long ownerStaffUserId, InboxFilter filter, int offset,
            int limit) {
        StringBuilder jpql = new StringBuilder("select c from Conversation c where (c.ownerStaffUserId = :owner");
        if (!poolIds.isEmpty()) {
            jpql.append(" or c.poolId in :pools");
        }
        jpql.append(")");
        if (filter.poolId() != null) {
            jpql.append(" and c.poolId = :pool");
        }
        if (Boolean.TRUE.equals(filter.unreadOnly())) {
            jpql.append(" and c.unreadCount > 0");
        }
        if (filter.direction() != null) {
            jpql.append(" and c.lastDirection = :direction");
        }
        if (filter.since() != null) {
            jpql.append(" and c.lastActivityAt >= :since");
        }
        if (filter.until() != null) {
            jpql.append(" and c.lastActivityAt < :until");
        }
        if (filter.contactNumber() != null) {
            jpql.append(" and c.contact = :contact");
        }
        jpql.append(" order by c.lastActivityAt desc, c.id desc");
        TypedQuery<Conversation> query = em.createQuery(jpql.toString(), Conversation.class)
                .setParameter("owner", ownerStaffUserId);
        if (!poolIds.isEmpty()) {
            query.setParameter("pools", poolIds);
        }
        if (filter.poolId() != null) {
            query.setParameter("pool", filter.poolId());
        }
        if (filter.direction() != null) {
            query.setParameter("direction", filter.direction());
        }
        if (filter.since() != null) {
            query.setParameter("since", filter.since());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        if (filter.contactNumber() != null) {
            query.setParameter("contact", PhoneNumber.ofE164(filter.contactNumber()));
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public OutboundMessage add(OutboundMessage message) {
        em.persist(message);
        return message;
    }

    public Optional<OutboundMessage> findOutbound(long id) {
        return Optional.ofNullable(em.find(OutboundMessage.class, id));
    }

    public Optional<OutboundMessage> findOutboundLocked(long id) {
        return Optional.ofNullable(em.find(OutboundMessage.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public Optional<Conversation> find(long id) {
        return Optional.ofNullable(em.find(Conversation.class, id));
    }

    public List<OutboundMessage> outboundOf(long conversationId) {
        return em.createNamedQuery(OutboundMessage.FIND_BY_CONVERSATION, OutboundMessage.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
