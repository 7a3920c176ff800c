package org.campussms.pool.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.campussms.platform.DomainException;
import org.junit.jupiter.api.Test;

class SendingWindowTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void insideTheWindowATextGoesNow() {
        Instant noonInChicago = Instant.parse("2026-12-02T18:00:00Z");
        assertEquals(noonInChicago, SendingWindow.DEFAULT.nextOpening(noonInChicago, CHICAGO));
        Instant eightSharp = Instant.parse("2026-12-02T14:00:00Z");
        assertEquals(eightSharp, SendingWindow.DEFAULT.nextOpening(eightSharp, CHICAGO), "the start is inside");
    }

    @Test
    void beforeTheWindowItWaitsForThisMorningAndAfterItForTomorrowsWhereTheRecipientIs() {
        Instant sixAmInChicago = Instant.parse("2026-12-02T12:00:00Z");
        assertEquals(Instant.parse("2026-12-02T14:00:00Z"), SendingWindow.DEFAULT.nextOpening(sixAmInChicago,
                CHICAGO));
        Instant ninePmInChicago = Instant.parse("2026-12-03T03:00:00Z");
        assertEquals(Instant.parse("2026-12-03T14:00:00Z"), SendingWindow.DEFAULT.nextOpening(ninePmInChicago,
                CHICAGO), "the end is outside");
        assertEquals(Instant.parse("2026-12-03T13:00:00Z"), SendingWindow.DEFAULT.nextOpening(ninePmInChicago,
                ZoneId.of("America/New_York")), "ten in New York: eight there tomorrow");
    }

    @Test
    void aWindowEndsAfterItStarts() {
        assertThrows(DomainException.class, () -> new SendingWindow(LocalTime.of(21, 0), LocalTime.of(8, 0)));
    }

    @Test
    void aWindowIsWrittenFromStartToEndAnd2400IsMidnight() {
        assertEquals(SendingWindow.DEFAULT, SendingWindow.parse("08:00-21:00"));
        SendingWindow always = SendingWindow.parse("00:00-24:00");
        Instant lastMinute = Instant.parse("2026-12-03T05:59:30Z");
        assertEquals(lastMinute, always.nextOpening(lastMinute, CHICAGO), "23:59:30 in Chicago is inside");
        assertEquals("00:00-24:00", always.text());
        assertThrows(DomainException.class, () -> SendingWindow.parse("8-21"));
        assertThrows(DomainException.class, () -> SendingWindow.parse(null));
    }

    @Test
    void aWindowIsWithinTheLawfulHoursOnlyWhenItOpensNoEarlierAndClosesNoLater() {
        assertEquals(true, SendingWindow.parse("09:00-17:00").within(SendingWindow.DEFAULT));
        assertEquals(true, SendingWindow.DEFAULT.within(SendingWindow.DEFAULT));
        assertEquals(false, SendingWindow.parse("07:59-20:00").within(SendingWindow.DEFAULT));
        assertEquals(false, SendingWindow.parse("09:00-21:01").within(SendingWindow.DEFAULT));
        assertEquals(false, SendingWindow.parse("00:00-24:00").within(SendingWindow.DEFAULT));
    }
}
