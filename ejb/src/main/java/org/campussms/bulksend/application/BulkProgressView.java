package org.campussms.bulksend.application;

import java.util.Map;
import org.campussms.conversation.domain.MessageStatus;

/**
 * Where a bulk send is. {@code notYetQueued} plus the counts by status make up the planned SMS. The emails (to the
 * recipients planned for email and for the texts that fell back) are pending, sent or failed.
 */
public record BulkProgressView(long id, long poolId, String status, int plannedSms, int plannedEmail,
        int plannedSkipped, int estimatedSeconds, long notYetQueued, Map<MessageStatus, Long> byStatus,
        long emailsPending, long emailsSent, long emailsFailed) {

    public long count(MessageStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }

    /** Whether it has been started: a planned bulk send changes only when someone starts it. */
    public boolean started() {
        return !"PLANNED".equals(status);
    }

    /** All texts are through (delivered, undelivered, failed or sent by email), and all emails sent or failed. */
    public boolean finished() {
        return "RUNNING".equals(status) && notYetQueued == 0 && emailsPending == 0
                && byStatus.entrySet().stream().filter(e -> !e.getKey().isFinal()).mapToLong(Map.Entry::getValue)
                .sum() == 0;
    }
}
