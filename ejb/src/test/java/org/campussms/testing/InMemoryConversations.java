package org.campussms.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.conversation.application.Conversations;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.domain.ConversationKey;
import org.campussms.conversation.domain.IncomingActivity;
import org.campussms.platform.persistence.Sql;

/** Conversations by key, created on first use, and the incoming activity applied to them. */
public final class InMemoryConversations implements Conversations {

    private final Map<ConversationKey, Long> ids = new LinkedHashMap<>();
    private final Map<Long, Conversation> conversations = new LinkedHashMap<>();
    private final List<IncomingActivity> applied = new ArrayList<>();

    /** The incoming activity applied so far, in order. */
    public List<IncomingActivity> applied() {
        return List.copyOf(applied);
    }

    public int count() {
        return ids.size();
    }

    @Override
    public Optional<Conversation> find(long id) {
        return Optional.ofNullable(conversations.get(id));
    }

    @Override
    public Map<ConversationKey, Long> lockOrCreateIds(List<ConversationKey> keys, Long poolId, Long ownerStaffUserId,
            Instant now) {
        Map<ConversationKey, Long> found = new LinkedHashMap<>();
        for (ConversationKey key : keys) {
            found.put(key, ids.computeIfAbsent(key, k -> create()));
        }
        return found;
    }

    @Override
    public void applyIncomingActivity(Collection<IncomingActivity> activities) {
        applied.addAll(activities);
    }

    @Override
    public Map<ConversationKey, Long> lockOrCreateIdsWithActivity(Sql sql, Collection<Arrival> arrivals) {
        Map<ConversationKey, Long> found = new LinkedHashMap<>();
        for (Arrival arrival : arrivals) {
            found.put(arrival.key(), ids.computeIfAbsent(arrival.key(), k -> create()));
            applied.add(arrival.activity());
        }
        return found;
    }

    private long create() {
        long id = ids.size() + 1L;
        // Conversations are created by the store's upsert, never by a constructor of the application's.
        Conversation conversation = new Conversation() {
        };
        Wiring.setField(conversation, "id", id);
        conversations.put(id, conversation);
        return id;
    }
}
