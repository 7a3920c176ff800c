package org.campussms.report.application;

import java.time.Instant;
import org.campussms.conversation.domain.MessageStatus;

/**
 * Which sent texts a message report lists; every field is optional and they all apply together.
 *
 * @param personalOnly      true: only texts from personal numbers
 * @param senderNumber      the number texts went out from, as typed (normalised to E.164 by the service)
 * @param from              created at or after
 * @param until             created before
 * @param to                the recipient's number, as typed
 */
public record MessageReportFilter(Long poolId, Boolean personalOnly, Long senderNumberId, String senderNumber,
        MessageStatus status, Integer errorCode, Instant from, Instant until, Long sentByStaffUserId, String to) {

    public static MessageReportFilter none() {
        return new MessageReportFilter(null, null, null, null, null, null, null, null, null, null);
    }

    MessageReportFilter withNumbers(String senderE164, String toE164) {
        return new MessageReportFilter(poolId, personalOnly, senderNumberId, senderE164, status, errorCode, from,
                until, sentByStaffUserId, toE164);
    }
}
