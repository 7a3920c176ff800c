package org.campussms.report.application;

import java.time.Instant;
import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.ConsentSource;

/**
 * Which consent events an opt-out report lists; every field is optional and they all apply together. A pool id
 * selects the events of that pool's scope, a sender number id those of that personal number.
 *
 * @param from  occurred at or after
 * @param until occurred before
 * @param phone the number, as typed (normalised to E.164 by the service)
 */
public record ConsentReportFilter(ConsentScope.Kind scope, Long poolId, Long senderNumberId, ConsentChoice action,
        ConsentSource source, Instant from, Instant until, String phone, Long personId) {

    public static ConsentReportFilter none() {
        return new ConsentReportFilter(null, null, null, null, null, null, null, null, null);
    }

    ConsentReportFilter withPhone(String e164) {
        return new ConsentReportFilter(scope, poolId, senderNumberId, action, source, from, until, e164, personId);
    }
}
