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
 * in some pools and one staff user's personal number: texts carry their pool and sender number, replies their pool
 * and the personal number's owner, so no join is needed until the page is chosen.
 */
@ApplicationScoped
public class MessageSearchQuery {

    /** Which messages may match; null fields do not filter. */
    public record Scope(Collection<Long> poolIds, long ownerStaffUserId, Long personalNumberId, Long poolId,
            Long personId, String direction, Instant from, Instant until) {
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
        // Each table's best offset + limit first, filtered on its own columns (the FULLTEXT match decides the rows
        // read); only those few are joined to their conversations.
        parameters.put("top", offset + limit);
        StringBuilder sql = new StringBuilder("select h.dir, h.id, h.conversation_id, c.pool_id, c.person_id, "
                + "c.contact_e164, h.body, h.at_time, h.score from (");
        if (!"INBOUND".equals(scope.direction())) {
            sql.append("(select 'OUTBOUND' dir, m.id, m.conversation_id, m.body, m.created_at at_time, "
                    + "match(m.body) against (:q in boolean mode) score from outbound_message m "
                    + "where match(m.body) against (:q in boolean mode)")
                    .append(where(scope, parameters, "m", "created_at", "sender_number_id = :personal"))
                    .append(" order by score desc, at_time desc limit :top)");
        }
        if (!"OUTBOUND".equals(scope.direction())) {
            if (!"INBOUND".equals(scope.direction())) {
                sql.append(" union all ");
            }
            sql.append("(select 'INBOUND' dir, r.id, r.conversation_id, r.body, r.received_at at_time, "
                    + "match(r.body) against (:q in boolean mode) score from inbound_message r "
                    + "where match(r.body) against (:q in boolean mode)")
                    .append(where(scope, parameters, "r", "received_at", "owner_staff_user_id = :owner"))
                    .append(" order by score desc, at_time desc limit :top)");
        }
        sql.append(") h join conversation c on c.id = h.conversation_id "
                + "order by h.score desc, h.at_time desc, h.id desc limit :limit offset :offset");
        parameters.put("limit", limit);
        parameters.put("offset", offset);
        Query query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        List<Hit> hits = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            hits.add(new Hit((String) c[0], ((Number) c[1]).longValue(), ((Number) c[2]).longValue(),
                    c[3] == null ? null : ((Number) c[3]).longValue(),
                    c[4] == null ? null : ((Number) c[4]).longValue(),
                    (String) c[5], (String) c[6], Jdbc.instant(c[7]), ((Number) c[8]).doubleValue()));
        }
        return hits;
    }

    /**
     * The scope's conditions on a message table's own columns.
     *
     * @param t        the table's alias
     * @param at       its time column
     * @param personal its condition for the caller's personal number, on a parameter :personal or :owner
     */
    private static String where(Scope scope, Map<String, Object> parameters, String t, String at, String personal) {
        StringBuilder where = new StringBuilder(" and (").append(t).append('.').append(personal);
        if (personal.contains(":personal")) {
            parameters.put("personal", scope.personalNumberId() == null ? -1L : scope.personalNumberId());
        } else {
            parameters.put("owner", scope.ownerStaffUserId());
        }
        if (!scope.poolIds().isEmpty()) {
            where.append(" or ").append(t).append(".pool_id in (:pools)");
            parameters.put("pools", scope.poolIds());
        }
        where.append(")");
        if (scope.poolId() != null) {
            where.append(" and ").append(t).append(".pool_id = :pool");
            parameters.put("pool", scope.poolId());
        }
        if (scope.personId() != null) {
            where.append(" and ").append(t).append(".person_id = :person");
            parameters.put("person", scope.personId());
        }
        if (scope.from() != null) {
            where.append(" and ").append(t).append('.').append(at).append(" >= :from");
            parameters.put("from", scope.from());
        }
        if (scope.until() != null) {
            where.append(" and ").append(t).append('.').append(at).append(" < :until");
            parameters.put("until", scope.until());
        }
        return where.toString();
    }
}
