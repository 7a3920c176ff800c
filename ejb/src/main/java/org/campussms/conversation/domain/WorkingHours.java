package org.campussms.conversation.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The institution's working hours, Monday to Friday 08:00 to 17:00 where it is: a reply that came in on Friday
 * evening has waited no working hour until Monday morning.
 */
public final class WorkingHours {

    public static final LocalTime OPENS = LocalTime.of(8, 0);
    public static final LocalTime CLOSES = LocalTime.of(17, 0);

    private WorkingHours() {
    }

    /** When {@code hours} working hours will have passed since {@code from}. */
    public static Instant after(Instant from, int hours, ZoneId zone) {
        Duration left = Duration.ofHours(hours);
        ZonedDateTime at = from.atZone(zone);
        while (true) {
            if (!isWorkday(at.getDayOfWeek()) || !at.toLocalTime().isBefore(CLOSES)) {
                at = nextOpening(at);
                continue;
            }
            if (at.toLocalTime().isBefore(OPENS)) {
                at = at.with(OPENS);
            }
            Duration today = Duration.between(at.toLocalTime(), CLOSES);
            if (left.compareTo(today) <= 0) {
                return at.plus(left).toInstant();
            }
            left = left.minus(today);
            at = nextOpening(at);
        }
    }

    private static ZonedDateTime nextOpening(ZonedDateTime at) {
        ZonedDateTime next = at.plusDays(1).with(OPENS);
        while (!isWorkday(next.getDayOfWeek())) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static boolean isWorkday(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
