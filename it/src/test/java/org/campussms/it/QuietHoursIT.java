package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.campussms.it.support.Await;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Quiet hours: a bulk send texts only within its pool's sending window where each recipient is; outside it, the plan
 * says how many wait and until when, and the texts wait.
 */
@ExtendWith(ArquillianExtension.class)
class QuietHoursIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void outsideTheWindowTheTextsWaitForItsOpeningWhereTheRecipientIs() {
        PoolSetup quiet = Fixtures.poolWithMember("TOLL_FREE", null);
        PoolSetup open = Fixtures.poolWithMember("TOLL_FREE", null);
        // Half an hour that starts two hours from now in New York, where +1 201 numbers are.
        LocalTime start = LocalTime.of(ZonedDateTime.now(NEW_YORK).plusHours(2).getHour(), 0);
        String window = start + "-" + start.plusMinutes(30);
        assertEquals(window, quiet.admin().api().setPoolSendingWindow(quiet.poolId(), window).data()
                .get("sendingWindow").asString());
        List<String> quietMobiles = List.of(TestNumbers.next(), TestNumbers.next());
        List<String> openMobiles = List.of(TestNumbers.next(), TestNumbers.next());
        List<String> waiting = Fixtures.students(quiet.admin(), quietMobiles);
        List<String> texted = Fixtures.students(open.admin(), openMobiles);

        JsonNode plan = quiet.member().api().planBulkSend(quiet.poolId(), waiting, "Registration opens at 9.")
                .data();
        assertEquals(2, plan.get("heldForWindow").asInt(), plan.toString());
        Instant opening = nextOpening(start);
        assertEquals(opening, Instant.parse(plan.get("heldUntil").asString()), "8 in the morning... " + plan);
        JsonNode openPlan = open.member().api().planBulkSend(open.poolId(), texted, "Registration opens at 9.")
                .data();
        assertEquals(0, openPlan.get("heldForWindow").asInt(), "around the clock: " + openPlan);
        assertTrue(openPlan.get("heldUntil").isNull());

        String quietBulk = plan.get("id").asString();
        quiet.member().api().startBulkSend(quietBulk).data();
        open.member().api().startBulkSend(openPlan.get("id").asString()).data();

        for (String mobile : openMobiles) {
            Await.until(WAIT, () -> twilio().acceptedTo(mobile), list -> !list.isEmpty(), "the open pool's text");
        }
        // Both bulk sends went through the same queue: the open pool's texts have gone, the quiet pool's wait.
        List<Map<String, Object>> held = Await.until(WAIT, () -> Db.rows("select status, due_at from "
                + "outbound_message where bulk_send_id = ?", Long.parseLong(quietBulk)), rows -> rows.size() == 2,
                "the quiet pool's two texts stored");
        for (Map<String, Object> row : held) {
            assertEquals("QUEUED", row.get("status"), row.toString());
            assertEquals(opening, utc(row.get("due_at")), row.toString());
        }
        for (String mobile : quietMobiles) {
            assertEquals(List.of(), twilio().acceptedTo(mobile), "nothing to " + mobile + " before the window");
        }
    }

    @Test
    void aPersonsOwnTimeZoneDecidesOverTheirNumbersArea() {
        PoolSetup quiet = Fixtures.poolWithMember("TOLL_FREE", null);
        LocalTime start = LocalTime.of(ZonedDateTime.now(NEW_YORK).plusHours(2).getHour(), 0);
        quiet.admin().api().setPoolSendingWindow(quiet.poolId(), start + "-" + start.plusMinutes(30)).data();
        // A +1 201 number, so New York unless the person's own zone says otherwise; Tokyo's clock is 13 or 14
        // hours ahead of New York's, so the window (2 hours ahead) is closed there now too, and opens at another time.
        String person = Fixtures.student(quiet.admin(), TestNumbers.next());
        assertEquals("Asia/Tokyo", quiet.admin().api().setPersonTimeZone(person, "Asia/Tokyo").data()
                .get("timeZone").asString());

        JsonNode plan = quiet.member().api().planBulkSend(quiet.poolId(), List.of(person), "Office hours moved.")
                .data();
        assertEquals(1, plan.get("heldForWindow").asInt(), plan.toString());
        assertEquals(nextOpening(start, ZoneId.of("Asia/Tokyo")), Instant.parse(plan.get("heldUntil").asString()),
                "the window's opening in Tokyo, not New York: " + plan);
    }

    @Test
    void onlyPoolAdminsSetTheWindowAndOnlyInstitutionAdminsAPersonsZone() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String person = Fixtures.student(setup.admin(), TestNumbers.next());

        assertEquals("FORBIDDEN", setup.member().api().setPoolSendingWindow(setup.poolId(), "09:00-17:00")
                .errorCode());
        assertEquals("INVALID_INPUT", setup.admin().api().setPoolSendingWindow(setup.poolId(), "9-5").errorCode());
        assertEquals("INVALID_INPUT", setup.admin().api().setPoolSendingWindow(setup.poolId(), "21:00-08:00")
                .errorCode());
        assertEquals("America/Denver", setup.admin().api().setPersonTimeZone(person, "America/Denver").data()
                .get("timeZone").asString());
        assertEquals("FORBIDDEN", setup.member().api().setPersonTimeZone(person, "America/Denver").errorCode());
        assertEquals("INVALID_INPUT", setup.admin().api().setPersonTimeZone(person, "Mars/Olympus").errorCode());
    }

    /** A DATETIME column, written in UTC, as the instant it is. */
    private static Instant utc(Object value) {
        LocalDateTime local = value instanceof Timestamp timestamp ? timestamp.toLocalDateTime()
                : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }

    private static Instant nextOpening(LocalTime start) {
        return nextOpening(start, NEW_YORK);
    }

    private static Instant nextOpening(LocalTime start, ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.now(zone);
        ZonedDateTime today = now.with(start);
        return (today.isAfter(now) ? today : today.plusDays(1)).toInstant();
    }
}
