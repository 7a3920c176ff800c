package org.campussms.email.domain;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Which carrier outcomes mean the text will not reach the person by SMS, so it goes by email instead. Codes that
 * say something about our side (rate limits, account, content) are not among them: email would hide the fault.
 */
public final class FallbackTriggers {

    /** The carrier refused the text when we handed it over. */
    private static final Map<Integer, String> REJECTIONS = Map.of(
            21211, "invalid number",
            21217, "invalid number",
            21610, "unsubscribed from texts",
            21612, "number cannot receive texts",
            21614, "not a mobile number");

    /** The carrier took the text but reported it undelivered or failed. */
    private static final Map<Integer, String> UNDELIVERED = Map.of(
            30003, "unreachable handset",
            30004, "message blocked",
            30005, "unknown handset",
            30006, "landline or unreachable carrier",
            30007, "filtered by the carrier",
            30008, "undelivered, unknown error");

    /** The reason when the recipient did not wish or could not receive texts. */
    public static final String OPTED_OUT = "opted out";
    public static final String NO_MOBILE = "no mobile";
    public static final String NO_EMAIL_ADDRESS = "no email address";
    public static final String PERSONAL_NUMBER_FAILED = "personal number not available: the carrier would not sell one";

    private FallbackTriggers() {
    }

    /** The fallback reason for a hand-off the carrier refused with this code, if it is one. */
    public static Optional<String> forRejection(Integer code) {
        return code == null ? Optional.empty() : Optional.ofNullable(REJECTIONS.get(code)).map(r -> describe(r, code));
    }

    /** The fallback reason for an undelivered or failed status report with this code, if it is one. */
    public static Optional<String> forUndelivered(Integer code) {
        return code == null ? Optional.empty() : Optional.ofNullable(UNDELIVERED.get(code)).map(r -> describe(r, code));
    }

    /** The reason for a text the carrier could not take for longer than the outage budget. */
    public static String carrierOutage(Duration budget, Integer code, String lastError) {
        return "carrier unavailable for over " + budget.toMinutes() + " min (last: "
                + (code == null ? "" : code + " ") + lastError + ")";
    }

    /** The reason for a text whose queue entry was given up after its last redelivery. */
    public static String handOffAbandoned(int attempts, String lastError) {
        return "not handed to the carrier after " + attempts + " attempts"
                + (lastError == null ? "" : " (last: " + lastError + ")");
    }

    private static String describe(String reason, int code) {
        return reason + " (" + code + ")";
    }
}
