package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * History search finds what was written, in texts and replies, only where the searcher may look.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void textsAndRepliesAreFoundByWordPrefixesOnlyInThePoolsOneIsIn() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        PoolSetup other = Fixtures.poolWithMember("LONG_CODE", null);
        // A word no other test writes, so that only this test's messages match.
        String word = "quxtranscript" + UUID.randomUUID().toString().substring(0, 6);
        String texted = TestNumbers.next();
        String replying = TestNumbers.next();
        List<String> people = Fixtures.students(setup.admin(), List.of(texted, replying));
        setup.member().api().sendMessage(setup.poolId(), people.get(0), "Please bring your " + word + " Friday.")
                .data();
        assertEquals(200, twilio().reply(replying, setup.number(), "Where do I find my " + word + "?"));
        assertEquals(200, twilio().reply(TestNumbers.next(), other.number(), "A " + word + " question too"));

        JsonNode found = setup.member().api().searchMessages(word.substring(0, 10).toUpperCase() + " the", null)
                .data();
        assertEquals(List.of("INBOUND", "OUTBOUND"), directions(found).stream().sorted().toList(),
                "a prefix of the word, any case, \"the\" left out: " + found);
        JsonNode reply = found.get("hits").valueStream().filter(h -> h.get("direction").asString().equals("INBOUND"))
                .findFirst().orElseThrow();
        assertEquals("Where do I find my " + word + "?", reply.get("body").asString());
        assertEquals(setup.poolName(), reply.get("poolName").asString());
        assertEquals(replying, reply.get("contactNumber").asString());
        assertFalse(found.get("more").asBoolean());
        assertTrue(found.get("complete").asBoolean(), "three messages are searched to the end");

        assertEquals(List.of("OUTBOUND"), directions(setup.member().api().searchMessages(word,
                Map.of("direction", "OUTBOUND")).data()));
        assertEquals(List.of("OUTBOUND"), directions(setup.member().api().searchMessages(word,
                Map.of("personId", people.get(0))).data()));
        assertEquals(List.of("INBOUND"), directions(other.member().api().searchMessages(word, null).data()),
                "the other pool's member finds only their pool's reply");
        assertEquals(3, setup.admin().api().searchMessages(word, null).data().get("hits").size(),
                "an institution admin finds all three");
        assertEquals("FORBIDDEN", other.member().api().searchMessages(word, Map.of("poolId", setup.poolId()))
                .errorCode());
        assertEquals("INVALID_INPUT", setup.member().api().searchMessages("to at", null).errorCode(),
                "no word the index holds");
    }

    @Test
    void everyWordIsRequiredWithoutCaseOrAccentsNewestFirst() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", null);
        String word = "quxform" + UUID.randomUUID().toString().substring(0, 6);
        String person = Fixtures.students(setup.admin(), List.of(TestNumbers.next())).get(0);
        for (String body : List.of("Your matrícula " + word + " is ready", "Only " + word + " here",
                word + " MATRICULA, second notice")) {
            setup.member().api().sendMessage(setup.poolId(), person, body).data();
        }

        JsonNode found = setup.member().api().searchMessages("Matricula " + word, null).data();
        assertEquals(List.of(word + " MATRICULA, second notice", "Your matrícula " + word + " is ready"),
                found.get("hits").valueStream().map(h -> h.get("body").asString()).toList(),
                "both words, accent and case ignored, newest first: " + found);
        assertEquals(0, setup.member().api().searchMessages(word + " quxnowhere", null).data().get("hits").size());
        JsonNode page = setup.member().api().searchMessages(word, null, 1, 1).data();
        assertEquals("Only " + word + " here", page.get("hits").get(0).get("body").asString(), "the second of three");
        assertTrue(page.get("more").asBoolean());
    }

    private static List<String> directions(JsonNode page) {
        return page.get("hits").valueStream().map(h -> h.get("direction").asString()).toList();
    }
}
