package org.campussms.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.devstack.LocalSignIn;

/**
 * The world a sending test needs, built through the API as an admin would: a pool with a number and a member,
 * and students with mobiles.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A pool with one number, an institution admin and a ROLE member. */
    public record PoolSetup(StaffSession admin, StaffSession member, String poolId, String poolName, String number) {
    }

    /** Avery Admin's pool (institution admin) with Dana Advisor (staff) in it: the local sign-in page's demo users. */
    public record DemoPool(StaffSession avery, StaffSession dana, String poolId, String number) {
    }

    /** A long-code pool named {@code name} and a number, made by Avery, with Dana as a member. */
    public static DemoPool demoPool(String name) {
        StaffSession avery = StaffSession.demo(LocalSignIn.DEMO_USERS.get(1));
        StaffSession dana = StaffSession.demo(LocalSignIn.DEMO_USERS.get(0));
        String poolId = avery.api().createPool(name + " " + TestNumbers.next().substring(8)).data().get("id")
                .asString();
        String number = TestNumbers.next();
        avery.api().addPoolNumber(poolId, number, "LONG_CODE", null).data();
        avery.api().setPoolMember(poolId, dana.id(), "ROLE").data();
        return new DemoPool(avery, dana, poolId, number);
    }

    /** A staff user named {@code name}, signed in and added to the pool as a member. */
    public static StaffSession joined(PoolSetup setup, String name) {
        StaffSession colleague = StaffSession.staff(name);
        setup.admin().api().setPoolMember(setup.poolId(), colleague.id(), "ROLE").data();
        return colleague;
    }

    public static PoolSetup poolWithMember(String kind, Integer segmentsPerSecond) {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession member = StaffSession.staff("Mia Member");
        String name = "Advising " + UUID.randomUUID().toString().substring(0, 8);
        String poolId = admin.api().createPool(name).data().get("id").asString();
        String number = TestNumbers.next();
        admin.api().addPoolNumber(poolId, number, kind, segmentsPerSecond).data();
        admin.api().setPoolMember(poolId, member.id(), "ROLE").data();
        return new PoolSetup(admin, member, poolId, name, number);
    }

    /** Imports a student with this mobile and returns their person id. */
    public static String student(StaffSession admin, String mobile) {
        return students(admin, List.of(mobile)).get(0);
    }

    /** Imports one student per mobile, all in one import; returns their person ids in the same order. */
    public static List<String> students(StaffSession admin, List<String> mobiles) {
        return students(admin.api(), mobiles);
    }

    /** The same through this API (an admin's, on a server of the test's choosing). */
    public static List<String> students(CampusApi admin, List<String> mobiles) {
        String batch = "B" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < mobiles.size(); i++) {
            people.add(Map.of("firstName", "Student" + i, "lastName", batch, "email",
                    "student" + i + "." + batch + "@example.edu", "records",
                    List.of(Map.of("type", "STUDENT", "externalId", batch + "-" + i, "mobile", mobiles.get(i)))));
        }
        admin.importPeople(people).data();
        List<Map<String, Object>> rows = Db.rows("select r.person_id, r.external_id from person_record r "
                + "where r.external_id like ? order by r.id", batch + "-%");
        return rows.stream().map(r -> r.get("person_id").toString()).toList();
    }

    /** Imports these people (PersonInput objects) and returns the person id of the record with this external id. */
    public static String imported(StaffSession admin, List<Map<String, Object>> people, String externalId) {
        admin.api().importPeople(people).data();
        return Db.rows("select person_id from person_record where external_id = ?", externalId).get(0)
                .get("person_id").toString();
    }
}
