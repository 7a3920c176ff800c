package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.domain.InboundSms;

@ApplicationScoped
public class InboundMessageRepository {

    @Inject
    private EntityManager em;

    /**
     * Stores each SMS unless one with its MessageSid is stored already, also when the same SMS arrives twice at once
     * (the unique key decides: an insert waits for a concurrent one of the same sid and is then ignored). One
     * statement to insert and one to read back, however many messages.
     *
     * @return the messages this call stored, managed, in the order given; repeats are left out
     */
    public List<InboundMessage> addAllIfNew(Collection<InboundSms> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO inbound_message (message_sid, from_number, "
                + "to_number, body, num_segments, received_at) VALUES ");
        int i = 0;
        for (InboundSms ignored : batch) {
            sql.append(i++ == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
        }
        var insert = em.createNativeQuery(sql.toString());
        int p = 1;
        for (InboundSms sms : batch) {
            insert.setParameter(p++, sms.messageSid())
                    .setParameter(p++, sms.from())
                    .setParameter(p++, sms.to())
                    .setParameter(p++, sms.body())
                    .setParameter(p++, sms.numSegments())
                    .setParameter(p++, Timestamp.from(sms.receivedAt()));
        }
        if (insert.executeUpdate() == 0) {
            return List.of();
        }
        // Every committed message has been routed (it has a reason, whatever became of it), so the unrouted ones
        // with these sids are the rows this transaction has just inserted; others' uncommitted rows are invisible.
        Map<String, InboundMessage> stored = new HashMap<>();
        em.createNamedQuery(InboundMessage.FIND_UNROUTED_BY_SIDS, InboundMessage.class)
                .setParameter("messageSids", batch.stream().map(InboundSms::messageSid).toList())
                .getResultList()
                .forEach(message -> stored.put(message.getMessageSid(), message));
        List<InboundMessage> inOrder = new ArrayList<>(stored.size());
        for (InboundSms sms : batch) {
            InboundMessage message = stored.remove(sms.messageSid());
            if (message != null) {
                inOrder.add(message);
            }
        }
        return inOrder;
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
