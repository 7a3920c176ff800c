package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.domain.OutboundMessage;

/**
 * The newest texts and replies of some conversations up to a time (inclusive: entries of that very instant are
 * sorted out by the caller), through the (conversation, time) indexes.
 */
@ApplicationScoped
public class TimelineQuery {

    @Inject
    private EntityManager em;

    public List<OutboundMessage> texts(Collection<Long> conversationIds, Instant until, int limit) {
        return newest("select m from OutboundMessage m where m.conversationId in :ids"
                + (until == null ? "" : " and m.createdAt <= :until") + " order by m.createdAt desc, m.id desc",
                OutboundMessage.class, conversationIds, until, limit);
    }

    public List<InboundMessage> replies(Collection<Long> conversationIds, Instant until, int limit) {
        return newest("select r from InboundMessage r where r.conversationId in :ids"
                + (until == null ? "" : " and r.receivedAt <= :until") + " order by r.receivedAt desc, r.id desc",
                InboundMessage.class, conversationIds, until, limit);
    }

    private <T> List<T> newest(String jpql, Class<T> type, Collection<Long> conversationIds, Instant until,
            int limit) {
        if (conversationIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<T> query = em.createQuery(jpql, type).setParameter("ids", conversationIds).setMaxResults(limit);
        if (until != null) {
            query.setParameter("until", until);
        }
        return query.getResultList();
    }
}
