package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(ArquillianExtension.class)
class ConsentIT {

    private static final String IMPORT = "mutation($people: [PersonInput!]!) { importPeople(people: $people) "
            + "{ created updated } }";
    private static final String EVENT_FIELDS = "id personId phone scope poolId action source detail "
            + "actorStaffUserId occurredAt";
    private static final String RECORD = "mutation($input: ConsentInput!) { recordConsent(input: $input) { "
            + EVENT_FIELDS + " } }";
    private static final String HISTORY = "query($person: ID!) { consentHistory(personId: $person) { "
            + EVENT_FIELDS + " } }";

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
        admin.data(IMPORT, Map.of("people", people));
        String personId = Db.rows("select person_id from person_record where external_id = ?", "CG" + tag).get(0)
                .get("person_id").toString();
        return new Guardian(personId, mobile, otherMobile, people);
    }

    private static Map<String, Object> input(String personId, String phone, String choice) {
        return Map.of("input", Map.of("personId", personId, "phone", phone, "choice", choice, "scope", "ALL"));
    }

    private static long events(String phone) {
        return Db.rows("select id from consent_event where phone_e164 = ?", phone).size();
    }

    @Test
    void aFormOptOutOfAGuardiansMobileStopsAllTheirNumbersAndShowsInTheHistory() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession staff = StaffSession.staff("Dana Advisor");
        Guardian gina = importGuardian(admin);

        JsonNode recorded = staff.data(RECORD, input(gina.personId(), gina.mobile(), "OPT_OUT")).get("recordConsent");

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

        JsonNode history = staff.data(HISTORY, Map.of("person", gina.personId())).get("consentHistory");
        assertEquals(4, history.size(), "the import's two opt-ins and the form's two opt-outs: " + history);
        assertEquals(List.of("OPT_OUT", "OPT_OUT", "OPT_IN", "OPT_IN"), history.findValues("action").stream()
                .map(JsonNode::asString).toList(), "newest first");
        assertEquals("IMPORT", history.get(3).get("source").asString());

        JsonNode optIn = staff.data(RECORD, input(gina.personId(), gina.otherMobile(), "OPT_IN"))
                .get("recordConsent");
        assertEquals(1, optIn.size(), "an opt-in re-enables only the number it names: " + optIn);
        assertEquals(List.of(Map.of("phone_e164", gina.mobile())), Db.rows("select phone_e164 from consent_state "
                + "where phone_e164 in (?, ?)", gina.mobile(), gina.otherMobile()));

        admin.data(IMPORT, Map.of("people", gina.importData()));
        assertEquals(2, events(gina.mobile()), "importing the number again records nothing");
        assertEquals(1, Db.rows("select phone_e164 from consent_state where phone_e164 = ?", gina.mobile()).size(),
                "and does not clear the opt-out");
    }

    @Test
    void aBadPhoneIsInvalidAndStoresNothing() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession staff = StaffSession.staff("Dana Advisor");
        Guardian gina = importGuardian(admin);
        long before = Db.rows("select id from consent_event").size();

        assertEquals("INVALID_PHONE", staff.errorCode(RECORD, input(gina.personId(), "555-12", "OPT_OUT")));
        assertEquals("INVALID_INPUT", staff.errorCode(RECORD, input(gina.personId(), TestNumbers.next(), "OPT_OUT")),
                "a valid number that is not the person's");

        assertEquals(before, Db.rows("select id from consent_event").size());
        assertTrue(Db.rows("select phone_e164 from consent_state where phone_e164 = ?", gina.mobile()).isEmpty());
    }

    @Test
    void anUnknownPersonIsNotFound() {
        StaffSession staff = StaffSession.staff("Dana Advisor");
        String phone = TestNumbers.next();

        assertEquals("NOT_FOUND", staff.errorCode(RECORD, input("999999999", phone, "OPT_OUT")));
        assertEquals("NOT_FOUND", staff.errorCode(HISTORY, Map.of("person", "999999999")));
        assertEquals(0, events(phone));
    }
}
