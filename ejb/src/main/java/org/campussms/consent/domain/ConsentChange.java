package org.campussms.consent.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One consent decision and its evidence, before it is recorded as an event for each phone it applies to.
 *
 * @param detail           what was received (the keyword as typed, the OptOutType value, the carrier's error code)
 * @param actorStaffUserId the staff user who entered it, null for the person's own message or the carrier
 * @param inboundMessageId the message that carried it, if any
 */
public record ConsentChange(ConsentChoice action, ConsentScope scope, ConsentSource source, String detail,
        Long actorStaffUserId, Long inboundMessageId, Instant at) {

    public ConsentChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        if (detail != null && detail.length() > ConsentKeywords.MAX_DETAIL_LENGTH) {
            detail = detail.substring(0, ConsentKeywords.MAX_DETAIL_LENGTH);
        }
    }
}
