package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.it.support.Await;
import org.campussms.it.support.CsvRows;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.Http;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Who sent what and who opted out: the reports, their CSV exports, and who may see which rows.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    private static final String OPT_OUT_HEADER = "person_id,name,number,type,scope,source,time,pool_id,pool,"
            + "sender_number_id,detail,recorded_by_staff_user_id,recorded_by,event_id";
    /** The largest page the reports give, so one page holds every row a test makes. */
    private static final int PAGE = 500;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    /** Imports a student with a mobile and a second mobile, under a name a spreadsheet would take for a formula. */
    private static String importTrickyStudent(StaffSession admin, String firstName, String mobile, String other) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return Fixtures.imported(admin, List.of(Map.of("firstName", firstName, "lastName", "Report" + tag,
                "records", List.of(Map.of("type", "STUDENT", "externalId", "RS" + tag, "mobile", mobile)),
                "phones", List.of(Map.of("number", other, "type", "MOBILE")))), "RS" + tag);
    }

    @Test
    void aPlainLinkDownloadsTheCsvOnceWithATicketAndTheSameAccess() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String person = Fixtures.student(setup.admin(), TestNumbers.next());
        setup.member().api().sendMessage(setup.poolId(), person, "Linked export").data();
        String filter = "&poolId=" + setup.poolId();
        String withToken = Http.download("/exports/messages.csv?poolId=" + setup.poolId(), setup.member().token())
                .body();

        String ticket = setup.member().api().downloadTicket().data().asString();
        HttpResponse<String> linked = Http.download("/downloads/messages.csv?ticket=" + ticket + filter, null);
        assertEquals(200, linked.statusCode(), linked.body());
        assertEquals("attachment; filename=\"messages.csv\"",
                linked.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(CsvRows.parse(withToken).stream().map(r -> r.get(0)).toList(),
                CsvRows.parse(linked.body()).stream().map(r -> r.get(0)).toList(),
                "the same rows as with the bearer token");
        assertEquals(2, CsvRows.parse(linked.body()).size(), "the header and the text");

        assertEquals(401, Http.download("/downloads/messages.csv?ticket=" + ticket + filter, null).statusCode(),
                "a ticket works once");
        assertEquals(401, Http.download("/downloads/opt-outs.csv?ticket=forged", null).statusCode());
        assertEquals(401, Http.download("/downloads/opt-outs.csv", null).statusCode());
        String outsiders = StaffSession.staff("Otto Outsider").api().downloadTicket().data().asString();
        assertEquals(403, Http.download("/downloads/messages.csv?ticket=" + outsiders + filter, null).statusCode(),
                "the ticket's holder's access, not more");
    }

    private static Map<String, Object> consent(String personId, String phone, String choice, String scope,
            String poolId) {
        Map<String, Object> input = new HashMap<>(Map.of("personId", personId, "phone", phone, "choice", choice,
                "scope", scope));
        input.put("poolId", poolId);
        return input;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static String queryString(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    @Test
    void theOptOutCsvExportMatchesTheEvents() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String other = TestNumbers.next();
        String firstName = "=HYPERLINK(\"http://evil\"), \"Q\"\nEve";
        String person = importTrickyStudent(setup.admin(), firstName, mobile, other);
        setup.member().api().recordConsent(consent(person, mobile, "OPT_OUT", "POOL", setup.poolId())).data();
        Map<String, Object> signedForm = consent(person, other, "OPT_IN", "ALL", null);
        signedForm.put("formReference", "Form 2026-117");
        setup.admin().api().recordConsent(signedForm).data();

        HttpResponse<String> export = Http.download("/exports/opt-outs.csv" + queryString(Map.of("personId", person)),
                setup.member().token());

        assertEquals(200, export.statusCode(), export.body());
        assertEquals("text/csv;charset=UTF-8", export.headers().firstValue("Content-Type").orElse("")
                .replace(" ", ""));
        assertEquals("attachment; filename=\"opt-outs.csv\"",
                export.headers().firstValue("Content-Disposition").orElse(""));
        List<List<String>> csv = CsvRows.parse(export.body());
        assertEquals(OPT_OUT_HEADER, String.join(",", csv.get(0)));
        List<List<String>> rows = csv.subList(1, csv.size());

        JsonNode history = setup.member().api().consentHistory(person).data();
        assertEquals(5, history.size(), "two import opt-ins, two pool opt-outs, one opt-in: " + history);
        assertEquals(history.size(), rows.size(), export.body());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode event = history.get(i);
            List<String> row = rows.get(i);
            assertEquals(List.of(event.get("personId").asString(), event.get("phone").asString(),
                            event.get("action").asString(), event.get("scope").asString(),
                            event.get("source").asString(), text(event.get("poolId")),
                            event.get("id").asString()),
                    List.of(row.get(0), row.get(2), row.get(3), row.get(4), row.get(5), row.get(7), row.get(13)),
                    "row " + i + " in the history's order, newest first");
            assertEquals(Instant.parse(event.get("occurredAt").asString()), Instant.parse(row.get(6)));
            assertTrue(row.get(1).startsWith("'=HYPERLINK(\"http://evil\"), \"Q\"\nEve Report"),
                    "the name whole, defused: " + row.get(1));
        }
        List<String> poolOptOut = rows.stream().filter(r -> r.get(4).equals("POOL")).findFirst().orElseThrow();
        assertEquals(setup.poolName(), poolOptOut.get(8));
        assertEquals(setup.member().id(), poolOptOut.get(11));
        assertEquals("Mia Member", poolOptOut.get(12));

        JsonNode report = setup.member().api().optOutReport(Map.of("personId", person), PAGE).data();
        assertEquals(rows.size(), report.get("total").asInt());
        assertEquals(rows.stream().map(r -> r.get(13)).toList(), report.get("rows").findValues("id").stream()
                .map(JsonNode::asString).toList());
        JsonNode optOuts = setup.member().api().optOutReport(Map.of("personId", person, "action", "OPT_OUT",
                "poolId", setup.poolId()), PAGE).data();
        assertEquals(2, optOuts.get("total").asInt(), "the pool opt-out of both numbers: " + optOuts);
    }

    @Test
    void aNonMemberCannotReportOnAnotherPoolNorSeeItsRows() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession outsider = StaffSession.staff("Otto Outsider");
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        setup.member().api().sendMessage(setup.poolId(), person, "Members only").data();
        setup.member().api().recordConsent(consent(person, mobile, "OPT_OUT", "POOL", setup.poolId())).data();
        Map<String, Object> ofPool = Map.of("poolId", setup.poolId());

        assertEquals("FORBIDDEN", outsider.api().messageReport(ofPool, PAGE).errorCode());
        assertEquals("FORBIDDEN", outsider.api().optOutReport(ofPool, PAGE).errorCode());
        for (String export : List.of("/exports/messages.csv", "/exports/opt-outs.csv")) {
            Http.Response refused = Http.get(export + "?poolId=" + setup.poolId(), outsider.token());
            assertEquals(403, refused.status(), export + ": " + refused.body());
            assertEquals("FORBIDDEN", refused.json().get("code").asString());
        }
        assertEquals(401, Http.get("/exports/messages.csv", null).status());

        JsonNode messages = outsider.api().messageReport(Map.of(), PAGE).data();
        assertEquals(0, messages.get("total").asInt(), "no pools, no personal number: no texts " + messages);
        String allMessages = Http.get("/exports/messages.csv", outsider.token()).body();
        assertEquals(1, CsvRows.parse(allMessages).size(), "only the header: " + allMessages);
        JsonNode events = outsider.api().optOutReport(Map.of("personId", person), PAGE).data();
        assertEquals(List.of("ALL"), events.get("rows").findValues("scope").stream().map(JsonNode::asString)
                .toList(), "the import's institution-wide opt-in only, not the pool's opt-out: " + events);
        String allEvents = Http.get("/exports/opt-outs.csv", outsider.token()).body();
        assertFalse(CsvRows.parse(allEvents).stream().anyMatch(r -> r.get(7).equals(setup.poolId())),
                "no event of the pool in the outsider's export");

        JsonNode membersView = setup.member().api().messageReport(ofPool, PAGE).data();
        assertEquals(1, membersView.get("total").asInt());
        assertEquals("Members only", membersView.at("/rows/0/body").asString());
        assertEquals(setup.poolName(), membersView.at("/rows/0/poolName").asString());
        assertEquals(1, setup.admin().api().messageReport(ofPool, PAGE).data().get("total").asInt(),
                "institution admins see every pool");
    }

    @Test
    void theMessageReportFindsATextTheCarrierRefusedByStatusAndErrorCode() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        TestEnvironment.twilio().invalidNumber(mobile);
        setup.member().api().sendMessage(setup.poolId(), person, "Hello").data();
        // The carrier refuses the number, so the text went to the student's email instead.
        Map<String, Object> failed = Map.of("poolId", setup.poolId(), "status", "FELL_BACK_TO_EMAIL",
                "errorCode", 21211);

        JsonNode report = Await.until(Duration.ofSeconds(30), () -> setup.member().api().messageReport(failed, PAGE)
                .data(), r -> r.get("total").asInt() == 1, "the refused text in the report");

        JsonNode row = report.at("/rows/0");
        assertEquals(mobile, row.get("to").asString());
        assertEquals(person, row.get("personId").asString());
        assertTrue(row.get("personName").asString().startsWith("Student0 "), row.toString());
        assertEquals(setup.number(), row.get("senderNumber").asString());
        assertEquals(setup.member().id(), row.get("sentByStaffUserId").asString());
        assertEquals("Mia Member", row.get("sentByName").asString());
        assertFalse(row.get("personal").asBoolean());
        assertEquals(0, setup.member().api().messageReport(Map.of("poolId", setup.poolId(), "errorCode", 21610), PAGE)
                .data().get("total").asInt());
        assertEquals(1, setup.member().api().messageReport(Map.of("senderNumber", setup.number(), "to", mobile), PAGE)
                .data().get("total").asInt());

        List<List<String>> csv = CsvRows.parse(Http.get("/exports/messages.csv" + queryString(Map.of("poolId",
                setup.poolId(), "status", "fell_back_to_email", "errorCode", "21211")), setup.member().token()).body());
        assertEquals(2, csv.size(), csv.toString());
        assertEquals(List.of("FELL_BACK_TO_EMAIL", "21211", mobile), List.of(csv.get(1).get(10), csv.get(1).get(11),
                csv.get(1).get(7)));
    }

    @Test
    void badExportParametersAnswer400WithAMessageOnly() {
        StaffSession staff = StaffSession.staff("Dana Advisor");
        for (String bad : List.of("/exports/messages.csv?status=LOST", "/exports/messages.csv?poolId=abc",
                "/exports/opt-outs.csv?from=yesterday", "/exports/opt-outs.csv?colour=red",
                "/exports/messages.csv?from=2026-11-02&until=2026-11-01")) {
            HttpResponse<String> refused = Http.download(bad, staff.token());
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertEquals("application/json;charset=UTF-8", refused.headers().firstValue("Content-Type").orElse("")
                    .replace(" ", ""), bad);
            JsonNode error = Http.JSON.readTree(refused.body());
            assertEquals("INVALID_INPUT", error.get("code").asString(), bad);
            assertFalse(error.get("message").asString().isBlank(), bad);
        }
    }

    @Test
    void aLargeExportStreamsEveryRow() {
        int count = 20_000;
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        insertMessages(setup, count);

        long start = System.nanoTime();
        HttpResponse<String> export = Http.download("/exports/messages.csv?poolId=" + setup.poolId(),
                setup.member().token());
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(200, export.statusCode(), export.body().substring(0, Math.min(500, export.body().length())));
        assertTrue(export.headers().firstValue("Content-Length").isEmpty(),
                "streamed in chunks, not buffered to learn its length: " + export.headers().map());
        List<List<String>> csv = CsvRows.parse(export.body());
        assertEquals(count + 1, csv.size());
        assertEquals("Bulk notice " + count, csv.get(1).get(16), "newest first");
        assertEquals("Bulk notice 1", csv.get(count).get(16));
        System.out.printf("Exported %d messages as %d KiB of CSV in %.2f s%n", count, export.body().length() / 1024,
                seconds);
    }

    /** {@code count} delivered texts of the pool straight into the database (ids far above the sequence's). */
    static void insertMessages(PoolSetup setup, int count) {
        Object senderId = Db.rows("select id from sender_number where e164 = ?", setup.number()).get(0).get("id");
        String contact = TestNumbers.next();
        Db.execute("insert into conversation (sender_number_id, pool_id, contact_e164, last_activity_at) values ("
                + senderId + ", " + setup.poolId() + ", '" + contact + "', now(6))");
        Object conversation = Db.rows("select id from conversation where contact_e164 = ?", contact).get(0)
                .get("id");
        long base = 3_000_000_000L + Long.parseLong(setup.poolId()) * 1_000_000L;
        Db.execute("insert into outbound_message (id, conversation_id, pool_id, sender_e164, sender_number_id, "
                + "to_e164, body, sent_text, footer_appended, segments, encoding, status, attempts, "
                + "sent_by_staff_user_id, created_at, updated_at) select " + base + " + seq, " + conversation
                + ", " + setup.poolId() + ", '" + setup.number() + "', " + senderId + ", '" + contact + "', "
                + "concat('Bulk notice ', seq), concat('Bulk notice ', seq), false, 1, 'GSM7', 'DELIVERED', 1, "
                + setup.member().id() + ", timestampadd(microsecond, seq, '2026-01-01'), now(6) "
                + "from seq_1_to_" + count);
    }
}
