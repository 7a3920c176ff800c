package org.campussms.report.domain;

import java.time.Instant;
import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.ConsentSource;
import org.campussms.platform.PhoneNumber;

/**
 * One consent event as the opt-out report lists it, with the names of the person, the pool and the staff user who
 * entered it where they are known.
 *
 * @param personName  null for a number nobody in the directory has
 * @param actorName   the staff user who entered it, null for the person's own message or the carrier
 */
public record ConsentReportRow(Long id, Instant occurredAt, Long personId, String personName, PhoneNumber phone,
        ConsentChoice action, ConsentScope.Kind scope, Long poolId, String poolName, Long senderNumberId,
        ConsentSource source, String detail, Long actorStaffUserId, String actorName) {
}
