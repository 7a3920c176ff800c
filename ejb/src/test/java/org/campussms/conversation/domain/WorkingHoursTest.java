package org.campussms.conversation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void withinADayTheHoursAddUp() {
        // Wednesday 10:00 in New York (15:00 UTC) plus 3 working hours: 13:00.
        assertEquals(Instant.parse("2026-12-02T18:00:00Z"),
                WorkingHours.after(Instant.parse("2026-12-02T15:00:00Z"), 3, NEW_YORK));
    }

    @Test
    void aBusinessDayFromMidAfternoonEndsTheNextDay() {
        // Wednesday 15:00 + 9 working hours: 2 on Wednesday, 7 on Thursday from 08:00, so Thursday 15:00.
        assertEquals(Instant.parse("2026-12-03T20:00:00Z"),
                WorkingHours.after(Instant.parse("2026-12-02T20:00:00Z"), 9, NEW_YORK));
    }

    @Test
    void aReplyOnFridayEveningWaitsNoWorkingHourUntilMonday() {
        // Friday 19:00 in New York (Saturday 00:00 UTC) + 1: Monday 09:00.
        assertEquals(Instant.parse("2026-12-07T14:00:00Z"),
                WorkingHours.after(Instant.parse("2026-12-05T00:00:00Z"), 1, NEW_YORK));
        // Saturday noon + 9: Monday 17:00.
        assertEquals(Instant.parse("2026-12-07T22:00:00Z"),
                WorkingHours.after(Instant.parse("2026-12-05T17:00:00Z"), 9, NEW_YORK));
    }

    @Test
    void beforeOpeningTheCountStartsAtEight() {
        // Thursday 06:00 + 2: 10:00.
        assertEquals(Instant.parse("2026-12-03T15:00:00Z"),
                WorkingHours.after(Instant.parse("2026-12-03T11:00:00Z"), 2, NEW_YORK));
    }
}
