package org.campussms.delivery.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import org.campussms.platform.persistence.Row;

/** The one row that says when the carrier last failed to answer any server (a hung send, a lookup timed out). */
@Stateless
@PermitAll
public class CarrierSilenceStore {

    @Inject
    private EntityManager em;

    /** Moves the last silence to {@code at} unless a later one is known; on its own, committed at once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void silentAt(Instant at) {
        em.createNativeQuery("update carrier_silence set last_silence_at = greatest(last_silence_at, :at) "
                        + "where id = 1")
                .setParameter("at", at)
                .executeUpdate();
    }

    public Instant lastSilence() {
        Tuple row = (Tuple) em.createNativeQuery("select last_silence_at from carrier_silence where id = 1",
                Tuple.class).getSingleResult();
        return Row.of(row).getInstant("last_silence_at");
    }
}
