package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * Pools and who may do what in them: creating them, their members, footer and sender numbers.
 */
@ExtendWith(ArquillianExtension.class)
class PoolAccessIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void anInstitutionAdminCreatesAPoolWithTheStandardFooter() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String name = "Advising " + UUID.randomUUID();

        JsonNode pool = admin.api().createPool(name).data();

        assertEquals(name, pool.get("name").asString());
        assertEquals("ADMIN", pool.get("myAccess").asString());
        assertEquals("Reply HELP for help, STOP to stop texts from " + name + ", STOPALL to stop all texts.",
                pool.at("/footer/text").asString());
        assertEquals(182, pool.at("/footer/intervalDays").asInt());
        assertEquals("CONFLICT", admin.api().createPool(name).errorCode());
    }

    @Test
    void staffWhoAreNotInstitutionAdminsCannotCreatePools() {
        StaffSession staff = StaffSession.staff("Sam Staff");
        String name = "Sneaky " + UUID.randomUUID();

        assertEquals("FORBIDDEN", staff.api().createPool(name).errorCode());
        assertTrue(Db.rows("select id from pool where name = ?", name).isEmpty());
    }

    @Test
    void membersSeeThePoolAndOutsidersGetForbiddenForItAndDoNotSeeIt() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession member = StaffSession.staff("Rita Role");
        StaffSession outsider = StaffSession.staff("Otto Outsider");
        String poolId = createPool(admin);
        admin.api().setPoolMember(poolId, member.id(), "ROLE").data();

        JsonNode seen = member.api().pool(poolId).data();
        assertEquals("ROLE", seen.get("myAccess").asString());
        assertEquals(member.id(), seen.at("/members/0/staffUserId").asString());
        assertTrue(member.api().pools().data().toString().contains("\"" + poolId + "\""));

        assertEquals("FORBIDDEN", outsider.api().pool(poolId).errorCode());
        assertFalse(outsider.api().pools().data().toString().contains("\"" + poolId + "\""));
        assertEquals("FORBIDDEN", outsider.api().pool("999999999").errorCode(),
                "an unknown pool looks like a forbidden one");
    }

    @Test
    void onlyPoolAdminsManageMembersAndTheFooter() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession poolAdmin = StaffSession.staff("Paula PoolAdmin");
        StaffSession roleMember = StaffSession.staff("Rita Role");
        StaffSession newcomer = StaffSession.staff("Nina Newcomer");
        String poolId = createPool(admin);
        admin.api().setPoolMember(poolId, poolAdmin.id(), "ADMIN").data();
        admin.api().setPoolMember(poolId, roleMember.id(), "ROLE").data();

        assertEquals("FORBIDDEN", roleMember.api().setPoolMember(poolId, newcomer.id(), "ADMIN").errorCode());
        assertEquals(1, Db.rows("select m.id from pool_member m where m.pool_id = ? and m.access = 'ADMIN'",
                Long.parseLong(poolId)).size(), "the refused change changed nothing");

        JsonNode pool = poolAdmin.api().setPoolMember(poolId, newcomer.id(), "ROLE").data();
        assertEquals(3, pool.get("members").size());

        assertEquals("FORBIDDEN", roleMember.api().setPoolFooter(poolId, "Txt STOP to end", 90).errorCode());
        JsonNode changed = poolAdmin.api().setPoolFooter(poolId, "Txt STOP to end", 90).data().get("footer");
        assertEquals("Txt STOP to end", changed.get("text").asString());
        assertEquals(90, changed.get("intervalDays").asInt());
    }

    @Test
    void aPoolAdminKeepsTheOptOutInstructionAReminderTwiceAYearAndTheLawfulHours() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession poolAdmin = StaffSession.staff("Paula PoolAdmin");
        String poolId = createPool(admin);
        admin.api().setPoolMember(poolId, poolAdmin.id(), "ADMIN").data();

        assertEquals("INVALID_INPUT", poolAdmin.api().setPoolFooter(poolId, "Advising office", 90).errorCode(),
                "a footer without STOP");
        assertEquals("INVALID_INPUT", admin.api().setPoolFooter(poolId, "Advising office", 90).errorCode(),
                "not even an institution admin removes the opt-out instruction");
        assertEquals("FORBIDDEN", poolAdmin.api().setPoolFooter(poolId, "Reply STOP to opt out", 365).errorCode(),
                "a reminder less often than every 182 days");
        assertEquals(182, poolAdmin.api().setPoolFooter(poolId, "Reply STOP to opt out", 182).data()
                .at("/footer/intervalDays").asInt());
        assertEquals(365, admin.api().setPoolFooter(poolId, "Reply STOP to opt out", 365).data()
                .at("/footer/intervalDays").asInt(), "an institution admin may");
        assertEquals("Advising: reply STOP to opt out", poolAdmin.api().setPoolFooter(poolId,
                "Advising: reply STOP to opt out", 365).data().at("/footer/text").asString(),
                "the pool admin changes the words and keeps the interval an institution admin set");

        assertEquals("FORBIDDEN", poolAdmin.api().setPoolSendingWindow(poolId, "07:00-21:00").errorCode());
        assertEquals("FORBIDDEN", poolAdmin.api().setPoolSendingWindow(poolId, "00:00-24:00").errorCode());
        assertEquals("09:00-20:00", poolAdmin.api().setPoolSendingWindow(poolId, "09:00-20:00").data()
                .get("sendingWindow").asString());
        assertEquals("09:00-20:00", admin.api().pool(poolId).data().get("sendingWindow").asString(),
                "the refusals changed nothing");
        assertEquals("07:00-22:00", admin.api().setPoolSendingWindow(poolId, "07:00-22:00").data()
                .get("sendingWindow").asString(), "an institution admin may open it wider");
    }

    @Test
    void sendersNumbersAreValidatedAndGetTheirKindsRate() {
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        String poolId = createPool(admin);

        JsonNode pool = admin.api().addPoolNumber(poolId, "(201) 555-0142", "TOLL_FREE", null).data();
        assertEquals("+12015550142", pool.at("/numbers/0/number").asString());
        assertEquals(3, pool.at("/numbers/0/segmentsPerSecond").asInt());

        assertEquals("INVALID_PHONE", admin.api().addPoolNumber(poolId, "555-12", "LONG_CODE", null).errorCode());
        assertEquals("CONFLICT", admin.api().addPoolNumber(poolId, "+12015550142", "LONG_CODE", null).errorCode());
        assertEquals(1, Db.rows("select id from sender_number where pool_id = ?", Long.parseLong(poolId)).size());
    }

    private static String createPool(StaffSession admin) {
        return admin.api().createPool("Pool " + UUID.randomUUID()).data().get("id").asString();
    }

    @Test
    void poolAdminsFindStaffToAddByNameOrEmailAndOthersCannotLookThemUp() {
        String surname = "Zyx" + UUID.randomUUID().toString().substring(0, 6);
        StaffSession admin = StaffSession.institutionAdmin("Ada Admin");
        StaffSession poolAdmin = StaffSession.staff("Pat Pooladmin");
        StaffSession plain = StaffSession.staff("Sam Staff");
        StaffSession wanted = StaffSession.staff("Wendy " + surname);
        String poolId = admin.api().createPool("Registrar " + surname).data().get("id").asString();
        admin.api().setPoolMember(poolId, poolAdmin.id(), "ADMIN").data();

        JsonNode byWord = poolAdmin.api().searchStaff(surname.toLowerCase()).data();
        assertEquals(1, byWord.size(), "any word of the name, any case: " + byWord);
        assertEquals(wanted.id(), byWord.get(0).get("staffUserId").asString());
        assertEquals("Wendy " + surname, byWord.get(0).get("name").asString());
        JsonNode byEmail = admin.api().searchStaff(wanted.login().email().substring(0, 20)).data();
        assertEquals(wanted.id(), byEmail.get(0).get("staffUserId").asString(), byEmail.toString());

        assertEquals("FORBIDDEN", plain.api().searchStaff(surname).errorCode(), "a member of no pool as admin");
        assertEquals("INVALID_INPUT", poolAdmin.api().searchStaff("  ").errorCode());
        poolAdmin.api().setPoolMember(poolId, wanted.id(), "ROLE").data();
        assertTrue(poolAdmin.api().pool(poolId).data().get("members").toString().contains(wanted.id()));
    }
}
