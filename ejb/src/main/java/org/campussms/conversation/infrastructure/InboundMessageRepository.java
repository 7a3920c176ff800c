package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.campussms.conversation.domain.InboundMessage;

@ApplicationScoped
public class InboundMessageRepository {

    @PersistenceContext(unitName = "campus")
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
