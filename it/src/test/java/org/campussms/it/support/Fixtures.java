package org.campussms.it.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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

    public static PoolSetup poolWithMember(String kind, Integer segmentsPerSecond) {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession member = StaffSession.staff("Mia Member");
        String name = "Advising " + UUID.randomUUID().toString().substring(0, 8);
        String poolId = admin.data("mutation($name: String!) { createPool(name: $name) { id } }",
                Map.of("name", name)).at("/createPool/id").asString();
        String number = TestNumbers.next();
        Map<String, Object> vars = new java.util.HashMap<>(Map.of("pool", poolId, "number", number, "kind", kind));
        vars.put("rate", segmentsPerSecond);
        admin.data("mutation($pool: ID!, $number: String!, $kind: SenderKind!, $rate: Int) { addPoolNumber("
                + "poolId: $pool, number: $number, kind: $kind, segmentsPerSecond: $rate) { id } }", vars);
        admin.data("mutation($pool: ID!, $user: ID!) { setPoolMember(poolId: $pool, staffUserId: $user, "
                + "access: ROLE) { id } }", Map.of("pool", poolId, "user", member.id()));
        return new PoolSetup(admin, member, poolId, name, number);
    }

    /** Imports a student with this mobile and returns their person id. */
    public static String student(StaffSession admin, String mobile) {
        return students(admin, List.of(mobile)).get(0);
    }

    /** Imports one student per mobile, all in one import; returns their person ids in the same order. */
    public static List<String> students(StaffSession admin, List<String> mobiles) {
        String batch = "B" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> people = new java.util.ArrayList<>();
        for (int i = 0; i < mobiles.size(); i++) {
            people.add(Map.of("firstName", "Student" + i, "lastName", batch, "email",
                    "student" + i + "." + batch + "@example.edu", "records",
                    List.of(Map.of("type", "STUDENT", "externalId", batch + "-" + i, "mobile", mobiles.get(i)))));
        }
        admin.data("mutation($people: [PersonInput!]!) { importPeople(people: $people) { created } }",
                Map.of("people", people));
        List<Map<String, Object>> rows = Db.rows("select r.person_id, r.external_id from person_record r "
                + "where r.external_id like ? order by r.id", batch + "-%");
        return rows.stream().map(r -> r.get("person_id").toString()).toList();
    }
}
