package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.campussms.conversation.domain.InboundMessage;
import org.campussms.conversation.domain.InboundSms;

@ApplicationScoped
public class InboundMessageRepository {

    @Inject
    private EntityManager em;

    public Optional<InboundMessage> findBySid(String messageSid) {
        return em.createNamedQuery(InboundMessage.FIND_BY_SID, InboundMessage.class)
                .setParameter("messageSid", messageSid)
                .getResultStream()
                .findFirst();
    }

    /**
     * Stores the SMS unless one with its MessageSid is stored already, also when the same SMS arrives twice at once
     * (the unique key decides: the second insert waits for the first and is then ignored).
     *
     * @return the stored message, managed, or empty when it was a repeat
     */
    public Optional<InboundMessage> addIfNew(InboundSms sms) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO inbound_message (message_sid, from_number, "
                        + "to_number, body, num_segments, received_at) VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, sms.messageSid())
                .setParameter(2, sms.from())
                .setParameter(3, sms.to())
                .setParameter(4, sms.body())
                .setParameter(5, sms.numSegments())
                .setParameter(6, Timestamp.from(sms.receivedAt()))
                .executeUpdate();
        return inserted == 0 ? Optional.empty() : findBySid(sms.messageSid());
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
