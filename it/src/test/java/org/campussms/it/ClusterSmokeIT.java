package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.campussms.devstack.LocalCluster;
import org.campussms.devstack.LocalSignIn;
import org.campussms.devstack.WildFlyServer;
import org.campussms.devstack.carrier.FakeTwilio;
import org.campussms.devstack.carrier.TwilioSignature;
import org.campussms.it.support.Await;
import org.campussms.it.support.Browser;
import org.campussms.it.support.CampusApi;
import org.campussms.it.support.Db;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Http;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.Subscriptions;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes of a cluster behind HAProxy, on the test run's database, sign-in and carrier fake (beside the server
 * Arquillian manages, which is no member): what one node does, the other knows at once. What a killed node leaves
 * behind is for a fault suite of its own; this is the part every build runs.
 */
class ClusterSmokeIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Clear of the Arquillian server's ports (offset 1000) and of a run command's cluster (0 and 200). */
    private static final int FIRST_OFFSET = 2000;
    private static final int BALANCER_PORT = 10000;
    /** Segments per second of the number both nodes send from, and how many texts: about 8 s of sending. */
    private static final int RATE = 5;
    private static final int TEXTS = 36;
    /** Students texted while their STOP comes to the other node. */
    private static final int STOPPING = 4;

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
    void aNumberAddedOnOneNodeRoutesTheNextReplyOnTheOtherAndItReachesASubscriberOnTheFirst() {
        String node1 = cluster.nodeUrl(1);
        String node2 = cluster.nodeUrl(2);
        StaffSession admin = StaffSession.institutionAdminAt(node1, "Ada Admin");
        StaffSession member = StaffSession.staffAt(node2, "Mia Member");
        CampusApi onNode1 = admin.api().at(node1);
        String poolId = newPool(onNode1, "Advising");
        onNode1.setPoolMember(poolId, member.id(), "ROLE").data();
        String number = TestNumbers.next();
        String mobile = TestNumbers.next();
        String tag = UUID.randomUUID().toString().substring(0, 8);

        // Node 2 reads the number's routing (not ours yet) and keeps it; then node 1 adds it to the pool.
        assertEquals(200, replyTo(node2, mobile, number, "Before " + tag));
        onNode1.addPoolNumber(poolId, number, "LONG_CODE", null).data();
        assertEquals(200, replyTo(node2, mobile, number, "After " + tag));

        assertEquals(List.of(Map.of("pool_id", "none")), poolOf("Before " + tag), "not ours when it came");
        assertEquals(List.of(Map.of("pool_id", poolId)), poolOf("After " + tag), "routed by node 2 at once");

        // A ticket from node 2 opens a socket on node 1, from a page the balancer served; a reply node 2 stores
        // reaches it. The feed starts a moment after the subscribe (the protocol does not say when): a reply a
        // second goes to node 2 until one reaches node 1.
        String ticket = member.api().at(node2).subscriptionTicket().data().asString();
        try (Subscriptions.Open onNode1Socket = Subscriptions.openAt(node1, balancer, CampusApi.inboxEvents(ticket),
                WAIT)) {
            awaitReplyOn(onNode1Socket, () -> replyTo(node2, mobile, number, "Probe"), poolId, "Probe");

            assertEquals(200, replyTo(node2, mobile, number, "Can we meet at 3?"));
            Await.until(WAIT, onNode1Socket::events, events -> events.stream()
                    .anyMatch(e -> isReply(e, poolId, "Can we meet at 3?")), "the reply on node 1's socket");
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
    void twoNodesSendingFromOneNumberKeepToItsRate() {
        CampusApi onNode1 = adminOn(cluster.nodeUrl(1));
        String number = TestNumbers.next();
        String poolId = poolSendingFrom(onNode1, "Athletics", number, "LONG_CODE", RATE);
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < TEXTS; i++) {
            mobiles.add(TestNumbers.next());
        }
        List<String> people = Fixtures.students(onNode1, mobiles);

        String plan = onNode1.planBulkSend(poolId, people, "Practice moved to 5pm.").data().get("id").asString();
        onNode1.startBulkSend(plan).data();

        // The bulk send's texts are queued on node 1 and the brokers spread them over both nodes' consumers; the
        // slots they take are one row per number in the database.
        List<FakeTwilio.Accepted> sent = Await.until(WAIT, () -> TestEnvironment.twilio().accepted().stream()
                .filter(text -> text.from().equals(number)).toList(), texts -> texts.size() >= TEXTS,
                "the bulk send's " + TEXTS + " texts at the carrier");
        assertEquals(TEXTS, sent.size(), "each once");
        long[] at = sent.stream().mapToLong(FakeTwilio.Accepted::acceptedNanos).sorted().toArray();
        List<Long> offsets = Arrays.stream(at).map(nanos -> (nanos - at[0]) / 1_000_000).boxed().toList();
        // One slot per 1.1 s / RATE for both nodes together (7.7 s from first to last); two limiters of their own
        // would take half as long. Three quarters of it tells them apart whatever one late text takes off the span.
        long shared = (TEXTS - 1) * 1_100L / RATE;
        assertTrue(offsets.get(TEXTS - 1) >= shared * 3 / 4, "paced as one number: " + offsets);
        // The limiter's 10 % margin absorbs 100 ms of lateness between a slot and the carrier's clock; three servers
        // and the database on this build's two cores can be later than that, so one text over is tolerated here.
        // The strict count belongs to a run on a machine doing nothing else.
        assertTrue(busiestSecond(sent) <= RATE + 1, "busiest second at the carrier: " + busiestSecond(sent)
                + "; accepted at (ms) " + offsets);
        System.out.println("ClusterSmokeIT: busiest second " + busiestSecond(sent) + " of " + RATE + "/s; accepted at"
                + " (ms) " + offsets);
    }

    @Test
    void onceAStopIsAnsweredByOneNodeNoNodeHandsTheCarrierAnotherTextToThatPhone() throws Exception {
        String node2 = cluster.nodeUrl(2);
        CampusApi onNode1 = adminOn(cluster.nodeUrl(1));
        String number = TestNumbers.next();
        String poolId = poolSendingFrom(onNode1, "Registrar", number, "SHORT_CODE", 100);
        List<String> mobiles = new ArrayList<>();
        for (int i = 0; i < STOPPING; i++) {
            mobiles.add(TestNumbers.next());
        }
        List<String> people = Fixtures.students(onNode1, mobiles);

        // A staff tab per student texts them through node 1 as fast as it is answered; the brokers hand the texts to
        // both nodes' consumers. The carrier takes a second to answer each, so texts to each student are in flight
        // at both nodes when their STOP comes to node 2: its answer must wait until the carrier answered them all.
        TestEnvironment.twilio().responseDelay(Duration.ofSeconds(1));
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService tabs = Executors.newFixedThreadPool(STOPPING);
        List<Future<Integer>> sent = new ArrayList<>();
        for (String person : people) {
            sent.add(tabs.submit(() -> {
                int count = 0;
                while (sending.get()) {
                    onNode1.sendMessage(poolId, person, "Your transcript #" + count++);
                }
                return count;
            }));
        }
        try {
            Map<String, Long> answered = new LinkedHashMap<>();
            for (String mobile : mobiles) {
                Await.until(WAIT, () -> TestEnvironment.twilio().acceptedTo(mobile).size(), n -> n >= 3,
                        "texts streaming to " + mobile);
                assertEquals(200, replyTo(node2, mobile, number, "STOP"));
                answered.put(mobile, System.nanoTime());
            }
            // The tabs go on until texts to every student are stopped (they go by email instead), on either node.
            for (String mobile : mobiles) {
                Await.until(WAIT, () -> ((Number) Db.rows("select count(*) as n from outbound_message "
                        + "where to_e164 = ? and status in ('FAILED', 'FELL_BACK_TO_EMAIL')", mobile).get(0)
                        .get("n")).longValue(), n -> n >= 3, "texts to " + mobile + " stopped");
            }
            sending.set(false);
            int attempts = 0;
            for (Future<Integer> tab : sent) {
                attempts += tab.get(1, TimeUnit.MINUTES);
            }
            Map<String, List<Long>> lateByStudent = new LinkedHashMap<>();
            int reached = 0;
            for (String mobile : mobiles) {
                List<FakeTwilio.Accepted> texts = TestEnvironment.twilio().acceptedTo(mobile).stream()
                        .filter(text -> text.body().startsWith("Your transcript")).toList();
                reached += texts.size();
                List<Long> late = texts.stream().map(text -> (text.acceptedNanos() - answered.get(mobile)) / 1_000_000)
                        .filter(millis -> millis >= 0).toList();
                if (!late.isEmpty()) {
                    lateByStudent.put(mobile, late);
                }
            }
            System.out.println("ClusterSmokeIT: " + attempts + " texts asked for, " + reached + " reached the "
                    + "carrier; accepted after the STOP was answered (ms after it): " + lateByStudent);
            assertEquals(Map.of(), lateByStudent, "texts the carrier took after node 2 answered their STOP");
        } finally {
            sending.set(false);
            tabs.shutdownNow();
            TestEnvironment.twilio().responseDelay(Duration.ZERO);
        }
    }

    /**
     * The carrier hangs past one node's read timeout (15 s), then answers again at once but takes the held text only
     * 20 s later. The node whose hand-off went unanswered notes the silence; the other node's reconciler, which never
     * met it, would look the text up 20 s after the hand-off ended (HandOffRecovery.HAND_OFF_ENDED), find it absent
     * and send it again. Believing "absent" only 30 s after the last silence any node saw, no node sends it twice.
     */
    @Test
    void carrierSilenceSeenByOneNodeKeepsEveryNodeFromSendingAnUnansweredTextAgain() {
        CampusApi onNode1 = adminOn(cluster.nodeUrl(1));
        String poolId = poolSendingFrom(onNode1, "Housing", TestNumbers.next(), "SHORT_CODE", 100);
        String mobile = TestNumbers.next();
        String person = Fixtures.students(onNode1, List.of(mobile)).get(0);
        String body = "Your room is 204 " + UUID.randomUUID().toString().substring(0, 8);
        FakeTwilio carrier = TestEnvironment.twilio();

        carrier.hangThenCatchUp(Duration.ofSeconds(20), Duration.ofSeconds(20));
        try {
            onNode1.sendMessage(poolId, person, body).data();
            // Settled once it has a sid: found at the carrier, or (the fault) sent again. Then the backlog is let out.
            Await.until(Duration.ofSeconds(120), () -> Db.rows("select twilio_sid from outbound_message where body = ?",
                    body), rows -> rows.size() == 1 && rows.get(0).get("twilio_sid") != null, "the text settled");
            Await.until(WAIT, carrier::backlog, left -> left == 0, "the carrier's backlog worked through");
        } finally {
            carrier.hangFor(Duration.ZERO);
        }
        List<FakeTwilio.Accepted> copies = carrier.acceptedTo(mobile).stream()
                .filter(text -> text.body().startsWith(body)).toList();
        assertEquals(1, copies.size(), "copies the carrier took: " + copies);
        assertEquals(copies.get(0).sid(), Db.rows("select twilio_sid from outbound_message where body = ?", body)
                .get(0).get("twilio_sid"), "the text holds the sid of the copy the carrier took during its silence");
    }

    @Test
    void theBalancerPassesTheInboxItsApiAndItsLiveSocketToTheNodes() {
        HttpResponse<String> inbox = Http.downloadFrom(balancer, "/app/", null);
        assertEquals(200, inbox.statusCode());
        assertTrue(inbox.body().contains("<div id=\"root\""), "the inbox's page: " + inbox.body());

        StaffSession admin = StaffSession.institutionAdminAt(balancer, "Ada Admin");
        StaffSession member = StaffSession.staffAt(balancer, "Bo Balanced");
        for (int i = 0; i < 4; i++) {
            assertEquals(member.id(), member.api().at(balancer).me().data().get("id").asString());
        }
        String poolId = newPool(admin.api().at(balancer), "Balanced");
        admin.api().at(balancer).setPoolMember(poolId, member.id(), "ROLE").data();
        String number = TestNumbers.next();
        admin.api().at(balancer).addPoolNumber(poolId, number, "LONG_CODE", null).data();

        // The socket goes through HAProxy (the upgrade passed on), and so do the replies, to either node.
        String ticket = member.api().at(balancer).subscriptionTicket().data().asString();
        try (Subscriptions.Open socket = Subscriptions.openAt(balancer, balancer, CampusApi.inboxEvents(ticket),
                WAIT)) {
            awaitReplyOn(socket, () -> replyTo(balancer, TestNumbers.next(), number, "Through the balancer"), poolId,
                    "Through the balancer");
        }
    }

    /**
     * The browser inbox through HAProxy in a real Chromium: sign-in comes back to the balancer's address, and replies
     * stored by either node show live on the page, whichever node its socket landed on; a text sent from the page
     * reaches the carrier once.
     */
    @Test
    void staffSignInThroughTheBalancerAndTheInboxShowsWhatEitherNodeStores() {
        StaffSession dana = StaffSession.demoAt(balancer, LocalSignIn.DEMO_USERS.get(0));
        CampusApi api = adminOn(balancer);
        String number = TestNumbers.next();
        String poolId = poolSendingFrom(api, "Balanced tutoring", number, "LONG_CODE", null);
        api.setPoolMember(poolId, dana.id(), "ROLE").data();
        String mobile = TestNumbers.next();
        String person = Fixtures.students(api, List.of(mobile)).get(0);
        JsonNode contact = api.contact(person).data();
        String name = contact.get("firstName").asString() + " " + contact.get("lastName").asString();
        assertEquals(200, replyTo(balancer, mobile, number, "Is tutoring on today?"));

        try (Browser browser = Browser.open(1280, 800)) {
            browser.go(balancer + "/app/");
            browser.awaitVisible("the login page", Browser.button("Sign in as Dana Advisor (staff)")).click();
            browser.awaitVisible("the shell with Dana's name", Browser.text("Signed in as Dana Advisor"));
            assertEquals(balancer + "/app/", browser.url(), "back on the balancer's address");
            WebElement row = browser.awaitVisible("the conversation in Needs reply", rowOf(name));
            assertTrue(row.getText().contains("Is tutoring on today?"), row.getText());

            // One of these nodes is not the one the page's socket went to.
            for (int node = 1; node <= 2; node++) {
                String body = "Stored by node " + node;
                assertEquals(200, replyTo(cluster.nodeUrl(node), mobile, number, body));
                browser.await(body + ", live", d -> d.findElement(rowOf(name)).getText().contains(body));
            }

            row = browser.awaitVisible("the conversation", rowOf(name));
            row.click();
            WebElement composer = browser.awaitVisible("the composer", By.tagName("textarea"));
            composer.sendKeys("Yes, room 12 at 4.");
            composer.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            browser.await("the new text reaches Delivered on screen", d -> {
                String shown = d.findElement(By.cssSelector("[role='log']")).getText();
                int at = shown.indexOf("Yes, room 12 at 4.");
                return at >= 0 && shown.substring(at).contains("Delivered");
            });
            assertEquals(1, TestEnvironment.twilio().acceptedTo(mobile).stream()
                    .filter(text -> text.body().startsWith("Yes, room 12 at 4.")).count(), "the carrier got it once");
            assertEquals(List.of(), browser.seriousAccessibilityViolations());
            browser.screenshot("cluster-thread");
        }
    }

    /** The inbox row of this person, found by the name it shows. */
    private static By rowOf(String name) {
        return By.xpath("//*[@role='row'][.//*[normalize-space(text())='" + name + "']]");
    }

    /**
     * Posts a reply a second until one reaches the socket: the feed starts a moment after the subscribe (the protocol
     * does not say when).
     */
    private static void awaitReplyOn(Subscriptions.Open socket, IntSupplier postReply, String poolId, String body) {
        long[] lastPost = {0};
        Await.until(WAIT, () -> {
            if (System.nanoTime() - lastPost[0] > 1_000_000_000L) {
                assertEquals(200, postReply.getAsInt(), "the webhook taken");
                lastPost[0] = System.nanoTime();
            }
            return socket.events();
        }, events -> events.stream().anyMatch(e -> isReply(e, poolId, body)),
                "the reply \"" + body + "\" on the socket");
    }

    /** An institution admin's API on the server at {@code baseUrl}. */
    private static CampusApi adminOn(String baseUrl) {
        return StaffSession.institutionAdminAt(baseUrl, "Ada Admin").api().at(baseUrl);
    }

    /** A new pool (named as {@link #newPool}) sending from {@code number}, of this kind and segment rate. */
    private static String poolSendingFrom(CampusApi api, String name, String number, String kind, Integer rate) {
        String poolId = newPool(api, name);
        api.addPoolNumber(poolId, number, kind, rate).data();
        return poolId;
    }

    /** A pool of this name with a random suffix, created through {@code api}. */
    private static String newPool(CampusApi api, String name) {
        return api.createPool(name + " " + UUID.randomUUID().toString().substring(0, 8)).data().get("id").asString();
    }

    /** The pool the reply with this body was filed under ("none": no pool's). */
    private static List<Map<String, Object>> poolOf(String body) {
        return Db.rows("select coalesce(cast(pool_id as char), 'none') as pool_id from inbound_message "
                + "where body = ?", body);
    }

    /** The most texts the carrier accepted within any one second. */
    private static int busiestSecond(List<FakeTwilio.Accepted> texts) {
        long[] at = texts.stream().mapToLong(FakeTwilio.Accepted::acceptedNanos).sorted().toArray();
        int busiest = 0;
        for (int from = 0, to = 0; to < at.length; to++) {
            while (at[to] - at[from] >= 1_000_000_000L) {
                from++;
            }
            busiest = Math.max(busiest, to - from + 1);
        }
        return busiest;
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
