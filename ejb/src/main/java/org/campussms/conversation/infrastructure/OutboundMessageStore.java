package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
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
import org.campussms.conversation.application.OutboundTexts;
import org.campussms.conversation.application.OutboundTexts.Unconfirmed;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.domain.StatusReport;
import org.campussms.platform.persistence.Database;
import org.campussms.platform.persistence.Params;
import org.campussms.platform.persistence.Row;
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

    @Inject
    private Database database;

    /** What {@code RETURNING id, conversation_id} gives for a stored text. */
    private record Stored(long id, long conversationId) {
    }

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
        return database.sql("store " + batch.size() + " outbound messages", db -> {
            List<Stored> stored = db.query(sql, p -> batch.forEach(m -> p
                    .setLong(m.getConversationId())
                    .setNullableLong(m.getPoolId())
                    .setNullableString(m.getSender() == null ? null : m.getSender().e164())
                    .setNullableLong(m.getSenderNumberId())
                    .setString(m.getTo().e164())
                    .setNullableLong(m.getPersonId())
                    .setNullableString(m.getRecordType())
                    .setString(m.getBody())
                    .setString(m.getSentText())
                    .setBoolean(m.isFooterAppended())
                    .setInt(m.getSegments())
                    .setString(m.getEncoding().name())
                    .setString(m.getStatus().name())
                    .setInt(m.getAttempts())
                    .setNullableLong(m.getSentByStaffUserId())
                    .setBoolean(m.isComplianceReply())
                    .setNullableLong(m.getBulkSendId())
                    .setInstant(m.getCreatedAt())
                    .setInstant(m.getUpdatedAt())
                    .setInstant(m.getDueAt())
                    .setNullableString(m.getErrorMessage())),
                    row -> new Stored(row.getLong("id"), row.getLong("conversation_id")));
            // RETURNING gives the rows in the order of the VALUES; the conversation of each confirms it.
            for (int i = 0; i < batch.size(); i++) {
                OutboundMessage m = batch.get(i);
                if (i >= stored.size() || stored.get(i).conversationId() != m.getConversationId()) {
                    throw new IllegalStateException("The database returned the stored messages out of order");
                }
                m.stored(stored.get(i).id());
            }
            searchIndex.add(db, batch.stream()
                    .map(m -> IndexedMessage.text(m.getId(), m.getCreatedAt(), m.getPoolId(),
                            m.getSenderNumberId(), m.getPersonId(), m.getBody()))
                    .toList());
            return batch;
        });
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
        database.sql("save the hand-off state of " + locked.size() + " messages", db -> {
            updateEach(db, List.of("status", "sender_e164", "attempts", "error_code", "error_message", "due_at",
                    "updated_at"), byId, null, (p, m, column) -> {
                        switch (column) {
                            case 0 -> p.setString(m.getStatus().name());
                            case 1 -> p.setNullableString(m.getSender() == null ? null : m.getSender().e164());
                            case 2 -> p.setInt(m.getAttempts());
                            case 3 -> p.setNullableInt(m.getErrorCode());
                            case 4 -> p.setNullableString(m.getErrorMessage());
                            case 5 -> p.setInstant(m.getDueAt());
                            default -> p.setInstant(m.getUpdatedAt());
                        }
                    });
            return null;
        });
        locked.forEach(em::detach);
    }

    @Override
    public void recordCarrierSids(Map<Long, String> sids, Instant now) {
        if (sids.isEmpty()) {
            return;
        }
        String in = String.join(", ", Collections.nCopies(sids.size(), "?"));
        database.sql("record the carrier's sids of " + sids.size() + " messages", db -> {
            List<Long> unrecorded = db.query("SELECT id FROM outbound_message WHERE id IN (" + in
                    + ") AND twilio_sid IS NULL FOR UPDATE SKIP LOCKED", p -> sids.keySet().forEach(p::setLong),
                    row -> row.getLong("id"));
            if (!unrecorded.isEmpty()) {
                Map<Long, String> toRecord = new LinkedHashMap<>();
                unrecorded.forEach(id -> toRecord.put(id, sids.get(id)));
                updateEach(db, List.of("twilio_sid"), toRecord, now, (p, sid, column) -> p.setString(sid));
            }
            return null;
        });
    }

    @Override
    public List<StatusReport.Outcome> applyStatusReports(List<StatusReport> reports, Instant now) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new TreeSet<>();
        reports.forEach(report -> ids.add(report.messageId()));
        Map<Long, StatusReport.Target> messages = new HashMap<>();
        return database.sql("apply " + reports.size() + " status reports", db -> {
            db.query("SELECT id, twilio_sid, status, error_code "
                    + "FROM outbound_message WHERE id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                    + ") ORDER BY id FOR UPDATE", p -> ids.forEach(p::setLong), row -> Map.entry(row.getLong("id"),
                            new StatusReport.Target(row.getString("twilio_sid"),
                                    row.getEnum("status", MessageStatus.class), row.getNullableInt("error_code"))))
                    .forEach(message -> messages.put(message.getKey(), message.getValue()));
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
                updateEach(db, List.of("status", "twilio_sid", "error_code"), changed, now, (p, message, column) -> {
                    switch (column) {
                        case 0 -> p.setString(message.status().name());
                        case 1 -> p.setString(message.sid());
                        default -> p.setNullableInt(message.errorCode());
                    }
                });
            }
            return outcomes;
        });
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
        return database.sql("lease unconfirmed outbound messages", db -> {
            List<Unconfirmed> leased = db.query("SELECT id, twilio_sid FROM outbound_message "
                    + "WHERE status IN ('SENDING', 'SENT') AND twilio_sid IS NOT NULL AND updated_at < ? "
                    + "AND created_at > ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                    p -> p.setInstant(staleBefore).setInstant(createdAfter).setInt(limit),
                    row -> new Unconfirmed(row.getLong("id"), row.getString("twilio_sid")));
            if (!leased.isEmpty()) {
                Map<Long, Instant> touched = new LinkedHashMap<>();
                leased.forEach(u -> touched.put(u.id(), now));
                updateEach(db, List.of("updated_at"), touched, null, (p, at, column) -> p.setInstant(at));
            }
            return leased;
        });
    }

    private List<Long> lockIds(String sql, Instant staleBefore, int limit) {
        return database.query("look for stale outbound messages", sql,
                p -> p.setInstant(staleBefore).setInt(limit), row -> row.getLong("id"));
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

    /** Binds one row's value of one column (by its index in the statement's column list) next. */
    @FunctionalInterface
    private interface ColumnValue<T> {
        void bind(Params params, T row, int column);
    }

    /**
     * Writes each of these outbound messages its own values in one statement:
     * {@code UPDATE outbound_message SET c = CASE id WHEN ? THEN ? ... END, ... [, updated_at = ?] WHERE id IN (...)}.
     *
     * @param rows      the values of each message, by id
     * @param updatedAt one last-update time for all of them, or null when {@code columns} carries each one's own
     */
    private static <T> void updateEach(Sql db, List<String> columns, Map<Long, T> rows, Instant updatedAt,
            ColumnValue<T> value) {
        StringBuilder sql = new StringBuilder("UPDATE outbound_message SET ");
        String whens = " WHEN ? THEN ?".repeat(rows.size());
        sql.append(String.join(", ", columns.stream().map(c -> c + " = CASE id" + whens + " END").toList()));
        if (updatedAt != null) {
            sql.append(", updated_at = ?");
        }
        sql.append(" WHERE id IN (").append(String.join(", ", Collections.nCopies(rows.size(), "?"))).append(")");
        db.update(sql.toString(), p -> {
            for (int column = 0; column < columns.size(); column++) {
                for (Map.Entry<Long, T> row : rows.entrySet()) {
                    p.setLong(row.getKey());
                    value.bind(p, row.getValue(), column);
                }
            }
            if (updatedAt != null) {
                p.setInstant(updatedAt);
            }
            rows.keySet().forEach(p::setLong);
        });
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
        List<Tuple> rows = em.createNativeQuery("select m.conversation_id, m.status from outbound_message m "
                        + "where m.id in (select max(n.id) from outbound_message n where n.conversation_id in (:ids) "
                        + "group by n.conversation_id)", Tuple.class)
                .setParameter("ids", conversationIds)
                .getResultList();
        Map<Long, MessageStatus> statuses = new HashMap<>();
        for (Tuple tuple : rows) {
            Row row = Row.of(tuple);
            statuses.put(row.getLong("conversation_id"), row.getEnum("status", MessageStatus.class));
        }
        return statuses;
    }
}
