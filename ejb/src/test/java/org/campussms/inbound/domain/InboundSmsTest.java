package org.campussms.inbound.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InboundSmsTest {

    private static final String SID = "SM0123456789abcdef0123456789abcdef";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aMissingBodyIsAnEmptyText() {
        InboundSms sms = new InboundSms(SID, "+12015550123", "+12015550100", null, 1, null, NOW);

        assertEquals("", sms.body());
    }

    @Test
    void aBodyOfTwilioMaximumLengthIsAccepted() {
        InboundSms sms = new InboundSms(SID, "+12015550123", "+12015550100", "é".repeat(1600), 10, null, NOW);

        assertEquals(1600, sms.body().length());
    }

    @Test
    void aLongerBodyIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new InboundSms(SID, "+12015550123", "+12015550100", "x".repeat(1601), 1, null, NOW));
        assertTrue(e.getMessage().contains("1600"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SM123", "XX0123456789abcdef0123456789abcdef", "SM0123456789abcdef0123456789abcdeg"})
    void aMalformedMessageSidIsRefused(String sid) {
        assertThrows(IllegalArgumentException.class,
                () -> new InboundSms(sid, "+12015550123", "+12015550100", "hi", 1, null, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<script>", "+1 201 555 0123", "+123456789012345678901234567890123"})
    void aMalformedAddressIsRefused(String from) {
        assertThrows(IllegalArgumentException.class, () -> new InboundSms(SID, from, "+12015550100", "hi", 1, null, NOW));
    }

    @Test
    void segmentsOutsideOneToTenAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new InboundSms(SID, "+12015550123", "+12015550100", "hi", 0, null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new InboundSms(SID, "+12015550123", "+12015550100", "hi", 11, null, NOW));
    }
}
