package org.campussms.api.webhook;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import org.campussms.conversation.domain.InboundSms;
import org.campussms.conversation.domain.MessageStatus;

/**
 * Maps Twilio's webhook parameters to commands. Malformed input surfaces as IllegalArgumentException, which
 * {@link BadWebhookMapper} turns into a 400 that names the problem.
 */
final class TwilioForms {

    private TwilioForms() {
    }

    static InboundSms inboundSms(MultivaluedMap<String, String> form, Instant receivedAt) {
        return new InboundSms(single(form, "MessageSid"), single(form, "From"), single(form, "To"),
                single(form, "Body"), segments(single(form, "NumSegments")), single(form, "OptOutType"), receivedAt);
    }

    /** A status callback: which message, its new status, and the carrier's error code if any. */
    record StatusReport(String messageSid, MessageStatus status, Integer errorCode) {
    }

    static StatusReport statusReport(MultivaluedMap<String, String> form) {
        String sid = single(form, "MessageSid");
        if (sid == null || sid.isBlank()) {
            throw new IllegalArgumentException("MessageSid is missing");
        }
        String code = single(form, "ErrorCode");
        try {
            return new StatusReport(sid, MessageStatus.fromTwilio(single(form, "MessageStatus")),
                    code == null || code.isBlank() ? null : Integer.valueOf(code.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ErrorCode is not a number");
        }
    }

    private static int segments(String value) {
        if (value == null) {
            return 1;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("NumSegments is not a number");
        }
    }

    private static String single(MultivaluedMap<String, String> form, String name) {
        var values = form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException(name + " is given more than once");
        }
        return values.get(0);
    }
}
