package org.campussms.api.webhook;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.inbound.domain.InboundSms;

/**
 * Maps Twilio's webhook parameters to commands. Malformed input surfaces as IllegalArgumentException, which
 * {@link BadWebhookMapper} turns into a 400 that names the problem.
 */
final class TwilioForms {

    /**
     * The request property (in a servlet container, the request attribute) under which {@link TwilioSignatureFilter}
     * leaves the form it has verified: parsing the body a second time as the resource's entity was a sixth of a
     * webhook request's CPU.
     */
    static final String VERIFIED_FORM = TwilioForms.class.getName() + ".verifiedForm";

    private TwilioForms() {
    }

    /** A form-encoded body as names and their values, in order; a repeated name keeps every value. */
    static MultivaluedMap<String, String> parse(byte[] body) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                form.add(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The form is not URL-encoded: " + e.getMessage());
            }
        }
        return form;
    }

    /** The form the signature filter verified for this request. */
    @SuppressWarnings("unchecked")
    static MultivaluedMap<String, String> verified(HttpServletRequest request) {
        Object form = request.getAttribute(VERIFIED_FORM);
        if (form == null) {
            throw new IllegalStateException("No verified Twilio form: the signature filter did not run");
        }
        return (MultivaluedMap<String, String>) form;
    }

    static InboundSms inboundSms(MultivaluedMap<String, String> form, Instant receivedAt) {
        return new InboundSms(single(form, "MessageSid"), single(form, "From"), single(form, "To"),
                single(form, "Body"), segments(single(form, "NumSegments")), single(form, "OptOutType"), receivedAt);
    }

    /** A status callback: which message, its new status, and the carrier's error code if any. */
    record StatusCallback(String messageSid, MessageStatus status, Integer errorCode) {
    }

    static StatusCallback statusCallback(MultivaluedMap<String, String> form) {
        String sid = single(form, "MessageSid");
        if (sid == null || sid.isBlank()) {
            throw new IllegalArgumentException("MessageSid is missing");
        }
        String code = single(form, "ErrorCode");
        try {
            return new StatusCallback(sid, MessageStatus.fromTwilio(single(form, "MessageStatus")),
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
