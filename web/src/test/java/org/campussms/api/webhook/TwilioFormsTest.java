package org.campussms.api.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.campussms.inbound.domain.InboundSms;
import org.junit.jupiter.api.Test;

class TwilioFormsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static MultivaluedMap<String, String> form() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("MessageSid", "SM0123456789abcdef0123456789abcdef");
        form.add("From", "+12015550123");
        form.add("To", "+12015550100");
        form.add("Body", "STOP");
        form.add("NumSegments", "1");
        return form;
    }

    @Test
    void mapsTwilioParametersToTheCommand() {
        InboundSms sms = TwilioForms.inboundSms(form(), NOW);

        assertEquals("SM0123456789abcdef0123456789abcdef", sms.messageSid());
        assertEquals("+12015550123", sms.from());
        assertEquals("+12015550100", sms.to());
        assertEquals("STOP", sms.body());
        assertEquals(1, sms.numSegments());
        assertEquals(NOW, sms.receivedAt());
    }

    @Test
    void numSegmentsDefaultsToOne() {
        MultivaluedMap<String, String> form = form();
        form.remove("NumSegments");

        assertEquals(1, TwilioForms.inboundSms(form, NOW).numSegments());
    }

    @Test
    void aRepeatedParameterIsRefused() {
        MultivaluedMap<String, String> form = form();
        form.add("To", "+12015550199");

        var e = assertThrows(IllegalArgumentException.class, () -> TwilioForms.inboundSms(form, NOW));
        assertTrue(e.getMessage().contains("To"), e.getMessage());
    }

    @Test
    void aNonNumericSegmentCountIsRefused() {
        MultivaluedMap<String, String> form = form();
        form.putSingle("NumSegments", "many");

        assertThrows(IllegalArgumentException.class, () -> TwilioForms.inboundSms(form, NOW));
    }

    @Test
    void parsesAFormEncodedBodyKeepingRepeatedNames() {
        MultivaluedMap<String, String> form = TwilioForms.parse(("Body=Caf%C3%A9+at+3%3F&To=%2B12015550100"
                + "&MediaUrl0=&Flag&To=%2B12015550199").getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("Café at 3?"), form.get("Body"));
        assertEquals(List.of("+12015550100", "+12015550199"), form.get("To"));
        assertEquals(List.of(""), form.get("MediaUrl0"));
        assertEquals(List.of(""), form.get("Flag"));
    }

    @Test
    void aBodyThatIsNotUrlEncodedIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> TwilioForms.parse("Body=100%".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("The form is not URL-encoded"), e.getMessage());
    }
}
