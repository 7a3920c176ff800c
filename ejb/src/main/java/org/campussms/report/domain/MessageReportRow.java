package org.campussms.report.domain;

import java.time.Instant;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.platform.PhoneNumber;

/**
 * One text we sent, as the message report lists it: from which pool or personal number, to whom, by whom, and where
 * it ended up.
 *
 * @param poolId     null for a personal number's text
 * @param sender     null while a personal number is still being bought
 * @param personName the person's first and last name, null when the recipient is not in the directory
 */
public record MessageReportRow(Long id, Instant createdAt, Long poolId, String poolName, Long senderNumberId,
        PhoneNumber sender, PhoneNumber to, Long personId, String personName, MessageStatus status,
        Integer errorCode, String errorMessage, Long sentByStaffUserId, String sentByName, Long bulkSendId,
        String body) {

    /** Sent from a staff member's personal number rather than a pool. */
    public boolean personal() {
        return poolId == null;
    }
}
