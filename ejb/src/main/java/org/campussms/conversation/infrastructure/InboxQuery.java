package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campussms.conversation.application.InboxFilter;
import org.campussms.conversation.domain.Conversation;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Row;

/**
 * The inbox as a query: the conversations of some pools and one staff user's personal number, filtered, newest
 * activity first, by offset or after a row (a cursor, which stays put while new activity arrives on top).
 */
@ApplicationScoped
public class InboxQuery {

    /** Where a page starts: after the row with this activity time and id, in inbox order. */
    public record After(Instant lastActivityAt, long id) {
    }

    /**
     * Conversations needing a reply and unread, of one pool (null: the personal number's); of those, the unread ones
     * the caller has (assigned to them, or of their personal number) and those needing a reply that nobody has.
     */
    public record Counts(Long poolId, long needsReply, long unread, long mineUnread, long unassignedNeedsReply) {
    }

    @Inject
    private EntityManager em;

    /** Conversations of these pools or of this personal number owner, newest activity first, from an offset. */
    public List<Conversation> page(Collection<Long> poolIds, long ownerStaffUserId, InboxFilter filter, int offset,
            int limit) {
        return query(poolIds, ownerStaffUserId, filter, null).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    /** The same, after a row ({@code after} null: from the top). */
    public List<Conversation> pageAfter(Collection<Long> poolIds, long ownerStaffUserId, InboxFilter filter,
            After after, int limit) {
        return query(poolIds, ownerStaffUserId, filter, after).setMaxResults(limit).getResultList();
    }

    /** Per pool and for the personal number, the conversations that need a reply and those unread: one query. */
    public List<Counts> counts(Collection<Long> poolIds, long ownerStaffUserId) {
        StringBuilder sql = new StringBuilder("select pool_id, sum(last_direction = 'INBOUND') as needs_reply, "
                + "sum(unread_count > 0) as unread, sum(unread_count > 0 and (assignee_staff_user_id = :owner "
                + "or owner_staff_user_id = :owner)) as mine_unread, sum(last_direction = 'INBOUND' and pool_id is "
                + "not null and assignee_staff_user_id is null) as unassigned_needs_reply from conversation "
                + "where owner_staff_user_id = :owner");
        if (!poolIds.isEmpty()) {
            sql.append(" or pool_id in (:pools)");
        }
        sql.append(" group by pool_id");
        var query = em.createNativeQuery(sql.toString(), Tuple.class).setParameter("owner", ownerStaffUserId);
        if (!poolIds.isEmpty()) {
            query.setParameter("pools", poolIds);
        }
        return ((List<?>) query.getResultList()).stream().map(tuple -> {
            Row row = Row.of((Tuple) tuple);
            return new Counts(row.getNullableLong("pool_id"), count(row, "needs_reply"), count(row, "unread"),
                    count(row, "mine_unread"), count(row, "unassigned_needs_reply"));
        }).toList();
    }

    private TypedQuery<Conversation> query(Collection<Long> poolIds, long ownerStaffUserId, InboxFilter filter,
            After after) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select c from Conversation c where (c.ownerStaffUserId = :owner");
        parameters.put("owner", ownerStaffUserId);
        if (!poolIds.isEmpty() && !Boolean.TRUE.equals(filter.personalOnly())) {
            jpql.append(" or c.poolId in :pools");
            parameters.put("pools", poolIds);
        }
        jpql.append(")");
        if (filter.poolId() != null) {
            jpql.append(" and c.poolId = :pool");
            parameters.put("pool", filter.poolId());
        }
        if (Boolean.TRUE.equals(filter.unreadOnly())) {
            jpql.append(" and c.unreadCount > 0");
        }
        if (filter.direction() != null) {
            jpql.append(" and c.lastDirection = :direction");
            parameters.put("direction", filter.direction());
        }
        if (filter.since() != null) {
            jpql.append(" and c.lastActivityAt >= :since");
            parameters.put("since", filter.since());
        }
        if (filter.until() != null) {
            jpql.append(" and c.lastActivityAt < :until");
            parameters.put("until", filter.until());
        }
        if (filter.contactNumber() != null) {
            jpql.append(" and c.contact = :contact");
            parameters.put("contact", PhoneNumber.ofE164(filter.contactNumber()));
        }
        if (filter.personId() != null) {
            jpql.append(" and c.personId = :person");
            parameters.put("person", filter.personId());
        }
        if (Boolean.TRUE.equals(filter.mine())) {
            jpql.append(" and (c.assigneeStaffUserId = :owner or c.ownerStaffUserId = :owner)");
        }
        if (Boolean.TRUE.equals(filter.unassigned())) {
            jpql.append(" and c.poolId is not null and c.assigneeStaffUserId is null");
        }
        if (after != null) {
            jpql.append(" and (c.lastActivityAt < :afterTime or (c.lastActivityAt = :afterTime and c.id < :afterId))");
            parameters.put("afterTime", after.lastActivityAt());
            parameters.put("afterId", after.id());
        }
        jpql.append(" order by c.lastActivityAt desc, c.id desc");
        TypedQuery<Conversation> query = em.createQuery(jpql.toString(), Conversation.class);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static long count(Row row, String column) {
        Long value = row.getNullableLong(column);
        return value == null ? 0 : value;
    }
}
