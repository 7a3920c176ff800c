package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.campussms.conversation.application.InboxFilter;
import org.campussms.conversation.domain.Conversation;
import org.campussms.platform.PhoneNumber;

/**
 * The inbox as a query: the conversations of some pools and one staff user's personal number, filtered, newest
 * activity first.
 */
@ApplicationScoped
public class InboxQuery {

    @Inject
    private EntityManager em;

    /**
     * Conversations of these pools or of this personal number owner, newest activity first.
     */
    public List<Conversation> page(Collection<Long> poolIds, long ownerStaffUserId, InboxFilter filter, int offset,
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
}
