package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.campussms.conversation.domain.StatusReport.Outcome;
import org.junit.jupiter.api.Test;

class StatusReportTest {

    private static StatusReport report(String sid, MessageStatus status, Integer code) {
        return new StatusReport(7, sid, status, code);
    }

    @Test
    void aBatchEndsAsItsReportsAppliedInOrder() {
        StatusReport.Target message = new StatusReport.Target(null, MessageStatus.SENDING, null);

        assertEquals(Outcome.APPLIED, message.apply(report("SM1", MessageStatus.SENT, null)));
        assertEquals(Outcome.APPLIED, message.apply(report("SM1", MessageStatus.UNDELIVERED, 30003)));
        assertEquals(Outcome.UNCHANGED, message.apply(report("SM1", MessageStatus.SENT, null)), "a late sent");
        assertEquals(Outcome.UNCHANGED, message.apply(report("SM1", MessageStatus.DELIVERED, null)),
                "final is final");

        assertEquals(MessageStatus.UNDELIVERED, message.status());
        assertEquals("SM1", message.sid(), "the sid of the first report, recorded before the hand-off's own");
        assertEquals(30003, message.errorCode());
        assertTrue(message.changed());
    }

    @Test
    void aReportWithAnotherSidIsNotAboutThisMessage() {
        StatusReport.Target message = new StatusReport.Target("SM1", MessageStatus.SENT, 21610);

        assertEquals(Outcome.UNKNOWN_MESSAGE, message.apply(report("SM2", MessageStatus.DELIVERED, null)));
        assertEquals(Outcome.UNCHANGED, message.apply(report("SM1", MessageStatus.QUEUED, null)));
        assertEquals(MessageStatus.SENT, message.status());
        assertEquals(21610, message.errorCode(), "kept when a report carries none");
        assertFalse(message.changed());
    }
}
