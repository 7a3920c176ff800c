package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
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
 * The composer's preview: exactly what the carrier would get, its segments and encoding, and the email it would
 * become instead, without sending anything.
 */
@ExtendWith(ArquillianExtension.class)
class PreviewIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void thePreviewShowsTheFooterWhenDueTheEncodingAndTheChannelAndSendsNothing() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        StaffSession member = setup.member();
        String footer = setup.admin().api().pool(setup.poolId()).data().at("/footer/text").asString();

        JsonNode first = member.api().previewMessage(setup.poolId(), person, null, "Hola María, ¿vienes?").data();
        assertEquals("SMS", first.get("channel").asString());
        assertEquals(mobile, first.get("to").asString());
        assertEquals("STUDENT", first.get("recordType").asString());
        assertTrue(first.get("footerAppended").asBoolean(), "the first text to a person carries the footer");
        assertEquals("Hola María, ¿vienes?\n" + footer, first.get("sentText").asString());
        assertEquals("UCS2", first.get("encoding").asString());
        assertEquals("[\"í\"]", first.get("notGsm7").toString(), "í is what makes it UCS-2 (¿ is GSM-7)");
        assertEquals(0, outboundTo(mobile), "a preview sends nothing");

        member.api().sendMessage(setup.poolId(), person, "First one.").data();
        JsonNode second = member.api().previewMessage(setup.poolId(), person, null, "Hi").data();
        assertFalse(second.get("footerAppended").asBoolean(), "the footer went with the first text: " + second);
        assertEquals("Hi", second.get("sentText").asString());
        assertEquals("GSM7", second.get("encoding").asString());
        assertEquals(1, second.get("segments").asInt());

        assertEquals(200, twilio().reply(mobile, setup.number(), "STOP"));
        JsonNode stopped = member.api().previewMessage(setup.poolId(), person, null, "Hi").data();
        assertEquals("EMAIL", stopped.get("channel").asString(), stopped.toString());
        assertEquals("opted out", stopped.get("reason").asString());
        assertTrue(stopped.get("emailTo").asString().contains("@example.edu"), stopped.toString());
    }

    @Test
    void aPersonWithoutAMobileWouldGetAnEmailAndOutsidersAreRefused() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String tag = "P" + TestNumbers.next().substring(6);
        String person = Fixtures.imported(setup.admin(), List.of(Map.of("firstName", "Nomo", "lastName", tag,
                "email", "nomo." + tag + "@example.edu", "records",
                List.of(Map.of("type", "EMPLOYEE", "externalId", tag)))), tag);

        JsonNode preview = setup.member().api().previewMessage(setup.poolId(), person, null, "Hi").data();
        assertEquals("EMAIL", preview.get("channel").asString());
        assertEquals("no mobile", preview.get("reason").asString());
        assertTrue(preview.get("to").isNull());
        assertEquals("nomo." + tag + "@example.edu", preview.get("emailTo").asString());

        assertEquals("FORBIDDEN", StaffSession.staff("Otto Outsider").api()
                .previewMessage(setup.poolId(), person, null, "Hi").errorCode());
        assertEquals("INVALID_INPUT", setup.member().api().previewMessage(setup.poolId(), person, null,
                "x".repeat(2000)).errorCode(), "too long is refused as the send would refuse it");
    }

    private static long outboundTo(String mobile) {
        return Db.rows("select id from outbound_message where to_e164 = ?", mobile).size();
    }
}
