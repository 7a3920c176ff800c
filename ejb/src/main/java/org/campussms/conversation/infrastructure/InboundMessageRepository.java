package org.campussms.conversation.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.campussms.conversation.application.InboundMessages;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.platform.JndiNames;
import org.campussms.platform.persistence.Jdbc;
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

    @Resource(lookup = JndiNames.DATASOURCE)
    private DataSource dataSource;

    @Override
    public List<InboundMessage> addAllIfNew(List<InboundMessage> batch) {
        // The transaction's own connection: the pool hands the one it enlisted for the EntityManager.
        try (Connection connection = dataSource.getConnection()) {
            return addAllIfNew(connection, batch);
        } catch (SQLException e) {
            throw new PersistenceException("Cannot store " + batch.size() + " inbound messages", e);
        }
    }

    @Override
    public List<InboundMessage> addAllIfNew(Sql sql, List<InboundMessage> batch) {
        return sql.call("store " + batch.size() + " inbound messages",
                connection -> addAllIfNew(connection, batch));
    }

    private List<InboundMessage> addAllIfNew(Connection connection, List<InboundMessage> batch) throws SQLException {
        if (batch.isEmpty()) {
            return List.of();
        }
        String sql = "INSERT IGNORE INTO inbound_message (" + COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(batch.size(), ROW)) + " RETURNING id, message_sid";
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            for (InboundMessage m : batch) {
                insert.setString(p++, m.getMessageSid());
                insert.setString(p++, m.getFromNumber());
                insert.setString(p++, m.getToNumber());
                insert.setString(p++, m.getBody());
                insert.setInt(p++, m.getNumSegments());
                Jdbc.setInstant(insert, p++, m.getReceivedAt());
                Jdbc.setLong(insert, p++, m.getConversationId());
                Jdbc.setLong(insert, p++, m.getSenderNumberId());
                Jdbc.setLong(insert, p++, m.getPoolId());
                Jdbc.setLong(insert, p++, m.getOwnerStaffUserId());
                Jdbc.setLong(insert, p++, m.getPersonId());
                List<Long> candidates = m.getCandidatePersonIds();
                Jdbc.setString(insert, p++, candidates.size() > 1 ? candidates.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) : null);
                Jdbc.setString(insert, p++, m.getContactMatch() == null ? null : m.getContactMatch().name());
                Jdbc.setString(insert, p++, m.getRoutingReason());
            }
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(2), rows.getLong(1));
                }
            }
        }
        List<InboundMessage> stored = new ArrayList<>(ids.size());
        for (InboundMessage message : batch) {
            Long id = ids.remove(message.getMessageSid());
            if (id != null) {
                message.stored(id);
                stored.add(message);
            }
        }
        searchIndex.add(Sql.on(connection), stored.stream()
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
