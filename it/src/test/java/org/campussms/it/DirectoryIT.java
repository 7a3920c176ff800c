package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Http;
import org.campussms.it.support.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The directory staff text from: imports (GraphQL and CSV), search, and caseloads.
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void importIsIdempotentByExternalIdAndSearchShowsIdsKindsAndMobiles() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String tag = tag();
        String surname = "Smith" + tag;
        List<Map<String, Object>> people = List.of(
                person("Bob", surname, record("STUDENT", "S1" + tag, "+12015550101")),
                person("Bobby", surname + "ers", record("STUDENT", "S2" + tag, "(201) 555-0102"),
                        record("EMPLOYEE", "E2" + tag, "+12015550103")),
                Map.of("firstName", "Gail", "lastName", surname, "records",
                        List.of(record("GUARDIAN", "G1" + tag, "+12015550104")),
                        "guardianOf", List.of("S1" + tag)));

        assertEquals("{\"created\":3,\"updated\":0}", admin.api().importPeople(people).data().toString());
        assertEquals("{\"created\":0,\"updated\":3}", admin.api().importPeople(people).data().toString());
        assertEquals(3, Db.rows("select p.id from person p where p.last_name like ?", surname + "%").size());
        assertEquals(1, Db.rows("select g.guardian_id from guardian_link g join person_record r "
                + "on r.person_id = g.student_id where r.external_id = ?", "S1" + tag).size());

        StaffSession advisor = StaffSession.staff("Dana Advisor");
        JsonNode found = advisor.api().searchContacts("bob " + surname.toLowerCase()).data();
        assertEquals(2, found.get("total").asInt(), found.toString());
        JsonNode bobby = found.get("contacts").get(0).get("firstName").asString().equals("Bobby")
                ? found.get("contacts").get(0) : found.get("contacts").get(1);
        assertEquals("STUDENT_AND_EMPLOYEE", bobby.get("kind").asString());
        assertEquals("[{\"type\":\"STUDENT\",\"externalId\":\"S2" + tag + "\"},{\"type\":\"EMPLOYEE\","
                + "\"externalId\":\"E2" + tag + "\"}]", bobby.get("records").toString());
        assertEquals("[{\"recordType\":\"STUDENT\",\"number\":\"+12015550102\"},{\"recordType\":\"EMPLOYEE\","
                + "\"number\":\"+12015550103\"}]", bobby.get("mobiles").toString());

        JsonNode byLastName = advisor.api().searchContacts(surname.toUpperCase()).data();
        assertEquals(3, byLastName.get("total").asInt(), "case-insensitive, last name");

        String bob = Db.rows("select person_id from person_record where external_id = ?", "S1" + tag).get(0)
                .get("person_id").toString();
        String gail = Db.rows("select person_id from person_record where external_id = ?", "G1" + tag).get(0)
                .get("person_id").toString();
        JsonNode family = advisor.api().family(bob).data();
        assertEquals("[{\"id\":\"" + gail + "\",\"firstName\":\"Gail\"}]", family.get("guardians").toString(),
                "the student's guardian");
        assertEquals("[]", family.get("guardianOf").toString());
        assertEquals("[{\"id\":\"" + bob + "\",\"firstName\":\"Bob\"}]",
                advisor.api().family(gail).data().get("guardianOf").toString(), "the guardian's student");
    }

    @Test
    void anIdGivenAgainInOtherCaseOrLaterInTheSameImportIsTheSamePerson() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String tag = tag();
        String surname = "Jones" + tag;
        List<Map<String, Object>> first = List.of(
                person("Ann", surname, record("STUDENT", "S1" + tag, "+12015550111")),
                // The same student again further down the file, now with her employee record too.
                person("Annie", surname, record("STUDENT", "s1" + tag.toUpperCase(), "+12015550111"),
                        record("EMPLOYEE", "E1" + tag, "+12015550112")),
                Map.of("firstName", "Gus", "lastName", surname, "records",
                        List.of(record("GUARDIAN", "G1" + tag, "+12015550113")),
                        "guardianOf", List.of("s1" + tag.toUpperCase())));
        assertEquals("{\"created\":2,\"updated\":1}", admin.api().importPeople(first).data().toString());
        assertEquals("{\"created\":0,\"updated\":1}", admin.api().importPeople(List.of(
                person("Anne", surname, record("EMPLOYEE", "e1" + tag.toUpperCase(), null)))).data().toString());

        assertEquals(2, Db.rows("select id from person where last_name = ?", surname).size(), "Ann and Gus");
        List<Map<String, Object>> ann = Db.rows("select p.first_name, r.record_type, r.external_id from person p "
                + "join person_record r on r.person_id = p.id where p.id = (select person_id from person_record "
                + "where external_id = ?) order by r.record_type", "S1" + tag);
        assertEquals("[{first_name=Anne, record_type=EMPLOYEE, external_id=E1" + tag + "}, {first_name=Anne, "
                + "record_type=STUDENT, external_id=S1" + tag + "}]", ann.toString(),
                "one person with both records, the ids as first given, renamed by the last import");
        assertEquals(1, Db.rows("select g.guardian_id from guardian_link g join person_record r "
                + "on r.person_id = g.student_id where r.external_id = ?", "S1" + tag).size());
    }

    @Test
    void anInvalidPhoneRefusesTheWholeImportNamingThePerson() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String tag = tag();
        List<Map<String, Object>> people = List.of(
                person("Valid", "Person" + tag, record("STUDENT", "S3" + tag, "+12015550105")),
                person("Broken", "Number" + tag, record("STUDENT", "S4" + tag, "555-12")));

        JsonNode error = admin.api().importPeople(people).error();

        assertEquals("INVALID_PHONE", error.at("/extensions/code").asString());
        assertTrue(error.get("message").asString().contains("Person 2 (Broken Number" + tag + ")"),
                error.toString());
        assertEquals(0, Db.rows("select id from person_record where external_id in (?, ?)", "S3" + tag, "S4" + tag)
                .size(), "nothing of the refused import is stored");
    }

    @Test
    void onlyInstitutionAdminsImportPeople() {
        StaffSession staff = StaffSession.staff("Sam Staff");
        String tag = tag();

        assertEquals("FORBIDDEN", staff.api().importPeople(
                List.of(person("Eve", "Sneaky" + tag, record("STUDENT", "S5" + tag, null)))).errorCode());
        assertEquals(0, Db.rows("select id from person_record where external_id = ?", "S5" + tag).size());
    }

    @Test
    void anAdvisorSeesTheCaseloadAnAdminAssigned() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession advisor = StaffSession.staff("Dana Advisor");
        String tag = tag();
        admin.api().importPeople(List.of(
                person("Cara", "Caseload" + tag, record("STUDENT", "S6" + tag, "+12015550106")),
                person("Carl", "Caseload" + tag, record("STUDENT", "S7" + tag, "+12015550107")))).data();

        admin.api().setCaseload(advisor.id(), List.of("S6" + tag, "S7" + tag)).data();

        JsonNode caseload = advisor.api().myCaseload().data();
        assertEquals(2, caseload.size());
        assertEquals("Cara", caseload.get(0).get("firstName").asString());
        assertEquals("FORBIDDEN", advisor.api().setCaseload(advisor.id(), List.of()).errorCode());
    }

    @Test
    void aCsvFileImportsPeopleIdempotentlyAndABadRowChangesNothing() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String tag = tag();
        String csv = "first_name,last_name,email,student_id,student_mobile,guardian_id,guardian_mobile,guardian_of\r\n"
                + "Cora,Csv" + tag + ",cora@example.edu,CS1" + tag + ",+12015550111,,,\r\n"
                + "\"Gus, Sr.\",Csv" + tag + ",,,,CG1" + tag + ",(201) 555-0112,CS1" + tag + "\r\n";

        Http.Response first = Http.post("/import/people", admin.token(), "text/csv", csv);
        assertEquals(200, first.status(), first.body());
        assertEquals("{\"created\":2,\"updated\":0}", first.body());
        assertEquals("{\"created\":0,\"updated\":2}",
                Http.post("/import/people", admin.token(), "text/csv", csv).body());
        JsonNode gus = admin.api().searchContacts("Gus Csv" + tag).data().at("/contacts/0");
        assertEquals("Gus, Sr.", gus.get("firstName").asString());
        assertEquals("GUARDIAN", gus.get("kind").asString());

        String bad = "first_name,last_name,student_id,student_mobile\nDan,Csv" + tag + ",CS2" + tag
                + ",+12015550113\nEd,Csv" + tag + ",CS3" + tag + ",555-12\n";
        Http.Response refused = Http.post("/import/people", admin.token(), "text/csv", bad);
        assertEquals(400, refused.status());
        assertEquals("INVALID_PHONE", refused.json().get("code").asString());
        assertTrue(refused.json().get("message").asString().contains("Person 2 (Ed Csv" + tag + ")"),
                refused.body());
        assertEquals(0, Db.rows("select id from person_record where external_id = ?", "CS2" + tag).size());

        assertEquals(401, Http.post("/import/people", null, "text/csv", csv).status());
        assertEquals(403, Http.post("/import/people", StaffSession.staff("Sam Staff").token(), "text/csv", csv)
                .status());
    }

    private static Map<String, Object> person(String first, String last, Map<String, Object>... records) {
        return Map.of("firstName", first, "lastName", last, "email", first.toLowerCase() + "@example.edu",
                "records", List.of(records));
    }

    private static Map<String, Object> record(String type, String externalId, String mobile) {
        return mobile == null ? Map.of("type", type, "externalId", externalId)
                : Map.of("type", type, "externalId", externalId, "mobile", mobile);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
