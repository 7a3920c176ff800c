package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.campussms.conversation.application.InboundMessages;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.platform.persistence.Database;
import org.campussms.platform.persistence.Sql;
import org.campussms.search.application.SearchIndex;
import org.campussms.search.application.SearchIndex.IndexedMessage;

@ApplicationScoped
public class InboundMessageRepository implements InboundMessages {

    /** The columns {@link #addAllIfNew} writes, in the order of its parameters. */
    private static final String COLUMNS = "message_sid, from_number, to_number, body, num_segments, received_at, "
            + "conversation_id, sender_number_id, pool_id, owner_staff_user_id, person_id, candidate_person_ids, "
            + "contact_match, routing_reason";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    private EntityManager em;

    @Inject
    private SearchIndex searchIndex;

    @Inject
    private Database database;

    @Override
    public List<InboundMessage> addAllIfNew(List<InboundMessage> batch) {
        return database.sql("store " + batch.size() + " inbound messages", db -> addAllIfNew(db, batch));
    }

    @Override
    public List<InboundMessage> addAllIfNew(Sql db, List<InboundMessage> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        String sql = "INSERT IGNORE INTO inbound_message (" + COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(batch.size(), ROW)) + " RETURNING id, message_sid";
        Map<String, Long> ids = new HashMap<>();
        db.query(sql, p -> batch.forEach(m -> {
            List<Long> candidates = m.getCandidatePersonIds();
            p.setString(m.getMessageSid())
                    .setString(m.getFromNumber())
                    .setString(m.getToNumber())
                    .setString(m.getBody())
                    .setInt(m.getNumSegments())
                    .setInstant(m.getReceivedAt())
                    .setNullableLong(m.getConversationId())
                    .setNullableLong(m.getSenderNumberId())
                    .setNullableLong(m.getPoolId())
                    .setNullableLong(m.getOwnerStaffUserId())
                    .setNullableLong(m.getPersonId())
                    .setNullableString(candidates.size() > 1 ? candidates.stream().map(String::valueOf)
                            .collect(Collectors.joining(",")) : null)
                    .setNullableString(m.getContactMatch() == null ? null : m.getContactMatch().name())
                    .setNullableString(m.getRoutingReason());
        }), row -> Map.entry(row.getString("message_sid"), row.getLong("id")))
                .forEach(id -> ids.put(id.getKey(), id.getValue()));
        List<InboundMessage> stored = new ArrayList<>(ids.size());
        for (InboundMessage message : batch) {
            Long id = ids.remove(message.getMessageSid());
            if (id != null) {
                message.stored(id);
                stored.add(message);
            }
        }
        searchIndex.add(db, stored.stream()
                .map(m -> IndexedMessage.reply(m.getId(), m.getReceivedAt(), m.getPoolId(),
                        m.getSenderNumberId(), m.getPersonId(), m.getBody()))
                .toList());
        return stored;
    }

    @Override
    public void consentApplied(InboundMessage message, String action) {
        message.consentApplied(action);
        em.createNativeQuery("UPDATE inbound_message SET consent_action = ? WHERE id = ?")
                .setParameter(1, action)
                .setParameter(2, message.getId())
                .executeUpdate();
    }

    public Optional<InboundMessage> find(long id) {
        return Optional.ofNullable(em.find(InboundMessage.class, id));
    }

    public List<InboundMessage> ofConversation(long conversationId) {
        return em.createNamedQuery(InboundMessage.FIND_BY_CONVERSATION, InboundMessage.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }
}
