package org.campussms.conversation.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.campussms.conversation.application.InboxFilter;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.IncomingActivity;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.domain.StatusReport;
import org.campussms.platform.Jdbc;
import org.campussms.platform.JndiNames;
import org.campussms.platform.PhoneNumber;

@ApplicationScoped
public class ConversationRepository {

    /** The columns {@link #addAll} writes, in the order of its parameters. */
    private static final String OUTBOUND_COLUMNS = "conversation_id, pool_id, sender_e164, sender_number_id, to_e164, "
            + "person_id, record_type, body, sent_text, footer_appended, segments, encoding, status, attempts, "
            + "sent_by_staff_user_id, compliance_reply, bulk_send_id, created_at, updated_at";
    private static final String OUTBOUND_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * What an upsert of conversations does with the activity of new messages from their contacts (see
     * {@link IncomingActivity}) when the row exists. Assignments run left to right and see the columns already
     * assigned: last_activity_at goes after the preview and before the direction, so each of the three compares with
     * the row as it was.
     */
    private static final String INCOMING_ACTIVITY;

    static {
        String newer = "(last_direction IS NULL OR VALUES(last_activity_at) >= last_activity_at)";
        INCOMING_ACTIVITY = " ON DUPLICATE KEY UPDATE person_id = COALESCE(VALUES(person_id), person_id),"
                + " last_preview = IF(" + newer + ", VALUES(last_preview), last_preview),"
                + " last_activity_at = IF(" + newer + ", VALUES(last_activity_at), last_activity_at),"
                + " last_direction = IF(" + newer + ", VALUES(last_direction), last_direction),"
                + " unread_count = unread_count + VALUES(unread_count)";
    }

    @Inject
    private EntityManager em;

    @Resource(lookup = JndiNames.DATASOURCE)
    private DataSource dataSource;

    /**
     * The conversations of these (sender number, contact) pairs, created where new, and locked for the rest of the
     * transaction; one statement to create and one to read, however many pairs.
     */
    public Map<String, Conversation> lockOrCreateAll(List<Map.Entry<Long, PhoneNumber>> pairs, Long poolId,
            Long ownerStaffUserId, Instant now) {
        StringBuilder sql = new StringBuilder("INSERT INTO conversation (sender_number_id, pool_id, "
                + "owner_staff_user_id, contact_e164, last_activity_at, unread_count) VALUES ");
        for (int i = 0; i < pairs.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, 0)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE id = id");
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (Map.Entry<Long, PhoneNumber> pair : pairs) {
            insert.setParameter(p++, pair.getKey())
                    .setParameter(p++, poolId)
                    .setParameter(p++, ownerStaffUserId)
                    .setParameter(p++, pair.getValue().e164())
                    .setParameter(p++, Timestamp.from(now));
        }
        insert.executeUpdate();
        Map<String, Conversation> found = new HashMap<>();
        // Through the unique key, always: on a young table the optimizer would rather scan the primary key, and a
        // locking scan waits for the rows other bulk workers have just inserted while they wait for ours (deadlock).
        @SuppressWarnings("unchecked")
        List<Conversation> locked = em.createNativeQuery("SELECT * FROM conversation FORCE INDEX (uk_conversation) "
                        + "WHERE sender_number_id IN (:senders) AND contact_e164 IN (:contacts) FOR UPDATE",
                        Conversation.class)
                .setParameter("senders", pairs.stream().map(Map.Entry::getKey).distinct().toList())
                .setParameter("contacts", pairs.stream().map(pair -> pair.getValue().e164()).distinct().toList())
                .getResultList();
        locked.forEach(c -> found.put(key(c.getSenderNumberId(), c.getContact()), c));
        return found;
    }

    /**
     * The ids of the conversations of these (sender number, contact) pairs, created where new, and locked for the
     * rest of the transaction, by {@link #key}: one statement, which reads nothing back but the ids (the upsert locks
     * the rows it finds as well as those it inserts, in the order given).
     *
     * <p>Measured (bench/, InboundWebhookBenchmark, perf on mariadbd): for each conversation that exists, InnoDB
     * inserts into the primary key and undoes it at the duplicate on the unique key, about 9 % of the database's CPU
     * for an inbound batch. Locking the existing ones with a SELECT ... FOR UPDATE first and upserting only the
     * missing ones cost as much (0.190 against 0.193 ms of the database's CPU per message), so this stays.
     */
    public Map<String, Long> lockOrCreateIds(List<Map.Entry<Long, PhoneNumber>> pairs, Long poolId,
            Long ownerStaffUserId, Instant now) {
        String sql = "INSERT INTO conversation (sender_number_id, pool_id, owner_staff_user_id, contact_e164, "
                + "last_activity_at, unread_count) VALUES "
                + String.join(", ", Collections.nCopies(pairs.size(), "(?, ?, ?, ?, ?, 0)"))
                + " ON DUPLICATE KEY UPDATE id = id RETURNING id, sender_number_id, contact_e164";
        Map<String, Long> ids = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(sql)) {
            int p = 1;
            for (Map.Entry<Long, PhoneNumber> pair : pairs) {
                upsert.setLong(p++, pair.getKey());
                Jdbc.setLong(upsert, p++, poolId);
                Jdbc.setLong(upsert, p++, ownerStaffUserId);
                upsert.setString(p++, pair.getValue().e164());
                Jdbc.setInstant(upsert, p++, now);
            }
            ids.putAll(idsByKey(upsert));
        } catch (SQLException e) {
            throw new PersistenceException("Cannot create or lock " + pairs.size() + " conversations", e);
        }
        return ids;
    }

    /**
     * Applies what new messages from their contacts did to these conversations (locked by this transaction), in one
     * statement that compares with what each row holds instead of reading it first (see {@link IncomingActivity}).
     *
     * <p>Measured (bench/, InboundWebhookBenchmark, performance_schema): an inbound batch spent ten round trips to
     * the database, three of them on its conversations (create, lock and read as entities, write back): now two.
     */
    public void received(Collection<IncomingActivity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO conversation (id, sender_number_id, contact_e164, person_id, last_activity_at, "
                + "last_preview, last_direction, unread_count) VALUES "
                + String.join(", ", Collections.nCopies(activities.size(), "(?, ?, ?, ?, ?, ?, 'INBOUND', ?)"))
                + INCOMING_ACTIVITY;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(sql)) {
            int p = 1;
            for (IncomingActivity activity : activities) {
                upsert.setLong(p++, activity.conversationId());
                upsert.setLong(p++, activity.senderNumberId());
                upsert.setString(p++, activity.contact().e164());
                Jdbc.setLong(upsert, p++, activity.personId());
                Jdbc.setInstant(upsert, p++, activity.latestAt());
                upsert.setString(p++, activity.latestPreview());
                upsert.setInt(p++, activity.count());
            }
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot record the replies of " + activities.size() + " conversations", e);
        }
    }

    /**
     * New messages' activity for a conversation that may not exist yet: the pool or staff user it is created for.
     */
    public record Arrival(IncomingActivity activity, Long poolId, Long ownerStaffUserId) {
    }

    /**
     * Creates each conversation with its activity, or applies the activity to the one that exists (as
     * {@link #received} does), locking it, in one statement, rows in the unique key's order (the order every other
     * locker of conversations takes). For a batch whose messages are all new: the caller rolls back when one was not.
     *
     * <p>An activity's {@link IncomingActivity#knownConversationId known id} lets the database find the row by its
     * primary key. Without it the row is found only through the unique key, after InnoDB has inserted a new row and
     * undone it again. Measured (bench/, InboundWebhookBenchmark, {@code perf record -a} at concurrency 64): the
     * inserts' share of all CPU went from 14.9 % to 11.5 % with the ids known, and the stored rate from 4,200 / 4,500 /
     * 5,300 to 4,400 / 5,400 / 5,900 per second at concurrency 32 / 64 / 128 (one run each). A known id that names
     * another conversation (which ids never do: conversations are not deleted, and ids are not reused) would show as a
     * missing conversation: this throws, and the caller rolls back what the statement did to the other one.
     *
     * @return the conversations' ids, by {@link #key}
     */
    public Map<String, Long> receive(Connection connection, Collection<Arrival> arrivals) throws SQLException {
        if (arrivals.isEmpty()) {
            return Map.of();
        }
        List<Arrival> ordered = arrivals.stream()
                .sorted(Comparator.comparingLong((Arrival a) -> a.activity().senderNumberId())
                        .thenComparing(a -> a.activity().contact().e164()))
                .toList();
        String sql = "INSERT INTO conversation (id, sender_number_id, pool_id, owner_staff_user_id, contact_e164, "
                + "person_id, last_activity_at, last_preview, last_direction, unread_count) VALUES "
                + String.join(", ", Collections.nCopies(ordered.size(), "(?, ?, ?, ?, ?, ?, ?, ?, 'INBOUND', ?)"))
                + INCOMING_ACTIVITY + " RETURNING id, sender_number_id, contact_e164";
        Map<String, Long> ids;
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            int p = 1;
            for (Arrival arrival : ordered) {
                IncomingActivity activity = arrival.activity();
                Jdbc.setLong(upsert, p++, activity.knownConversationId());
                upsert.setLong(p++, activity.senderNumberId());
                Jdbc.setLong(upsert, p++, arrival.poolId());
                Jdbc.setLong(upsert, p++, arrival.ownerStaffUserId());
                upsert.setString(p++, activity.contact().e164());
                Jdbc.setLong(upsert, p++, activity.personId());
                Jdbc.setInstant(upsert, p++, activity.latestAt());
                upsert.setString(p++, activity.latestPreview());
                upsert.setInt(p++, activity.count());
            }
            ids = idsByKey(upsert);
        }
        for (Arrival arrival : ordered) {
            IncomingActivity activity = arrival.activity();
            if (!ids.containsKey(key(activity.senderNumberId(), activity.contact()))) {
                throw new IllegalStateException("No conversation of " + activity.contact().e164()
                        + " with sender number " + activity.senderNumberId() + " came back from the upsert (id given: "
                        + activity.knownConversationId() + ")");
            }
        }
        return ids;
    }

    /**
     * Writes the activity these locked conversations now hold (contact person, last activity, preview, direction,
     * unread count) in one statement, and detaches them: the transaction's flush does not write them again. For the
     * texts queued together (a bulk send's chunk), where the flush would update the conversations one statement
     * each. Inbound batches do not read their conversations as entities: see {@link #received}.
     *
     * <p>Measured (bench/, InboundWebhookBenchmark, performance_schema, when inbound batches still used it): those
     * single-row UPDATEs were the largest share of the database's time for a batch, more than its inserts.
     */
    public void saveActivity(Collection<Conversation> locked) {
        if (locked.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO conversation (id, sender_number_id, contact_e164, person_id, last_activity_at, "
                + "last_preview, last_direction, unread_count) VALUES "
                + String.join(", ", Collections.nCopies(locked.size(), "(?, ?, ?, ?, ?, ?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE person_id = VALUES(person_id), last_activity_at = VALUES(last_activity_at),"
                + " last_preview = VALUES(last_preview), last_direction = VALUES(last_direction),"
                + " unread_count = VALUES(unread_count)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(sql)) {
            int p = 1;
            for (Conversation c : locked) {
                upsert.setLong(p++, c.getId());
                upsert.setLong(p++, c.getSenderNumberId());
                upsert.setString(p++, c.getContact().e164());
                Jdbc.setLong(upsert, p++, c.getPersonId());
                Jdbc.setInstant(upsert, p++, c.getLastActivityAt());
                Jdbc.setString(upsert, p++, c.getLastPreview());
                Jdbc.setString(upsert, p++, c.getLastDirection());
                upsert.setInt(p++, c.getUnreadCount());
            }
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Cannot save the activity of " + locked.size() + " conversations", e);
        }
        locked.forEach(em::detach);
    }

    /** What an upsert of conversations returning {@code id, sender_number_id, contact_e164} hands back, by key. */
    private static Map<String, Long> idsByKey(PreparedStatement upsert) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (ResultSet rows = upsert.executeQuery()) {
            while (rows.next()) {
                ids.put(key(rows.getLong(2), PhoneNumber.ofE164(rows.getString(3))), rows.getLong(1));
            }
        }
        return ids;
    }

    public static String key(long senderNumberId, PhoneNumber contact) {
        return senderNumberId + "/" + contact.e164();
    }

    /** The number of each contact's latest conversation with the pool (replies continue from it). */
    public Map<PhoneNumber, Long> latestSendersOfPool(long poolId, Collection<PhoneNumber> contacts) {
        Map<PhoneNumber, Long> latest = new HashMap<>();
        if (contacts.isEmpty()) {
            return latest;
        }
        // By pool and contact, always (V14): for a long list of contacts the optimizer would rather walk the pool's
        // activity index for the ORDER BY, every conversation of the pool for each chunk of a bulk send.
        List<?> rows = em.createNativeQuery("SELECT contact_e164, sender_number_id FROM conversation "
                        + "FORCE INDEX (ix_conversation_pool_contact) WHERE pool_id = :pool "
                        + "AND contact_e164 IN (:contacts) ORDER BY last_activity_at")
                .setParameter("pool", poolId)
                .setParameter("contacts", contacts.stream().map(PhoneNumber::e164).distinct().toList())
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            latest.put(PhoneNumber.ofE164((String) columns[0]), ((Number) columns[1]).longValue());
        }
        return latest;
    }

    /** Records that the pool sent its footer to these contacts now. */
    public void footersSent(long poolId, Collection<PhoneNumber> contacts, Instant at) {
        if (contacts.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO footer_log (pool_id, contact_e164, last_footer_at) VALUES ");
        int i = 0;
        for (PhoneNumber ignored : contacts) {
            sql.append(i++ == 0 ? "" : ", ").append("(?, ?, ?)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE last_footer_at = VALUES(last_footer_at)");
        var upsert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (PhoneNumber contact : contacts) {
            upsert.setParameter(p++, poolId).setParameter(p++, contact.e164()).setParameter(p++, Timestamp.from(at));
        }
        upsert.executeUpdate();
    }



    /**
     * When the pool last sent its footer to each of these contacts that ever got one. Without a flush first, as
     * {@code footer_log} is no entity's table (see {@link #footersSent}).
     */
    public Map<PhoneNumber, Instant> lastFooters(long poolId, Collection<PhoneNumber> contacts) {
        Map<PhoneNumber, Instant> last = new HashMap<>();
        List<String> numbers = contacts.stream().map(PhoneNumber::e164).distinct().toList();
        for (int from = 0; from < numbers.size(); from += 1000) {
            List<?> rows = em.createNativeQuery("SELECT contact_e164, last_footer_at FROM footer_log "
                            + "WHERE pool_id = :pool AND contact_e164 IN (:contacts)")
                    .setFlushMode(FlushModeType.COMMIT)
                    .setParameter("pool", poolId)
                    .setParameter("contacts", numbers.subList(from, Math.min(numbers.size(), from + 1000)))
                    .getResultList();
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                last.put(PhoneNumber.ofE164((String) columns[0]), instant(columns[1]));
            }
        }
        return last;
    }


    /**
     * Conversations of these pools or of this personal number owner, newest activity first.
     */
    public List<Conversation> inbox(Collection<Long> poolIds, long ownerStaffUserId, InboxFilter filter, int offset,
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

    /**
     * Stores new outbound messages in one statement, however many (a bulk send's chunk), and gives each the id its
     * row got. The messages stay unmanaged: what happens to them later goes through this repository or a later
     * transaction's entities.
     *
     * <p>Measured (bench/, BulkSendBenchmark, performance_schema): persisted as entities, a chunk's messages went to
     * the database one row per statement execution, 0.7–0.9 ms of its time each while the hand-off and the status
     * callbacks wrote the same table, the largest share of a 10,000-text send.
     *
     * @return the messages, in the order given, with their ids
     */
    public List<OutboundMessage> addAll(List<OutboundMessage> batch) {
        if (batch.isEmpty()) {
            return batch;
        }
        String sql = "INSERT INTO outbound_message (" + OUTBOUND_COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(batch.size(), OUTBOUND_ROW)) + " RETURNING id, conversation_id";
        // The transaction's own connection: the pool hands the one it enlisted for the EntityManager.
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
        } catch (SQLException e) {
            throw new PersistenceException("Cannot store " + batch.size() + " outbound messages", e);
        }
        return batch;
    }

    public Optional<OutboundMessage> findOutbound(long id) {
        return Optional.ofNullable(em.find(OutboundMessage.class, id));
    }

    public List<OutboundMessage> findOutbound(Collection<Long> ids) {
        return em.createQuery("select m from OutboundMessage m where m.id in :ids", OutboundMessage.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** These messages (those that exist), locked for the rest of the transaction, in id order. */
    public List<OutboundMessage> findOutboundLocked(Collection<Long> ids) {
        return em.createQuery("select m from OutboundMessage m where m.id in :ids order by m.id",
                        OutboundMessage.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * Writes the hand-off state these locked messages now hold (status, sender, attempts, error, last update) in one
     * statement, and detaches them: the transaction's flush does not write them again. For a claim, where the flush
     * would update the messages one statement each.
     *
     * <p>Measured (bench/, BulkSendBenchmark, performance_schema): those single-row UPDATEs took more of the
     * database's time than anything else in a 10,000-text bulk send.
     */
    public void saveHandOffState(Collection<OutboundMessage> locked) {
        if (locked.isEmpty()) {
            return;
        }
        Map<Long, OutboundMessage> byId = new LinkedHashMap<>();
        locked.forEach(m -> byId.put(m.getId(), m));
        try (Connection connection = dataSource.getConnection()) {
            updateEach(connection, List.of("status", "sender_e164", "attempts", "error_code", "error_message",
                    "updated_at"), byId, null, (update, p, m, column) -> {
                        switch (column) {
                            case 0 -> update.setString(p, m.getStatus().name());
                            case 1 -> Jdbc.setString(update, p, m.getSender() == null ? null : m.getSender().e164());
                            case 2 -> update.setInt(p, m.getAttempts());
                            case 3 -> Jdbc.setInt(update, p, m.getErrorCode());
                            case 4 -> Jdbc.setString(update, p, m.getErrorMessage());
                            default -> Jdbc.setInstant(update, p, m.getUpdatedAt());
                        }
                    });
        } catch (SQLException e) {
            throw new PersistenceException("Cannot save the hand-off state of " + locked.size() + " messages", e);
        }
        locked.forEach(em::detach);
    }

    /**
     * Records the carriers' sids of handed-off messages (by message id), the hot path of sending: one statement to
     * lock those still without a sid, one to write them, however many messages. A message whose row a status
     * callback holds is skipped, not waited for: the callback carries the sid and records it itself.
     *
     * <p>Measured (bench/, BulkSendBenchmark, performance_schema): waiting for those rows made this statement the
     * largest share of the database's time in a 10,000-text send, 150 ms per batch of 50 on average.
     */
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

    /**
     * Applies carrier status reports (status callbacks) in their order: two statements however many, one to lock
     * their messages (in id order, as every other locker of outbound messages does), one to write those that
     * changed. A report applies to the message with its id whose sid is the report's (or not yet known), and only
     * when it moves the status forward ({@link StatusReport.Target}). Plain JDBC on the transaction's connection:
     * two or three reports arrive per text sent.
     *
     * <p>Measured (bench/, BulkSendBenchmark, performance_schema): applied one per transaction, each report cost an
     * UPDATE, a COMMIT and two autocommit switches; during a 10,000-text send those UPDATEs alone took a third of the
     * database's time (1.2 ms each while the hand-off wrote the same table).
     *
     * @return what each report did, in the order given
     */
    public List<StatusReport.Outcome> applyStatusReports(List<StatusReport> reports, Instant now) {
        if (reports.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new TreeSet<>();
        reports.forEach(report -> ids.add(report.messageId()));
        Map<Long, StatusReport.Target> messages = new HashMap<>();
        // The transaction's own connection: the pool hands the one it enlisted, if any.
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

    public Optional<Conversation> find(long id) {
        return Optional.ofNullable(em.find(Conversation.class, id));
    }

    public List<OutboundMessage> outboundOf(long conversationId) {
        return em.createNamedQuery(OutboundMessage.FIND_BY_CONVERSATION, OutboundMessage.class)
                .setParameter("conversationId", conversationId)
                .getResultList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
