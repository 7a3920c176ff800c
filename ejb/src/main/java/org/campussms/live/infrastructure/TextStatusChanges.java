package org.campussms.live.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campussms.conversation.application.OutboundView;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.platform.persistence.Row;

/**
 * The texts (bulk sends' aside) whose status or row changed since a time, read through the index on
 * {@code outbound_message.updated_at}, with who may see each.
 */
@ApplicationScoped
public class TextStatusChanges {

    /** A text as of its last change; two reads of an unchanged text are equal. */
    public record StatusChange(long messageId, String status, Instant updatedAt, Long poolId,
            Long ownerStaffUserId) {
    }

    @Inject
    private EntityManager em;

    public List<StatusChange> since(Instant from, int limit) {
        List<Tuple> rows = em.createNativeQuery("select m.id, m.status, m.updated_at, c.pool_id, c.owner_staff_user_id "
                        + "from outbound_message m join conversation c on c.id = m.conversation_id "
                        + "where m.updated_at >= :from and m.bulk_send_id is null "
                        + "order by m.updated_at, m.id limit :limit", Tuple.class)
                .setParameter("from", from)
                .setParameter("limit", limit)
                .getResultList();
        List<StatusChange> changes = new ArrayList<>(rows.size());
        for (Tuple tuple : rows) {
            Row row = Row.of(tuple);
            changes.add(new StatusChange(row.getLong("id"), row.getString("status"),
                    row.getNullableInstant("updated_at"), row.getNullableLong("pool_id"),
                    row.getNullableLong("owner_staff_user_id")));
        }
        return changes;
    }

    /** The texts as staff see them, by id. */
    public Map<Long, OutboundView> texts(Collection<Long> ids) {
        return em.createQuery("select m from OutboundMessage m where m.id in :ids", OutboundMessage.class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(OutboundView::of)
                .collect(Collectors.toMap(OutboundView::id, Function.identity()));
    }
}
