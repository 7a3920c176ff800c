package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.campussms.conversation.domain.InboundMessage;

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

    public InboundMessage add(InboundMessage message) {
        em.persist(message);
        return message;
    }
}
