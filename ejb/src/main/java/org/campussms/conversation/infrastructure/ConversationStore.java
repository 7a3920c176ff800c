package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.conversation.application.Conversations;
import org.campussms.conversation.application.Conversations.Arrival;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.ConversationKey;
import org.campussms.conversation.domain.IncomingActivity;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Database;
import org.campussms.platform.persistence.Row;
import org.campussms.platform.persistence.Sql;

/**
 * Conversations: created on first contact by an upsert on their key ({@link ConversationKey}), locked by whoever
 * adds a message, and given the activity the inbox shows (last message, direction, unread count). Every locker of
 * conversations takes them in the unique key's order, so two of them never wait for each other in a circle.
 */
@ApplicationScoped
public class ConversationStore implements Conversations {

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

    @Inject
    private Database database;

    @Override
    public Optional<Conversation> find(long id) {
        return Optional.ofNullable(em.find(Conversation.class, id));
    }

    /**
     * The conversations of these keys as entities, created where new and locked for the rest of the transaction: one
     * statement to create and one to lock and read, however many keys. For the send path, which changes their
     * activity in memory and writes it with {@link #saveOutgoingActivityAndDetach}.
     */
    public Map<ConversationKey, Conversation> lockOrCreateEntities(List<ConversationKey> keys, Long poolId,
            Long ownerStaffUserId, Instant now) {
        StringBuilder sql = new StringBuilder("INSERT INTO conversation (sender_number_id, pool_id, "
                + "owner_staff_user_id, contact_e164, last_activity_at, unread_count) VALUES ");
        for (int i = 0; i < keys.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, 0)");
        }
        sql.append(" ON DUPLICATE KEY UPDATE id = id");
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (ConversationKey key : keys) {
            insert.setParameter(p++, key.senderNumberId())
                    .setParameter(p++, poolId)
                    .setParameter(p++, ownerStaffUserId)
                    .setParameter(p++, key.contact().e164())
                    .setParameter(p++, Timestamp.from(now));
        }
        insert.executeUpdate();
        Map<ConversationKey, Conversation> found = new HashMap<>();
        // Through the unique key, always: on a young table the optimizer would rather scan the primary key, and a
        // locking scan waits for the rows other bulk workers have just inserted while they wait for ours (deadlock).
        @SuppressWarnings("unchecked")
        List<Conversation> locked = em.createNativeQuery("SELECT * FROM conversation FORCE INDEX (uk_conversation) "
                        + "WHERE sender_number_id IN (:senders) AND contact_e164 IN (:contacts) FOR UPDATE",
                        Conversation.class)
                .setParameter("senders", keys.stream().map(ConversationKey::senderNumberId).distinct().toList())
                .setParameter("contacts", keys.stream().map(key -> key.contact().e164()).distinct().toList())
                .getResultList();
        locked.forEach(c -> found.put(ConversationKey.of(c), c));
        return found;
    }

    @Override
    public Map<ConversationKey, Long> lockOrCreateIds(List<ConversationKey> keys, Long poolId,
            Long ownerStaffUserId, Instant now) {
        String sql = "INSERT INTO conversation (sender_number_id, pool_id, owner_staff_user_id, contact_e164, "
                + "last_activity_at, unread_count) VALUES "
                + String.join(", ", Collections.nCopies(keys.size(), "(?, ?, ?, ?, ?, 0)"))
                + " ON DUPLICATE KEY UPDATE id = id RETURNING id, sender_number_id, contact_e164";
        return database.sql("create or lock " + keys.size() + " conversations", db -> idsByKey(db, sql,
                p -> keys.forEach(key -> p.setLong(key.senderNumberId()).setNullableLong(poolId)
                        .setNullableLong(ownerStaffUserId).setString(key.contact().e164()).setInstant(now))));
    }

    @Override
    public void applyIncomingActivity(Collection<IncomingActivity> activities) {
        if (activities.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO conversation (id, sender_number_id, contact_e164, person_id, last_activity_at, "
                + "last_preview, last_direction, unread_count) VALUES "
                + String.join(", ", Collections.nCopies(activities.size(), "(?, ?, ?, ?, ?, ?, 'INBOUND', ?)"))
                + INCOMING_ACTIVITY;
        database.update("record the replies of " + activities.size() + " conversations", sql,
                p -> activities.forEach(activity -> p.setLong(activity.conversationId())
                        .setLong(activity.senderNumberId())
                        .setString(activity.contact().e164())
                        .setNullableLong(activity.personId())
                        .setInstant(activity.latestAt())
                        .setString(activity.latestPreview())
                        .setInt(activity.count())));
    }

    @Override
    public Map<ConversationKey, Long> lockOrCreateIdsWithActivity(Sql db, Collection<Arrival> arrivals) {
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
        Map<ConversationKey, Long> ids = idsByKey(db, sql, p -> ordered.forEach(arrival -> {
            IncomingActivity activity = arrival.activity();
            p.setNullableLong(activity.knownConversationId())
                    .setLong(activity.senderNumberId())
                    .setNullableLong(arrival.poolId())
                    .setNullableLong(arrival.ownerStaffUserId())
                    .setString(activity.contact().e164())
                    .setNullableLong(activity.personId())
                    .setInstant(activity.latestAt())
                    .setString(activity.latestPreview())
                    .setInt(activity.count());
        }));
        for (Arrival arrival : ordered) {
            if (!ids.containsKey(arrival.key())) {
                IncomingActivity activity = arrival.activity();
                throw new IllegalStateException("No conversation of " + activity.contact().e164()
                        + " with sender number " + activity.senderNumberId() + " came back from the upsert (id given: "
                        + activity.knownConversationId() + ")");
            }
        }
        return ids;
    }

    /**
     * Writes the activity these locked conversations now hold (contact person, last activity, preview, direction,
     * unread count) in one statement, and detaches them: the transaction's flush does not write them again, one
     * statement each. For the texts queued together (a bulk send's chunk).
     */
    public void saveOutgoingActivityAndDetach(Collection<Conversation> locked) {
        if (locked.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO conversation (id, sender_number_id, contact_e164, person_id, last_activity_at, "
                + "last_preview, last_direction, unread_count) VALUES "
                + String.join(", ", Collections.nCopies(locked.size(), "(?, ?, ?, ?, ?, ?, ?, ?)"))
                + " ON DUPLICATE KEY UPDATE person_id = VALUES(person_id), last_activity_at = VALUES(last_activity_at),"
                + " last_preview = VALUES(last_preview), last_direction = VALUES(last_direction),"
                + " unread_count = VALUES(unread_count)";
        database.update("save the activity of " + locked.size() + " conversations", sql,
                p -> locked.forEach(c -> p.setLong(c.getId())
                        .setLong(c.getSenderNumberId())
                        .setString(c.getContact().e164())
                        .setNullableLong(c.getPersonId())
                        .setInstant(c.getLastActivityAt())
                        .setNullableString(c.getLastPreview())
                        .setNullableString(c.getLastDirection())
                        .setInt(c.getUnreadCount())));
        locked.forEach(em::detach);
    }

    /** The sender number of each contact's latest conversation with the pool (replies continue from it). */
    public Map<PhoneNumber, Long> latestSenderNumberIds(long poolId, Collection<PhoneNumber> contacts) {
        Map<PhoneNumber, Long> latest = new HashMap<>();
        if (contacts.isEmpty()) {
            return latest;
        }
        // By pool and contact, always (V14): for a long list of contacts the optimizer would rather walk the pool's
        // activity index for the ORDER BY, every conversation of the pool for each chunk of a bulk send.
        List<Tuple> rows = em.createNativeQuery("SELECT contact_e164, sender_number_id FROM conversation "
                        + "FORCE INDEX (ix_conversation_pool_contact) WHERE pool_id = :pool "
                        + "AND contact_e164 IN (:contacts) ORDER BY last_activity_at", Tuple.class)
                .setParameter("pool", poolId)
                .setParameter("contacts", contacts.stream().map(PhoneNumber::e164).distinct().toList())
                .getResultList();
        for (Tuple tuple : rows) {
            Row row = Row.of(tuple);
            latest.put(PhoneNumber.ofE164(row.getString("contact_e164")), row.getLong("sender_number_id"));
        }
        return latest;
    }

    /** Runs an upsert of conversations returning {@code id, sender_number_id, contact_e164}: the ids by key. */
    private static Map<ConversationKey, Long> idsByKey(Sql db, String upsert, Sql.Binder binder) {
        Map<ConversationKey, Long> ids = new HashMap<>();
        db.query(upsert, binder, row -> Map.entry(new ConversationKey(row.getLong("sender_number_id"),
                PhoneNumber.ofE164(row.getString("contact_e164"))), row.getLong("id")))
                .forEach(id -> ids.put(id.getKey(), id.getValue()));
        return ids;
    }

    /**
     * Gives the conversation to the staff user unless someone has it already: one statement, so two members answering
     * at once cannot both take it.
     *
     * @return whether it was given to them
     */
    public boolean assignIfUnassigned(long conversationId, long staffUserId, Instant now) {
        return database.update("assign conversation " + conversationId, "update conversation "
                + "set assignee_staff_user_id = ?, assigned_at = ? where id = ? and assignee_staff_user_id is null",
                p -> p.setLong(staffUserId).setInstant(now).setLong(conversationId)) == 1;
    }

    /** Takes the pool's conversations back from a staff user (who left it): the ids of those they had. */
    public List<Long> unassignAll(long poolId, long staffUserId) {
        return database.sql("unassign the conversations of staff user " + staffUserId + " in pool " + poolId, db -> {
            List<Long> ids = db.query("select id from conversation where pool_id = ? and assignee_staff_user_id = ? "
                    + "for update", p -> p.setLong(poolId).setLong(staffUserId), row -> row.getLong("id"));
            if (!ids.isEmpty()) {
                db.update("update conversation set assignee_staff_user_id = null, assigned_at = null "
                        + "where pool_id = ? and assignee_staff_user_id = ?",
                        p -> p.setLong(poolId).setLong(staffUserId));
            }
            return ids;
        });
    }

    /** A conversation whose contact wrote last, with what an unanswered-reply alert needs. */
    public record Unanswered(long id, Long poolId, String poolName, Integer alertHours, Long ownerStaffUserId,
            String contact, Long personId, Instant waitingSince, String preview) {
    }

    /**
     * Conversations whose contact wrote last before {@code before} and whose members have not been alerted since,
     * of pools that alert and of personal numbers, oldest first.
     */
    public List<Unanswered> unanswered(Instant before, int limit) {
        List<Tuple> rows = em.createNativeQuery("select c.id, c.pool_id, p.name, p.unanswered_alert_hours, "
                        + "c.owner_staff_user_id, c.contact_e164, c.person_id, c.last_activity_at, c.last_preview "
                        + "from conversation c left join pool p on p.id = c.pool_id "
                        + "where c.last_direction = 'INBOUND' and c.last_activity_at < :before "
                        + "and (c.alerted_at is null or c.alerted_at < c.last_activity_at) "
                        + "and (c.pool_id is null or p.unanswered_alert_hours is not null) "
                        + "order by c.last_activity_at limit :limit", Tuple.class)
                .setParameter("before", before)
                .setParameter("limit", limit)
                .getResultList();
        List<Unanswered> found = new ArrayList<>(rows.size());
        for (Tuple tuple : rows) {
            Row c = Row.of(tuple);
            found.add(new Unanswered(c.getLong("id"), c.getNullableLong("pool_id"), c.getString("name"),
                    c.getNullableInt("unanswered_alert_hours"), c.getNullableLong("owner_staff_user_id"),
                    c.getString("contact_e164"), c.getNullableLong("person_id"),
                    c.getNullableInstant("last_activity_at"), c.getString("last_preview")));
        }
        return found;
    }

    /**
     * Takes the alert about the conversation's waiting reply: true once, for the server whose update found it still
     * waiting and not alerted since its last reply.
     */
    public boolean claimAlert(long conversationId, Instant now) {
        return em.createNativeQuery("update conversation set alerted_at = :now where id = :id "
                        + "and last_direction = 'INBOUND' and (alerted_at is null or alerted_at < last_activity_at)")
                .setParameter("now", now)
                .setParameter("id", conversationId)
                .executeUpdate() == 1;
    }
}
