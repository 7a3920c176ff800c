package org.campussms.consent.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads consent keywords. A keyword counts only as the whole message, whatever its case and whatever spaces and
 * punctuation surround it ("Stop.", "STOP!!", "stop ?"), never inside a sentence ("stop texting me"). "STOP ALL" and
 * "OPT OUT", with any spaces between the words, are STOPALL and OPTOUT.
 */
public final class ConsentKeywords {

    /** The longest detail kept with an event (the column's length). */
    public static final int MAX_DETAIL_LENGTH = 64;

    private static final Map<String, ConsentIntent> KEYWORDS = Map.ofEntries(
            Map.entry("STOP", ConsentIntent.STOP_SENDER),
            Map.entry("STOPALL", ConsentIntent.STOP_ALL),
            // People put a space where these keywords have none; only these two-word forms count, not "st op".
            Map.entry("STOP ALL", ConsentIntent.STOP_ALL),
            Map.entry("OPT OUT", ConsentIntent.STOP_ALL),
            Map.entry("UNSUBSCRIBE", ConsentIntent.STOP_ALL),
            Map.entry("CANCEL", ConsentIntent.STOP_ALL),
            Map.entry("END", ConsentIntent.STOP_ALL),
            Map.entry("QUIT", ConsentIntent.STOP_ALL),
            Map.entry("REVOKE", ConsentIntent.STOP_ALL),
            Map.entry("OPTOUT", ConsentIntent.STOP_ALL),
            Map.entry("START", ConsentIntent.START),
            Map.entry("YES", ConsentIntent.RESUME_SENDER),
            Map.entry("UNSTOP", ConsentIntent.START),
            Map.entry("HELP", ConsentIntent.HELP),
            Map.entry("INFO", ConsentIntent.HELP));

    /**
     * Twilio's OptOutType values: its STOP and START cover only the number the message was sent to (the word itself
     * was none of ours, so it says nothing of other senders).
     */
    private static final Map<String, ConsentIntent> OPT_OUT_TYPES = Map.of(
            "STOP", ConsentIntent.STOP_SENDER,
            "START", ConsentIntent.RESUME_SENDER,
            "HELP", ConsentIntent.HELP);

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Zs}]+");

    private ConsentKeywords() {
    }

    /**
     * The request in an inbound message: our own keyword in the body, else the carrier's OptOutType parameter
     * (null when the carrier sent none); empty for an ordinary message.
     */
    public static Optional<ConsentRequest> read(String body, String optOutType) {
        Optional<ConsentIntent> keyword = keyword(body);
        if (keyword.isPresent()) {
            return Optional.of(new ConsentRequest(keyword.get(), ConsentSource.KEYWORD, detail(body.strip())));
        }
        if (optOutType == null) {
            return Optional.empty();
        }
        String type = optOutType.strip().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(OPT_OUT_TYPES.get(type))
                .map(intent -> new ConsentRequest(intent, ConsentSource.CARRIER_OPT_OUT_TYPE, detail(type)));
    }

    /** The intent of a message that is one keyword and nothing else. */
    public static Optional<ConsentIntent> keyword(String body) {
        if (body == null) {
            return Optional.empty();
        }
        int end = body.length();
        while (end > 0 && isPadding(body.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && isPadding(body.charAt(start))) {
            start++;
        }
        String word = WHITESPACE.matcher(body.substring(start, end)).replaceAll(" ").toUpperCase(Locale.ROOT);
        return Optional.ofNullable(KEYWORDS.get(word));
    }

    private static boolean isPadding(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static String detail(String received) {
        return received.length() <= MAX_DETAIL_LENGTH ? received : received.substring(0, MAX_DETAIL_LENGTH);
    }
}
