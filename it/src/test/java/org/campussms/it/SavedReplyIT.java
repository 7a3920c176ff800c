package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
 * Saved replies: a pool's, managed by its admins and used by its members, each one's own, and their variables
 * filled in for the recipient in the preview and the send.
 */
@ExtendWith(ArquillianExtension.class)
class SavedReplyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void poolAdminsManageThePoolsRepliesMembersUseThemAndEachKeepsTheirOwn() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        StaffSession member = setup.member();

        String shared = setup.admin().api().saveReply(null, setup.poolId(), "Office hours",
                "Hi {firstName}, office hours are 9-5.").data().get("id").asString();
        assertEquals("FORBIDDEN", member.api().saveReply(null, setup.poolId(), "Mine in the pool", "No").errorCode(),
                "a ROLE member does not manage the pool's replies");
        assertEquals("FORBIDDEN", member.api().deleteSavedReply(shared).errorCode());
        String own = member.api().saveReply(null, null, "Bring ID", "Please bring your ID, {firstName}.").data()
                .get("id").asString();

        JsonNode listed = member.api().savedReplies(setup.poolId()).data();
        assertEquals(List.of("Bring ID", "Office hours"), titles(listed), "the pool's and one's own, by title");
        assertEquals(List.of("Bring ID"), titles(member.api().savedReplies(null).data()));
        assertEquals("FORBIDDEN", StaffSession.staff("Otto Outsider").api().savedReplies(setup.poolId())
                .errorCode());
        assertEquals("NOT_FOUND", StaffSession.staff("Otto Outsider").api().deleteSavedReply(own).errorCode(),
                "another's own reply is not even there to them");

        member.api().saveReply(own, null, "Bring your ID", "Bring your ID, {firstName}.").data();
        assertEquals(List.of("Bring your ID", "Office hours"), titles(member.api().savedReplies(setup.poolId())
                .data()));
        assertEquals("INVALID_INPUT", member.api().saveReply(null, null, " ", "text").errorCode());
        assertTrue(member.api().deleteSavedReply(own).data().asBoolean());
        assertEquals(List.of("Office hours"), titles(member.api().savedReplies(setup.poolId()).data()));
    }

    @Test
    void variablesAreFilledInForTheRecipientInThePreviewAndTheSend() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        String body = "Hi {firstName} {lastName}, {staffName} from {poolName}. Room {B12}.";
        String lastName = Db.rows("select last_name from person where id = ?", Long.parseLong(person)).get(0)
                .get("last_name").toString();
        String expected = "Hi Student0 " + lastName + ", Mia Member from " + setup.poolName() + ". Room {B12}.";

        JsonNode preview = setup.member().api().previewMessage(setup.poolId(), person, null, body).data();
        assertTrue(preview.get("sentText").asString().startsWith(expected + "\n"), preview.toString());

        String id = setup.member().api().sendMessage(setup.poolId(), person, body).data().get("id").asString();
        assertEquals(expected, Db.rows("select body from outbound_message where id = ?", Long.parseLong(id)).get(0)
                .get("body"));
    }

    private static List<String> titles(JsonNode replies) {
        return replies.valueStream().map(r -> r.get("title").asString()).toList();
    }
}
