package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campussms.platform.persistence.Jdbc;

/**
 * Full-text search over texts and replies through their FULLTEXT indexes, ranked by relevance then recency, only
 * in the conversations of some pools and one personal number's owner.
 */
@ApplicationScoped
public class MessageSearchQuery {

    /** Which messages may match; null fields do not filter. */
    public record Scope(Collection<Long> poolIds, long ownerStaffUserId, Long poolId, Long personId,
            String direction, Instant from, Instant until) {
    }

    /** One message found, with where it is. */
    public record Hit(String direction, long messageId, long conversationId, Long poolId, Long personId,
            String contactNumber, String body, Instant at, double score) {
    }

    @Inject
    private EntityManager em;

    /**
     * @param booleanQuery the terms in MariaDB's boolean full-text syntax (see {@code SearchTerms})
     */
    public List<Hit> search(String booleanQuery, Scope scope, int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("q", booleanQuery);
        String where = where(scope, parameters);
        StringBuilder sql = new StringBuilder();
        if (!"INBOUND".equals(scope.direction())) {
            sql.append("(select 'OUTBOUND' dir, m.id, m.conversation_id, c.pool_id, c.person_id, c.contact_e164, "
                    + "m.body, m.created_at at_time, match(m.body) against (:q in boolean mode) score "
                    + "from outbound_message m join conversation c on c.id = m.conversation_id "
                    + "where match(m.body) against (:q in boolean mode)").append(where.replace("{at}", "m.created_at"))
                    .append(")");
        }
        if (!"OUTBOUND".equals(scope.direction())) {
            if (!sql.isEmpty()) {
                sql.append(" union all ");
            }
            sql.append("(select 'INBOUND' dir, r.id, r.conversation_id, c.pool_id, c.person_id, c.contact_e164, "
                    + "r.body, r.received_at at_time, match(r.body) against (:q in boolean mode) score "
                    + "from inbound_message r join conversation c on c.id = r.conversation_id "
                    + "where match(r.body) against (:q in boolean mode)").append(where.replace("{at}", "r.received_at"))
                    .append(")");
        }
        sql.append(" order by score desc, at_time desc, id desc limit :limit offset :offset");
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        List<Hit> hits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            hits.add(new Hit((String) c[0], ((Number) c[1]).longValue(), ((Number) c[2]).longValue(),
                    c[3] == null ? null : ((Number) c[3]).longValue(), c[4] == null ? null : ((Number) c[4]).longValue(),
                    (String) c[5], (String) c[6], Jdbc.instant(c[7]), ((Number) c[8]).doubleValue()));
        }
        return hits;
    }

    private static String where(Scope scope, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" and (c.owner_staff_user_id = :owner");
        parameters.put("owner", scope.ownerStaffUserId());
        if (!scope.poolIds().isEmpty()) {
            where.append(" or c.pool_id in (:pools)");
            parameters.put("pools", scope.poolIds());
        }
        where.append(")");
        if (scope.poolId() != null) {
            where.append(" and c.pool_id = :pool");
            parameters.put("pool", scope.poolId());
        }
        if (scope.personId() != null) {
            where.append(" and c.person_id = :person");
            parameters.put("person", scope.personId());
        }
        if (scope.from() != null) {
            where.append(" and {at} >= :from");
            parameters.put("from", scope.from());
        }
        if (scope.until() != null) {
            where.append(" and {at} < :until");
            parameters.put("until", scope.until());
        }
        return where.toString();
    }
}
