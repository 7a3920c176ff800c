package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.it.support.Await;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Consent that staff record from a form, and the history it leaves; the opt-outs that come by text or from the
 * carrier are OptOutIT's.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    /** A guardian (of a new student) with a mobile on the record and a second mobile, as an admin imports them. */
    private record Guardian(String personId, String mobile, String otherMobile, List<Map<String, Object>> importData) {
    }

    private static Guardian importGuardian(StaffSession admin) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String mobile = TestNumbers.next();
        String otherMobile = TestNumbers.next();
        List<Map<String, Object>> people = List.of(
                Map.of("firstName", "Stu", "lastName", "Dent" + tag, "records",
                        List.of(Map.of("type", "STUDENT", "externalId", "CS" + tag, "mobile", TestNumbers.next()))),
                Map.of("firstName", "Gina", "lastName", "Guardian" + tag, "records",
                        List.of(Map.of("type", "GUARDIAN", "externalId", "CG" + tag, "mobile", mobile)),
                        "phones", List.of(Map.of("number", otherMobile, "type", "MOBILE")),
                        "guardianOf", List.of("CS" + tag)));
        return new Guardian(Fixtures.imported(admin, people, "CG" + tag), mobile, otherMobile, people);
    }

    private static Map<String, Object> input(String personId, String phone, String choice) {
        return Map.of("personId", personId, "phone", phone, "choice", choice, "scope", "ALL");
    }

    private static long events(String phone) {
        return Db.rows("select id from consent_event where phone_e164 = ?", phone).size();
    }

    @Test
    void aFormOptOutOfAGuardiansMobileStopsAllTheirNumbersAndShowsInTheHistory() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession staff = StaffSession.staff("Dana Advisor");
        Guardian gina = importGuardian(admin);

        JsonNode recorded = staff.api().recordConsent(input(gina.personId(), gina.mobile(), "OPT_OUT")).data();

        assertEquals(2, recorded.size(), "one event for each of the guardian's numbers: " + recorded);
        for (JsonNode event : recorded) {
            assertEquals("OPT_OUT", event.get("action").asString());
            assertEquals("FORM", event.get("source").asString());
            assertEquals("ALL", event.get("scope").asString());
            assertEquals(gina.personId(), event.get("personId").asString());
            assertEquals(staff.id(), event.get("actorStaffUserId").asString());
        }
        assertEquals(List.of(gina.mobile(), gina.otherMobile()),
                List.of(recorded.get(0).get("phone").asString(), recorded.get(1).get("phone").asString()));
        assertEquals(2, Db.rows("select phone_e164 from consent_state where phone_e164 in (?, ?) and scope = 'ALL'",
                gina.mobile(), gina.otherMobile()).size(), "both numbers are opted out now");

        JsonNode history = staff.api().consentHistory(gina.personId()).data();
        assertEquals(4, history.size(), "the import's two opt-ins and the form's two opt-outs: " + history);
        assertEquals(List.of("OPT_OUT", "OPT_OUT", "OPT_IN", "OPT_IN"), history.findValues("action").stream()
                .map(JsonNode::asString).toList(), "newest first");
        assertEquals("IMPORT", history.get(3).get("source").asString());

        assertEquals("FORBIDDEN", staff.api().recordConsent(input(gina.personId(), gina.otherMobile(), "OPT_IN"))
                .errorCode(), "an opt-in for every sender is for institution admins");
        Map<String, Object> withoutReference = input(gina.personId(), gina.otherMobile(), "OPT_IN");
        assertEquals("INVALID_INPUT", admin.api().recordConsent(withoutReference).errorCode(),
                "and needs the signed form's reference");
        Map<String, Object> signedForm = new HashMap<>(withoutReference);
        signedForm.put("formReference", "Form 2026-117");
        JsonNode optIn = admin.api().recordConsent(signedForm).data();
        assertEquals(1, optIn.size(), "an opt-in re-enables only the number it names: " + optIn);
        assertEquals("Form 2026-117", optIn.get(0).get("detail").asString());
        assertEquals(List.of(Map.of("phone_e164", gina.mobile())), Db.rows("select phone_e164 from consent_state "
                + "where phone_e164 in (?, ?)", gina.mobile(), gina.otherMobile()));

        admin.api().importPeople(gina.importData()).data();
        assertEquals(2, events(gina.mobile()), "importing the number again records nothing");
        assertEquals(1, Db.rows("select phone_e164 from consent_state where phone_e164 = ?", gina.mobile()).size(),
                "and does not clear the opt-out");
    }

    @Test
    void onlyAnInstitutionAdminWithTheSignedFormUndoesAStopThePersonTexted() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);

        assertEquals(200, twilio().reply(mobile, setup.number(), "Stop all!"));
        assertEquals(List.of(Map.of("scope", "ALL")), Db.rows("select scope from consent_state where phone_e164 = ?",
                mobile), "STOP ALL, with a space, stops every sender");
        long eventsAfterStop = events(mobile);

        Map<String, Object> poolOptIn = new HashMap<>(Map.of("personId", person, "phone", mobile,
                "choice", "OPT_IN", "scope", "POOL", "poolId", setup.poolId()));
        assertEquals("FORBIDDEN", setup.member().api().recordConsent(poolOptIn).errorCode(),
                "a member cannot undo the person's STOP, not even for their own pool");
        assertEquals("INVALID_INPUT", setup.admin().api().recordConsent(poolOptIn).errorCode(),
                "an institution admin needs the signed form's reference");
        assertEquals(eventsAfterStop, events(mobile), "the refusals recorded nothing");

        Map<String, Object> signedForm = new HashMap<>(input(person, mobile, "OPT_IN"));
        signedForm.put("formReference", "Scanned form 88");
        JsonNode optIn = setup.admin().api().recordConsent(signedForm).data();
        assertEquals("Scanned form 88", optIn.get(0).get("detail").asString());
        assertEquals(setup.admin().id(), optIn.get(0).get("actorStaffUserId").asString());
        assertTrue(Db.rows("select scope from consent_state where phone_e164 = ?", mobile).isEmpty(),
                "the admin's opt-in with the form lifts the STOP");
    }

    /** A student with this mobile whom a member opted out of the pool by their form; the input, to change. */
    private static Map<String, Object> formOptOutOfThePool(PoolSetup setup, String mobile) {
        String person = Fixtures.student(setup.admin(), mobile);
        Map<String, Object> poolConsent = new HashMap<>(Map.of("personId", person, "phone", mobile,
                "choice", "OPT_OUT", "scope", "POOL", "poolId", setup.poolId()));
        setup.member().api().recordConsent(poolConsent).data();
        return poolConsent;
    }

    @Test
    void aFormOptOutFollowedByAStopIsLiftedOnlyByAnInstitutionAdminWithTheForm() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        Map<String, Object> poolConsent = formOptOutOfThePool(setup, mobile);
        assertEquals(200, twilio().reply(mobile, setup.number(), "STOP"));
        Await.until(Duration.ofSeconds(30), () -> Db.rows("select id from consent_event where phone_e164 = ? "
                + "and source = 'KEYWORD'", mobile), rows -> !rows.isEmpty(), "the STOP recorded");
        long before = events(mobile);

        poolConsent.put("choice", "OPT_IN");
        assertEquals("FORBIDDEN", setup.member().api().recordConsent(poolConsent).errorCode(),
                "the form's opt-out came first, but the person's STOP since counts");
        assertEquals(before, events(mobile), "the refusal recorded nothing");
        assertEquals(1, Db.rows("select scope from consent_state where phone_e164 = ?", mobile).size());

        poolConsent.put("formReference", "Form 2026-204");
        assertTrue(setup.admin().api().recordConsent(poolConsent).data().isArray(),
                "an institution admin with the signed form lifts it");
        assertTrue(Db.rows("select scope from consent_state where phone_e164 = ?", mobile).isEmpty());
    }

    @Test
    void aFormOptOutIsThePersonsWordThatAMemberCannotReverse() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        Map<String, Object> poolConsent = formOptOutOfThePool(setup, mobile);

        poolConsent.put("choice", "OPT_IN");
        assertEquals("FORBIDDEN", setup.member().api().recordConsent(poolConsent).errorCode());
        poolConsent.put("formReference", "Form 2026-205");
        assertEquals("FORBIDDEN", setup.member().api().recordConsent(poolConsent).errorCode(),
                "a reference does not make a member an institution admin");
        poolConsent.remove("formReference");
        assertEquals("INVALID_INPUT", setup.admin().api().recordConsent(poolConsent).errorCode(),
                "an institution admin needs the form's reference");
        assertEquals(1, Db.rows("select scope from consent_state where phone_e164 = ?", mobile).size(),
                "still opted out");

        String otherMobile = TestNumbers.next();
        String other = Fixtures.student(setup.admin(), otherMobile);
        Map<String, Object> freshOptIn = new HashMap<>(Map.of("personId", other, "phone", otherMobile,
                "choice", "OPT_IN", "scope", "POOL", "poolId", setup.poolId()));
        assertEquals("OPT_IN", setup.member().api().recordConsent(freshOptIn).data().get(0).get("action")
                .asString(), "a member may opt in a phone nobody opted out");
    }

    @Test
    void aPhoneAddedAfterAStopAllStartsOptedOutWithItsEvent() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        Guardian gina = importGuardian(setup.admin());
        assertEquals(200, twilio().reply(gina.mobile(), setup.number(), "STOPALL"));
        Await.until(Duration.ofSeconds(30), () -> Db.rows("select scope from consent_state where phone_e164 = ?",
                gina.otherMobile()), rows -> !rows.isEmpty(), "the STOPALL on both numbers");

        String newMobile = TestNumbers.next();
        List<Map<String, Object>> again = new ArrayList<>(gina.importData());
        Map<String, Object> guardian = new HashMap<>(again.get(1));
        guardian.put("phones", List.of(Map.of("number", gina.otherMobile(), "type", "MOBILE"),
                Map.of("number", newMobile, "type", "MOBILE")));
        again.set(1, guardian);
        setup.admin().api().importPeople(again).data();

        assertEquals(List.of(Map.of("scope", "ALL")), Db.rows("select scope from consent_state where phone_e164 = ?",
                newMobile), "the new number is stopped like the others");
        List<Map<String, Object>> events = Db.rows("select action, scope, source, person_id from consent_event "
                + "where phone_e164 = ? order by id", newMobile);
        assertEquals(1, events.size(), "one event, the STOPALL carried over: " + events);
        assertEquals("OPT_OUT", events.get(0).get("action"));
        assertEquals("KEYWORD", events.get(0).get("source"), "the person's own word, as on their other numbers");
        assertEquals(gina.personId(), events.get(0).get("person_id").toString());
    }

    @Test
    void theHistoryShowsPoolEventsOnlyToThePoolsMembers() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String otherPool = setup.admin().api().createPool("Athletics " + UUID.randomUUID()).data().get("id")
                .asString();
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        Map<String, Object> optOut = new HashMap<>(Map.of("personId", person, "phone", mobile,
                "choice", "OPT_OUT", "scope", "POOL"));
        optOut.put("poolId", setup.poolId());
        setup.member().api().recordConsent(optOut).data();
        optOut.put("poolId", otherPool);
        setup.admin().api().recordConsent(optOut).data();

        JsonNode members = setup.member().api().consentHistory(person).data();
        assertEquals(List.of("POOL:" + setup.poolId(), "ALL:null"), scopes(members),
                "the member sees their pool's opt-out and the import's opt-in, not the other pool's: " + members);
        assertEquals(List.of("POOL:" + otherPool, "POOL:" + setup.poolId(), "ALL:null"),
                scopes(setup.admin().api().consentHistory(person).data()), "an institution admin sees all");
    }

    private static List<String> scopes(JsonNode history) {
        return history.valueStream().map(e -> e.get("scope").asString() + ":"
                + (e.get("poolId").isNull() ? "null" : e.get("poolId").asString())).toList();
    }

    @Test
    void aBadPhoneIsInvalidAndStoresNothing() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession staff = StaffSession.staff("Dana Advisor");
        Guardian gina = importGuardian(admin);
        long before = Db.rows("select id from consent_event").size();

        assertEquals("INVALID_PHONE", staff.api().recordConsent(input(gina.personId(), "555-12", "OPT_OUT"))
                .errorCode());
        assertEquals("INVALID_INPUT", staff.api().recordConsent(input(gina.personId(), TestNumbers.next(), "OPT_OUT"))
                .errorCode(), "a valid number that is not the person's");

        assertEquals(before, Db.rows("select id from consent_event").size());
        assertTrue(Db.rows("select phone_e164 from consent_state where phone_e164 = ?", gina.mobile()).isEmpty());
    }

    @Test
    void anUnknownPersonIsNotFound() {
        StaffSession staff = StaffSession.staff("Dana Advisor");
        String phone = TestNumbers.next();

        assertEquals("NOT_FOUND", staff.api().recordConsent(input("999999999", phone, "OPT_OUT")).errorCode());
        assertEquals("NOT_FOUND", staff.api().consentHistory("999999999").errorCode());
        assertEquals(0, events(phone));
    }
}
