package org.campussms.api.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentScope;
import org.campussms.consent.domain.ConsentSource;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.report.application.ConsentReportFilter;
import org.campussms.report.application.MessageReportFilter;

/**
 * An export's filter from its query parameters, named as the fields of the GraphQL filter inputs. Times are ISO-8601
 * instants ({@code 2026-11-01T08:00:00Z}) or dates ({@code 2026-11-01}, midnight UTC); {@code until} is exclusive.
 * An unknown, repeated or malformed parameter is an {@link IllegalArgumentException} naming it.
 */
final class ExportParams {

    static final List<String> MESSAGE_PARAMS = List.of("poolId", "personal", "senderNumberId", "senderNumber",
            "status", "errorCode", "from", "until", "sentByStaffUserId", "to");
    static final List<String> CONSENT_PARAMS = List.of("scope", "poolId", "senderNumberId", "action", "source",
            "from", "until", "phone", "personId");

    private final Map<String, String> values = new HashMap<>();

    private ExportParams(Map<String, String[]> parameters, List<String> known) {
        Set<String> unknown = new TreeSet<>(parameters.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameter " + String.join(", ", unknown) + "; parameters are "
                    + String.join(", ", known));
        }
        parameters.forEach((name, given) -> {
            if (given.length > 1) {
                throw new IllegalArgumentException("Parameter " + name + " is given " + given.length + " times");
            }
            if (!given[0].isBlank()) {
                values.put(name, given[0].strip());
            }
        });
    }

    static MessageReportFilter messages(Map<String, String[]> parameters) {
        ExportParams p = new ExportParams(parameters, MESSAGE_PARAMS);
        return new MessageReportFilter(p.id("poolId"), p.bool("personal"), p.id("senderNumberId"),
                p.values.get("senderNumber"), p.choice("status", MessageStatus.class), p.integer("errorCode"),
                p.time("from"), p.time("until"), p.id("sentByStaffUserId"), p.values.get("to"));
    }

    static ConsentReportFilter optOuts(Map<String, String[]> parameters) {
        ExportParams p = new ExportParams(parameters, CONSENT_PARAMS);
        return new ConsentReportFilter(p.choice("scope", ConsentScope.Kind.class), p.id("poolId"),
                p.id("senderNumberId"), p.choice("action", ConsentChoice.class),
                p.choice("source", ConsentSource.class), p.time("from"), p.time("until"), p.values.get("phone"),
                p.id("personId"));
    }

    private Long id(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw bad(name, value, "an id (a whole number)");
        }
    }

    private Integer integer(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw bad(name, value, "a whole number");
        }
    }

    private Boolean bool(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(name, value, "true or false");
        };
    }

    private <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(name, value, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private Instant time(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(name, value, "an ISO-8601 date (2026-11-01) or instant (2026-11-01T08:00:00Z)");
        }
    }

    private static IllegalArgumentException bad(String name, String value, String expected) {
        return new IllegalArgumentException("Parameter " + name + " is '" + value + "'; it must be " + expected);
    }
}
