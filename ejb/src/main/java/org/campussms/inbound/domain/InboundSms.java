package org.campussms.inbound.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.campussms.conversation.domain.InboundMessage;

/**
 * An SMS a person sent to one of our numbers, as the carrier reported it.
 *
 * @param messageSid the carrier's id of the message, unique per message
 * @param from       the sender's number
 * @param to         our number it was sent to
 * @param body       the text, possibly empty (an MMS without text)
 * @param numSegments how many SMS segments it took, at least 1
 * @param optOutType the carrier's own reading of an opt-out keyword (Twilio's OptOutType: STOP, START, HELP), or null
 * @param receivedAt when we accepted it
 */
public record InboundSms(String messageSid, String from, String to, String body, int numSegments, String optOutType,
        Instant receivedAt) {

    private static final Pattern SID = Pattern.compile("(SM|MM)[0-9a-fA-F]{32}");
    private static final Pattern ADDRESS = Pattern.compile("\\+?[0-9A-Za-z:._-]{2,31}");

    public InboundSms {
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (messageSid == null || !SID.matcher(messageSid).matches()) {
            throw new IllegalArgumentException("MessageSid must be SM or MM followed by 32 hex digits");
        }
        if (from == null || !ADDRESS.matcher(from).matches()) {
            throw new IllegalArgumentException("From is missing or not a phone number");
        }
        if (to == null || !ADDRESS.matcher(to).matches()) {
            throw new IllegalArgumentException("To is missing or not a phone number");
        }
        body = body == null ? "" : body;
        optOutType = optOutType == null || optOutType.isBlank() ? null : optOutType.strip();
        if (optOutType != null && optOutType.length() > 16) {
            throw new IllegalArgumentException("OptOutType is longer than 16 characters");
        }
        if (body.length() > InboundMessage.MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("Body is longer than " + InboundMessage.MAX_BODY_LENGTH + " characters");
        }
        if (numSegments < 1 || numSegments > 10) {
            throw new IllegalArgumentException("NumSegments must be between 1 and 10");
        }
    }

    /** The message to store for it, not routed yet. */
    public InboundMessage toMessage() {
        return new InboundMessage(messageSid, from, to, body, numSegments, receivedAt);
    }
}
