package org.campussms.api.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.report.application.ConsentReportFilter;
import org.campussms.report.application.MessageReportFilter;
import org.junit.jupiter.api.Test;

class ExportParamsTest {

    @Test
    void readsEveryMessageFilter() {
        MessageReportFilter filter = ExportParams.messages(Map.of("poolId", new String[] {"7"},
                "status", new String[] {"failed"}, "errorCode", new String[] {"21211"},
                "from", new String[] {"2026-11-01"}, "until", new String[] {"2026-11-02T08:00:00Z"},
                "personal", new String[] {"false"}, "senderNumber", new String[] {"+12015550100"}));
        assertEquals(7L, filter.poolId());
        assertEquals(MessageStatus.FAILED, filter.status());
        assertEquals(21211, filter.errorCode());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), filter.from());
        assertEquals(Instant.parse("2026-11-02T08:00:00Z"), filter.until());
        assertEquals(false, filter.personalOnly());
        assertEquals("+12015550100", filter.senderNumber());
    }

    @Test
    void readsTheConsentFilterAndIgnoresEmptyValues() {
        ConsentReportFilter filter = ExportParams.optOuts(Map.of("scope", new String[] {"POOL"},
                "action", new String[] {"OPT_OUT"}, "phone", new String[] {""}));
        assertEquals(ConsentScope.Kind.POOL, filter.scope());
        assertEquals(ConsentChoice.OPT_OUT, filter.action());
        assertEquals(null, filter.phone());
    }

    @Test
    void refusesWhatItCannotRead() {
        assertMessage("Parameter poolId is 'x'", () -> ExportParams.messages(Map.of("poolId", new String[] {"x"})));
        assertMessage("Parameter status is 'LOST'; it must be one of",
                () -> ExportParams.messages(Map.of("status", new String[] {"LOST"})));
        assertMessage("Parameter from is '1 Nov'",
                () -> ExportParams.optOuts(Map.of("from", new String[] {"1 Nov"})));
        assertMessage("Unknown parameter colour",
                () -> ExportParams.optOuts(Map.of("colour", new String[] {"red"})));
        assertMessage("Parameter action is given 2 times",
                () -> ExportParams.optOuts(Map.of("action", new String[] {"OPT_IN", "OPT_OUT"})));
    }

    private static void assertMessage(String start, Runnable parse) {
        String message = assertThrows(IllegalArgumentException.class, parse::run).getMessage();
        assertTrue(message.startsWith(start), message);
    }
}
