package org.campussms.delivery.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Sender numbers' next free slots in the database, where every server sending from a number takes its slots, one
 * after another under the number's row lock. Each reservation commits on its own at once: the hand-off that asked
 * holds no lock while it waits for its slot or for the carrier.
 */
@Stateless
@PermitAll
public class SenderSlotStore {

    @Inject
    private EntityManager em;

    /**
     * Takes the number's next free slot of {@code durationMicros}, starting no earlier than {@code nowMicros}.
     *
     * @return when the slot starts, in microseconds since the epoch
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long reserve(String sender, long durationMicros, long nowMicros) {
        em.createNativeQuery("insert into sender_rate_slot (sender, next_free_micros) values (:sender, :first) "
                        + "on duplicate key update next_free_micros = greatest(next_free_micros, :now) + :duration")
                .setParameter("sender", sender)
                .setParameter("first", nowMicros + durationMicros)
                .setParameter("now", nowMicros)
                .setParameter("duration", durationMicros)
                .executeUpdate();
        // The row is ours until the commit: what it says now is the end of our slot.
        Number end = (Number) em.createNativeQuery("select next_free_micros from sender_rate_slot "
                        + "where sender = :sender")
                .setParameter("sender", sender)
                .getSingleResult();
        return end.longValue() - durationMicros;
    }
}
