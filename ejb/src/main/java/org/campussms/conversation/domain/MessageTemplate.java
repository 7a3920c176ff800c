package org.campussms.conversation.domain;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a message may hold, filled in for each recipient at the send: {firstName}, {lastName}, {staffName}
 * and {poolName}. Any other text in braces stays as written.
 */
public final class MessageTemplate {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String STAFF_NAME = "staffName";
    public static final String POOL_NAME = "poolName";

    private static final Pattern VARIABLE = Pattern.compile("\\{(firstName|lastName|staffName|poolName)}");

    private MessageTemplate() {
    }

    /** The text with each known variable replaced by its value (empty when the value is unknown). */
    public static String expand(String text, Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder expanded = new StringBuilder(text.length());
        while (variable.find()) {
            String value = values.get(variable.group(1));
            variable.appendReplacement(expanded, Matcher.quoteReplacement(value == null ? "" : value));
        }
        variable.appendTail(expanded);
        return expanded.toString();
    }

    public static boolean hasVariables(String text) {
        return VARIABLE.matcher(text).find();
    }
}
