package org.campussms.pool.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.campussms.platform.DomainException;

/**
 * The hours of the day, in the recipient's time zone, when a pool's bulk sends may text: from {@code start}
 * (inclusive) to {@code end} (exclusive). Texts due outside it wait for its next opening.
 */
public record SendingWindow(LocalTime start, LocalTime end) {

    /** 08:00 to 21:00: the hours the law and carriers expect texts in; wider is an institution admin's call. */
    public static final SendingWindow DEFAULT = new SendingWindow(LocalTime.of(8, 0), LocalTime.of(21, 0));
    /** "24:00" as an end: the last second of the day, inclusive (a TIME column keeps whole seconds). */
    static final LocalTime MIDNIGHT = LocalTime.of(23, 59, 59);

    public SendingWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw DomainException.invalid("A sending window starts before it ends, within one day: " + start + " to "
                    + end);
        }
    }

    /** A window written as "08:00-21:00"; "24:00" as the end means midnight ("00:00-24:00": always open). */
    public static SendingWindow parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("-");
        try {
            if (parts.length == 2) {
                return new SendingWindow(LocalTime.parse(parts[0].strip()), end(parts[1].strip()));
            }
        } catch (DateTimeParseException e) {
            // Said below.
        }
        throw DomainException.invalid("A sending window is written as HH:MM-HH:MM, e.g. 08:00-21:00: " + text);
    }

    private static LocalTime end(String text) {
        return text.equals("24:00") ? MIDNIGHT : LocalTime.parse(text);
    }

    /** Whether this window opens no earlier and closes no later than {@code other}. */
    public boolean within(SendingWindow other) {
        return !start.isBefore(other.start) && !end.isAfter(other.end);
    }

    /** As {@link #parse} reads it. */
    public String text() {
        return start + "-" + (end.equals(MIDNIGHT) ? "24:00" : end.toString());
    }

    /** {@code now} when it is inside the window where the recipient is, else the window's next opening there. */
    public Instant nextOpening(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!time.isBefore(start) && (time.isBefore(end) || end.equals(MIDNIGHT))) {
            return now;
        }
        ZonedDateTime opening = local.with(start);
        return (time.isBefore(start) ? opening : opening.plusDays(1)).toInstant();
    }
}
