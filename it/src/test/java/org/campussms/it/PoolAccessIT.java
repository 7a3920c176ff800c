package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.campussms.it.support.Db;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(ArquillianExtension.class)
class PoolAccessIT {

    private static final String POOL_FIELDS = "id name myAccess footer { text custom intervalDays } "
            + "members { staffUserId name access } numbers { number kind segmentsPerSecond }";
    private static final String CREATE = "mutation($name: String!) { createPool(name: $name) { " + POOL_FIELDS + " } }";
    private static final String SET_MEMBER = "mutation($pool: ID!, $user: ID!, $access: PoolAccess!) { "
            + "setPoolMember(poolId: $pool, staffUserId: $user, access: $access) { " + POOL_FIELDS + " } }";
    private static final String POOL = "query($id: ID!) { pool(id: $id) { " + POOL_FIELDS + " } }";
    private static final String ADD_NUMBER = "mutation($pool: ID!, $number: String!, $kind: SenderKind!) { "
            + "addPoolNumber(poolId: $pool, number: $number, kind: $kind) { " + POOL_FIELDS + " } }";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void anInstitutionAdminCreatesAPoolWithTheStandardFooter() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String name = "Advising " + UUID.randomUUID();

        JsonNode pool = admin.data(CREATE, Map.of("name", name)).get("createPool");

        assertEquals(name, pool.get("name").asString());
        assertEquals("ADMIN", pool.get("myAccess").asString());
        assertEquals("Reply HELP for help, STOP to stop texts from " + name + ", STOPALL to stop all texts.",
                pool.at("/footer/text").asString());
        assertEquals(182, pool.at("/footer/intervalDays").asInt());
        assertEquals("CONFLICT", admin.errorCode(CREATE, Map.of("name", name)));
    }

    @Test
    void staffWhoAreNotInstitutionAdminsCannotCreatePools() {
        StaffSession staff = StaffSession.staff("Sam Staff");
        String name = "Sneaky " + UUID.randomUUID();

        assertEquals("FORBIDDEN", staff.errorCode(CREATE, Map.of("name", name)));
        assertTrue(Db.rows("select id from pool where name = ?", name).isEmpty());
    }

    @Test
    void membersSeeThePoolAndOutsidersGetForbiddenForItAndDoNotSeeIt() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession member = StaffSession.staff("Rita Role");
        StaffSession outsider = StaffSession.staff("Otto Outsider");
        String poolId = createPool(admin);
        admin.data(SET_MEMBER, Map.of("pool", poolId, "user", member.id(), "access", "ROLE"));

        JsonNode seen = member.data(POOL, Map.of("id", poolId)).get("pool");
        assertEquals("ROLE", seen.get("myAccess").asString());
        assertEquals(member.id(), seen.at("/members/0/staffUserId").asString());
        assertTrue(member.data("{ pools { id } }", Map.of()).toString().contains("\"" + poolId + "\""));

        assertEquals("FORBIDDEN", outsider.errorCode(POOL, Map.of("id", poolId)));
        assertFalse(outsider.data("{ pools { id } }", Map.of()).toString().contains("\"" + poolId + "\""));
        assertEquals("FORBIDDEN", outsider.errorCode(POOL, Map.of("id", "999999999")),
                "an unknown pool looks like a forbidden one");
    }

    @Test
    void onlyPoolAdminsManageMembersAndTheFooter() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession poolAdmin = StaffSession.staff("Paula PoolAdmin");
        StaffSession roleMember = StaffSession.staff("Rita Role");
        StaffSession newcomer = StaffSession.staff("Nina Newcomer");
        String poolId = createPool(admin);
        admin.data(SET_MEMBER, Map.of("pool", poolId, "user", poolAdmin.id(), "access", "ADMIN"));
        admin.data(SET_MEMBER, Map.of("pool", poolId, "user", roleMember.id(), "access", "ROLE"));

        assertEquals("FORBIDDEN",
                roleMember.errorCode(SET_MEMBER, Map.of("pool", poolId, "user", newcomer.id(), "access", "ADMIN")));
        assertEquals(1, Db.rows("select m.id from pool_member m where m.pool_id = ? and m.access = 'ADMIN'",
                Long.parseLong(poolId)).size(), "the refused change changed nothing");

        JsonNode pool = poolAdmin.data(SET_MEMBER, Map.of("pool", poolId, "user", newcomer.id(), "access", "ROLE"))
                .get("setPoolMember");
        assertEquals(3, pool.get("members").size());

        String footer = "mutation($pool: ID!, $text: String) { setPoolFooter(poolId: $pool, text: $text, "
                + "intervalDays: 90) { footer { text custom intervalDays } } }";
        assertEquals("FORBIDDEN", roleMember.errorCode(footer, Map.of("pool", poolId, "text", "Txt STOP to end")));
        JsonNode changed = poolAdmin.data(footer, Map.of("pool", poolId, "text", "Txt STOP to end"))
                .at("/setPoolFooter/footer");
        assertEquals("Txt STOP to end", changed.get("text").asString());
        assertEquals(90, changed.get("intervalDays").asInt());
    }

    @Test
    void sendersNumbersAreValidatedAndGetTheirKindsRate() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String poolId = createPool(admin);

        JsonNode pool = admin.data(ADD_NUMBER, Map.of("pool", poolId, "number", "(201) 555-0142", "kind", "TOLL_FREE"))
                .get("addPoolNumber");
        assertEquals("+12015550142", pool.at("/numbers/0/number").asString());
        assertEquals(3, pool.at("/numbers/0/segmentsPerSecond").asInt());

        assertEquals("INVALID_PHONE",
                admin.errorCode(ADD_NUMBER, Map.of("pool", poolId, "number", "555-12", "kind", "LONG_CODE")));
        assertEquals("CONFLICT",
                admin.errorCode(ADD_NUMBER, Map.of("pool", poolId, "number", "+12015550142", "kind", "LONG_CODE")));
        assertEquals(1, Db.rows("select id from sender_number where pool_id = ?", Long.parseLong(poolId)).size());
    }

    private static String createPool(StaffSession admin) {
        return admin.data(CREATE, Map.of("name", "Pool " + UUID.randomUUID())).at("/createPool/id").asString();
    }
}
