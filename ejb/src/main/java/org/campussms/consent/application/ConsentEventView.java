package org.campussms.consent.application;

import java.time.Instant;
import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentEvent;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.ConsentSource;

/**
 * A consent event as staff see it in a person's history.
 */
public record ConsentEventView(long id, Long personId, String phone, ConsentScope scope, ConsentChoice action,
        ConsentSource source, String detail, Long actorStaffUserId, Long inboundMessageId, Instant occurredAt) {

    public static ConsentEventView of(ConsentEvent e) {
        return new ConsentEventView(e.getId(), e.getPersonId(), e.getPhone().e164(), e.scope(), e.getAction(),
                e.getSource(), e.getDetail(), e.getActorStaffUserId(), e.getInboundMessageId(), e.getOccurredAt());
    }
}
