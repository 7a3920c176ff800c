package org.campussms.conversation.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.campussms.conversation.application.OutboundTexts;
import org.campussms.conversation.application.OutboundTexts.Unconfirmed;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.domain.StatusReport;
import org.campussms.platform.JndiNames;
import org.campussms.platform.persistence.Jdbc;
import org.campussms.platform.persistence.Sql;
import org.campussms.search.application.SearchIndex;
import org.campussms.search.application.SearchIndex.IndexedMessage;

/**
 * The texts we send and where each is: stored a batch per statement, claimed for hand-off, given the carrier's sid
 * and moved on by its status reports. The hot paths are plain JDBC on the transaction's own connection (the pool
 * hands the one it enlisted for the EntityManager); every locker of these rows locks them in id order.
 */
@ApplicationScoped
public class OutboundMessageStore implements OutboundTexts {

    /** The columns {@link #insertAll} writes, in the order of its parameters. */
    private static final String OUTBOUND_COLUMNS = "conversation_id, pool_id, sender_e164, sender_number_id, to_e164, "
            + "person_id, record_type, body, sent_text, footer_appended, segments, encoding, status, attempts, "
            + "sent_by_staff_user_id, compliance_reply, bulk_send_id, created_at, updated_at, due_at, error_message";
    private static final String OUTBOUND_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    private EntityManager em;

    @Inject
    private SearchIndex searchIndex;

    @Resource(lookup = JndiNames.DATASOURCE)
    private DataSource dataSource;

    /**
     * Stores new outbound messages in one statement, however many (a bulk send's chunk), and gives each the id its
     * row got; persisted as entities they went to the database one row per statement. The messages stay unmanaged:
     * what happens to them later goes through this store or a later transaction's entities.
     *
     * @return the messages, in the order given, with their ids
     */
    public List<OutboundMessage> insertAll(List<OutboundMessage> batch) {
        if (batch.isEmpty()) {
            return batch;
        }
        String sql = "INSERT INTO outbound_message (" + OUTBOUND_COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(batch.size(), OUTBOUND_ROW)) + " RETURNING id, conversation_id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            for (OutboundMessage m : batch) {
                insert.setLong(p++, m.getConversationId());
                Jdbc.setLong(insert, p++, m.getPoolId());
                Jdbc.setString(insert, p++, m.getSender() == null ? null : m.getSender().e164());
                Jdbc.setLong(insert, p++, m.getSenderNumberId());
                insert.setString(p++, m.getTo().e164());
                Jdbc.setLong(insert, p++, m.getPersonId());
                Jdbc.setString(insert, p++, m.getRecordType());
                insert.setString(p++, m.getBody());
                insert.setString(p++, m.getSentText());
                insert.setBoolean(p++, m.isFooterAppended());
                insert.setInt(p++, m.getSegments());
                insert.setString(p++, m.getEncoding().name());
                insert.setString(p++, m.getStatus().name());
                insert.setInt(p++, m.getAttempts());
                Jdbc.setLong(insert, p++, m.getSentByStaffUserId());
                insert.setBoolean(p++, m.isComplianceReply());
                Jdbc.setLong(insert, p++, m.getBulkSendId());
                Jdbc.setInstant(insert, p++, m.getCreatedAt());
                Jdbc.setInstant(insert, p++, m.getUpdatedAt());
                Jdbc.setInstant(insert, p++, m.getDueAt());
                Jdbc.setString(insert, p++, m.getErrorMessage());
            }
            try (ResultSet rows = insert.executeQuery()) {
                // RETURNING gives the rows in the order of the VALUES; the conversation of each confirms it.
                for (OutboundMessage m : batch) {
                    if (!rows.next() || rows.getLong(2) != m.getConversationId()) {
                        throw new IllegalStateException("The database returned the stored messages out of order");
                    }
                    m.stored(rows.getLong(1));
                }
            }
            searchIndex.add(Sql.on(connection), batch.stream()
                    .map(m -> IndexedMessage.text(m.getId(), m.getCreatedAt(), m.getPoolId(),
                            m.getSenderNumberId(), m.getPersonId(), m.getBody()))
                    .toList());
        } catch (SQLException e) {
            throw new PersistenceException("Cannot store " + batch.size() + " outbound messages", e);
        }
        return batch;
    }

    @Override
    public Optional<OutboundMessage> find(long id) {
        return Optional.ofNullable(em.find(OutboundMessage.class, id));
    }

    @Override
    public List<OutboundMessage> findAll(Collection<Long> ids) {
        return em.createQuery("select m from OutboundMessage m where m.id in :ids", OutboundMessage.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<OutboundMessage> lockAll(Collection<Long> ids) {
        return em.createQuery("select m from OutboundMessage m where m.id in :ids order by m.id",
                        OutboundMessage.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public void saveHandOffStateAndDetach(Collection<OutboundMessage> locked) {
        if (locked.isEmpty()) {
            return;
        }
        Map<Long, OutboundMessage> byId = new LinkedHashMap<>();
        locked.forEach(m -> byId.put(m.getId(), m));
        try (Connection connection = dataSource.getConnection()) {
            updateEach(connection, List.of("status", "sender_e164", "attempts", "error_code", "error_message",
                    "due_at", "updated_at"), byId, null, (update, p, m, column) -> {
                        switch (column) {
                            case 0 -> update.setString(p, m.getStatus().name());
                            case 1 -> Jdbc.setString(update, p, m.getSender() == null ? null : m.getSender().e164());
                            case 2 -> update.setInt(p, m.getAttempts());
                            case 3 -> Jdbc.setInt(update, p, m.getErrorCode());
                            case 4 -> Jdbc.setString(update, p, m.getErrorMessage());
                            case 5 -> Jdbc.setInstant(update, p, m.getDueAt());
                            default -> Jdbc.setInstant(update, p, m.getUpdatedAt());
                        }
                    });
        } catch (SQLException e) {
            throw new PersistenceException("Cannot save the hand-off state of " + locked.size() + " messages", e);
        }
        locked.forEach(em::detach);
    }

    @Override
    public void recordCarrierSids(Map<Long, String> sids, Instant now) {
        if (sids.isEmpty()) {
            return;
        }
        String in = String.join(", ", Collections.nCopies(sids.size(), "?"));
        try (Connection connection = dataSource.getConnection()) {
            List<Long> unrecorded = new ArrayList<>(sids.size());
            try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM outbound_message WHERE id IN ("
                    + in + ") AND twilio_sid IS NULL FOR UPDATE SKIP LOCKED")) {
                int p = 1;
                for (Long id : sids.keySet()) {
                    lock.setLong(p++, id);
                }
                try (ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        unrecorded.add(rows.getLong(1));
                    }
                }
            }
            if (unrecorded.isEmpty()) {
                return;
            }
            Map<Long, String> toRecord = new LinkedHashMap<>();
            unrecorded.forEach(id -> toRecord.put(id, sids.get(id)));
            updateEach(connection, List.of("twilio_sid"), toRecord, now,
                    (update, p, sid, column) -> update.setString(p, sid));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot record the carrier's sids of " + sids.size() + " messages", e);
        }
    }

    @Override
    public List<StatusReport.Outcome> applyStatusReports(List<StatusReport> reports, Instant now) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new TreeSet<>();
        reports.forEach(report -> ids.add(report.messageId()));
        Map<Long, StatusReport.Target> messages = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT id, twilio_sid, status, error_code "
                    + "FROM outbound_message WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ") ORDER BY id FOR UPDATE")) {
                int p = 1;
                for (Long id : ids) {
                    lock.setLong(p++, id);
                }
                try (ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        int code = rows.getInt(4);
                        messages.put(rows.getLong(1), new StatusReport.Target(rows.getString(2),
                                MessageStatus.valueOf(rows.getString(3)), rows.wasNull() ? null : code));
                    }
                }
            }
            List<StatusReport.Outcome> outcomes = new ArrayList<>(reports.size());
            for (StatusReport report : reports) {
                StatusReport.Target message = messages.get(report.messageId());
                outcomes.add(message == null ? StatusReport.Outcome.UNKNOWN_MESSAGE : message.apply(report));
            }
            Map<Long, StatusReport.Target> changed = new TreeMap<>();
            messages.forEach((id, message) -> {
                if (message.changed()) {
                    changed.put(id, message);
                }
            });
            if (!changed.isEmpty()) {
                updateEach(connection, List.of("status", "twilio_sid", "error_code"), changed, now,
                        (update, p, message, column) -> {
                            switch (column) {
                                case 0 -> update.setString(p, message.status().name());
                                case 1 -> update.setString(p, message.sid());
                                default -> Jdbc.setInt(update, p, message.errorCode());
                            }
                        });
            }
            return outcomes;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot apply " + reports.size() + " status reports", e);
        }
    }

    @Override
    public List<Long> lockStaleQueued(Instant staleBefore, int limit) {
        return lockIds("SELECT m.id FROM outbound_message m WHERE m.status = 'QUEUED' "
                + "AND COALESCE(m.due_at, m.updated_at) < ? AND NOT EXISTS (SELECT 1 FROM sender_number s "
                + "WHERE s.id = m.sender_number_id AND s.status <> 'ACTIVE') "
                + "ORDER BY m.id LIMIT ? FOR UPDATE SKIP LOCKED", staleBefore, limit);
    }

    @Override
    public List<OutboundMessage> lockUnanswered(Instant staleBefore, int limit) {
        List<Long> ids = lockIds("SELECT id FROM outbound_message WHERE status = 'SENDING' AND twilio_sid IS NULL "
                + "AND updated_at < ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED", staleBefore, limit);
        return ids.isEmpty() ? List.of() : em.createQuery("select m from OutboundMessage m where m.id in :ids "
                        + "order by m.id", OutboundMessage.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Unconfirmed> leaseUnconfirmed(Instant staleBefore, Instant createdAfter, int limit, Instant now) {
        List<Unconfirmed> leased = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT id, twilio_sid FROM outbound_message "
                    + "WHERE status IN ('SENDING', 'SENT') AND twilio_sid IS NOT NULL AND updated_at < ? "
                    + "AND created_at > ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED")) {
                Jdbc.setInstant(lock, 1, staleBefore);
                Jdbc.setInstant(lock, 2, createdAfter);
                lock.setInt(3, limit);
                try (ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        leased.add(new Unconfirmed(rows.getLong(1), rows.getString(2)));
                    }
                }
            }
            if (!leased.isEmpty()) {
                Map<Long, Instant> touched = new LinkedHashMap<>();
                leased.forEach(u -> touched.put(u.id(), now));
                updateEach(connection, List.of("updated_at"), touched, null,
                        (update, p, at, column) -> Jdbc.setInstant(update, p, at));
            }
            return leased;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot lease unconfirmed outbound messages", e);
        }
    }

    private List<Long> lockIds(String sql, Instant staleBefore, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(sql)) {
            Jdbc.setInstant(lock, 1, staleBefore);
            lock.setInt(2, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot look for stale outbound messages", e);
        }
    }

    @Override
    public void requeued(Collection<Long> ids, Instant now) {
        em.createQuery("update OutboundMessage m set m.dueAt = null, m.updatedAt = :now where m.id in :ids")
                .setParameter("now", now)
                .setParameter("ids", ids)
                .executeUpdate();
    }

    @Override
    public List<Long> queuedFrom(long senderNumberId) {
        return em.createQuery("select m.id from OutboundMessage m where m.senderNumberId = :sender "
                        + "and m.status = org.campussms.conversation.domain.MessageStatus.QUEUED order by m.id",
                        Long.class)
                .setParameter("sender", senderNumberId)
                .getResultList();
    }

    @Override
    public Set<String> knownSids(Collection<String> sids) {
        if (sids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select m.twilioSid from OutboundMessage m where m.twilioSid in :sids",
                        String.class)
                .setParameter("sids", sids)
                .getResultList());
    }

    /** Binds one row's value of one column (by its index in the statement's column list) at {@code index}. */
    @FunctionalInterface
    private interface ColumnValue<T> {
        void bind(PreparedStatement update, int index, T row, int column) throws SQLException;
    }

    /**
     * Writes each of these outbound messages its own values in one statement:
     * {@code UPDATE outbound_message SET c = CASE id WHEN ? THEN ? ... END, ... [, updated_at = ?] WHERE id IN (...)}.
     *
     * @param rows      the values of each message, by id
     * @param updatedAt one last-update time for all of them, or null when {@code columns} carries each one's own
     */
    private static <T> void updateEach(Connection connection, List<String> columns, Map<Long, T> rows,
            Instant updatedAt, ColumnValue<T> value) throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE outbound_message SET ");
        String whens = " WHEN ? THEN ?".repeat(rows.size());
        sql.append(String.join(", ", columns.stream().map(c -> c + " = CASE id" + whens + " END").toList()));
        if (updatedAt != null) {
            sql.append(", updated_at = ?");
        }
        sql.append(" WHERE id IN (").append(String.join(", ", Collections.nCopies(rows.size(), "?"))).append(")");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (int column = 0; column < columns.size(); column++) {
                for (Map.Entry<Long, T> row : rows.entrySet()) {
                    update.setLong(p++, row.getKey());
                    value.bind(update, p++, row.getValue(), column);
                }
            }
            if (updatedAt != null) {
                Jdbc.setInstant(update, p++, updatedAt);
            }
            for (Long id : rows.keySet()) {
                update.setLong(p++, id);
            }
            update.executeUpdate();
        }
    }

    /** A conversation's texts, oldest first. */
    public List<OutboundMessage> ofConversation(long conversationId) {
        return em.createNamedQuery(OutboundMessage.FIND_BY_CONVERSATION, OutboundMessage.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }

    /** The status of each conversation's newest text, for the conversations that have one: one query. */
    public Map<Long, MessageStatus> lastStatuses(Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = em.createNativeQuery("select m.conversation_id, m.status from outbound_message m "
                        + "where m.id in (select max(n.id) from outbound_message n where n.conversation_id in (:ids) "
                        + "group by n.conversation_id)")
                .setParameter("ids", conversationIds)
                .getResultList();
        Map<Long, MessageStatus> statuses = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            statuses.put(((Number) c[0]).longValue(), MessageStatus.valueOf((String) c[1]));
        }
        return statuses;
    }
}
