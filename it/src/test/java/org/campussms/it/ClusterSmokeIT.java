package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.campussms.devstack.LocalCluster;
import org.campussms.devstack.WildFlyServer;
import org.campussms.devstack.carrier.FakeTwilio;
import org.campussms.devstack.carrier.TwilioSignature;
import org.campussms.it.support.Await;
import org.campussms.it.support.CampusApi;
import org.campussms.it.support.Http;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.Subscriptions;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes of a cluster behind HAProxy, on the test run's database, sign-in and carrier fake (beside the server
 * Arquillian manages, which is no member): what one node does, the other knows at once. The full cluster suite, with
 * nodes killed, is {@code mvn -Pcluster}; this is the part every build runs.
 */
class ClusterSmokeIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Clear of the Arquillian server's ports (offset 1000) and of a run command's cluster (0 and 200). */
    private static final int FIRST_OFFSET = 2000;
    private static final int BALANCER_PORT = 10000;

    private static LocalCluster cluster;
    private static String balancer;

    @BeforeAll
    static void startTwoNodes() {
        balancer = "http://localhost:" + BALANCER_PORT;
        // The nodes inherit the test run's environment (database, sign-in, carrier, mail); Twilio signs the
        // balancer's address, and the transaction logs go to their own database.
        Map<String, String> env = Map.of("PUBLIC_BASE_URL", balancer,
                "TX_LOG_MARIADB_URL", TestEnvironment.database().txLogJdbcUrl());
        cluster = LocalCluster.start(Path.of(System.getProperty("campus.wildfly.home")),
                Path.of("target", "cluster-smoke"), WildFlyServer.Previous.DISCARDED,
                Path.of(System.getProperty("campus.ear")), env, 2, FIRST_OFFSET, BALANCER_PORT);
    }

    @AfterAll
    static void stopThem() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aReplyStoredOnOneNodeReachesASubscriberOnTheOtherWithATicketFromTheFirst() {
        String node1 = cluster.nodeUrl(1);
        String node2 = cluster.nodeUrl(2);
        StaffSession admin = StaffSession.institutionAdminAt(node1, "Ada Admin");
        StaffSession member = StaffSession.staffAt(node2, "Mia Member");
        CampusApi onNode1 = admin.api().at(node1);
        String poolId = onNode1.createPool("Advising " + UUID.randomUUID().toString().substring(0, 8)).data()
                .get("id").asString();
        String number = TestNumbers.next();
        onNode1.addPoolNumber(poolId, number, "LONG_CODE", null).data();
        onNode1.setPoolMember(poolId, member.id(), "ROLE").data();
        String ticket = member.api().at(node1).subscriptionTicket().data().asString();
        String mobile = TestNumbers.next();

        // The ticket node 1 issued opens the socket on node 2, from a page the balancer served.
        try (Subscriptions.Open onNode2 = Subscriptions.openAt(node2, balancer, CampusApi.inboxEvents(ticket),
                WAIT)) {
            // The feed starts a moment after the subscribe (the protocol does not say when): a reply a second goes
            // to node 1 until one reaches node 2.
            long[] lastProbe = {0};
            Await.until(WAIT, () -> {
                if (System.nanoTime() - lastProbe[0] > 1_000_000_000L) {
                    assertEquals(200, replyTo(node1, mobile, number, "Probe"), "node 1 takes the webhook");
                    lastProbe[0] = System.nanoTime();
                }
                return onNode2.events();
            }, events -> events.stream().anyMatch(e -> isReply(e, poolId, "Probe")), "a reply stored by node 1");

            assertEquals(200, replyTo(node1, mobile, number, "Can we meet at 3?"));
            Await.until(WAIT, onNode2::events, events -> events.stream()
                    .anyMatch(e -> isReply(e, poolId, "Can we meet at 3?")), "the reply on node 2's socket");
        }
    }

    @Test
    void aDownloadTicketIssuedOnOneNodeIsRedeemedOnceOnTheOther() {
        StaffSession admin = StaffSession.institutionAdminAt(cluster.nodeUrl(1), "Ada Admin");
        String ticket = admin.api().at(cluster.nodeUrl(1)).downloadTicket().data().asString();
        String link = "/downloads/messages.csv?ticket=" + ticket;

        HttpResponse<String> first = Http.downloadFrom(cluster.nodeUrl(2), link, null);
        HttpResponse<String> second = Http.downloadFrom(cluster.nodeUrl(2), link, null);
        HttpResponse<String> onTheIssuer = Http.downloadFrom(cluster.nodeUrl(1), link, null);

        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().startsWith("message_id,"), "the CSV's header: " + first.body());
        assertEquals(401, second.statusCode(), "used once: " + second.body());
        assertEquals(401, onTheIssuer.statusCode(), "nor on the node that issued it: " + onTheIssuer.body());
    }

    @Test
    void theBalancerPassesTheApiToTheNodes() {
        StaffSession member = StaffSession.staffAt(balancer, "Bo Balanced");
        for (int i = 0; i < 4; i++) {
            assertEquals(member.id(), member.api().at(balancer).me().data().get("id").asString());
        }
    }

    /** A signed inbound webhook, signed for the balancer's address (as Twilio signs it) and posted to a node. */
    private static int replyTo(String node, String from, String to, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        String sid = "SM" + UUID.randomUUID().toString().replace("-", "");
        params.put("MessageSid", sid);
        params.put("SmsSid", sid);
        params.put("AccountSid", FakeTwilio.ACCOUNT_SID);
        params.put("From", from);
        params.put("To", to);
        params.put("Body", body);
        params.put("NumMedia", "0");
        params.put("NumSegments", "1");
        String path = "/webhooks/twilio/inbound";
        String signature = TwilioSignature.sign(FakeTwilio.AUTH_TOKEN, balancer + path, params);
        return Http.postForm(node + path, params, Map.of("X-Twilio-Signature", signature)).status();
    }

    private static boolean isReply(JsonNode event, String poolId, String body) {
        JsonNode change = event.get("inboxEvents");
        return change.get("kind").asString().equals("REPLY") && change.at("/reply/poolId").asString().equals(poolId)
                && change.at("/reply/body").asString().equals(body);
    }
}
