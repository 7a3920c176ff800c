package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Http;
import org.campussms.it.support.LiveSocketClient;
import org.campussms.it.support.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A request that would make the server do the work of thousands is refused before it runs, with a code that says
 * why; the same request within the limits is answered.
 */
@ExtendWith(ArquillianExtension.class)
class QueryLimitsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    private static final String TWELVE_DEEP = "{ __schema { types { fields { type { ofType { ofType { ofType { "
            + "ofType { ofType { ofType { ofType { name } } } } } } } } } } } }";
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void aQueryDeeperThanTenFieldsIsRefusedIntrospectionIncluded() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String twelveDeep = TWELVE_DEEP;

        Http.Response refused = Http.graphql(dana.token(), twelveDeep, Map.of());

        assertEquals("QUERY_TOO_DEEP", code(refused), refused.body());
        assertTrue(refused.json().at("/data/__schema").isMissingNode(), "nothing of it ran: " + refused.body());
        Http.Response overGet = Http.get("/graphql?query=" + URLEncoder.encode(twelveDeep, StandardCharsets.UTF_8),
                dana.token());
        assertEquals(405, overGet.status(), "GET /graphql opens the websocket and runs no query: " + overGet.body());
        assertFalse(overGet.body().contains("__schema"), overGet.body());
        Http.Response shallow = Http.graphql(dana.token(), "{ __schema { queryType { name } } }", Map.of());
        assertEquals("Query", shallow.json().at("/data/__schema/queryType/name").asString(), shallow.body());
    }

    @Test
    void aQueryAskingForTooManyRowsIsRefusedWhateverItsFewFields() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        // 10 aliases of 100 contacts with their records: few fields, but 10 x 100 x 10 rows of records.
        String costly = "{ " + IntStream.range(0, 10).mapToObj(i -> "s" + i + ": searchContacts(text: \"a\", "
                + "limit: $limit) { contacts { id firstName records { externalId type } } }")
                .collect(Collectors.joining(" ")) + " }";
        String query = "query($limit: Int!) " + costly;

        Http.Response refused = Http.graphql(dana.token(), query, Map.of("limit", 100));
        assertEquals("QUERY_TOO_COMPLEX", code(refused), "a limit passed as a variable weighs the same: "
                + refused.body());

        Http.Response answered = Http.graphql(dana.token(), query, Map.of("limit", 5));
        assertTrue(answered.json().at("/errors").isMissingNode(), "the same query for 5 rows each runs: "
                + answered.body());
        assertTrue(answered.json().at("/data/s9/contacts").isArray(), answered.body());
    }

    @Test
    void sixtyAliasedSearchesInOneRequestAreRefused() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String aliased = "{ " + IntStream.range(0, 60).mapToObj(i -> "s" + i + ": searchContacts(text: \"a\", "
                + "limit: 100) { total }").collect(Collectors.joining(" ")) + " }";

        Http.Response refused = Http.graphql(dana.token(), aliased, Map.of());

        assertEquals("QUERY_TOO_ALIASED", code(refused), refused.body());
    }

    @Test
    void anOversizedRequestIsRefused() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String padded = "{ me { id } }" + " ".repeat(1100 * 1024);

        Http.Response refused = Http.graphql(dana.token(), padded, Map.of());

        assertEquals("QUERY_TOO_LARGE", code(refused), refused.body());
    }

    @Test
    void everyPathTheGraphQLServletAnswersMeetsTheLimits() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String body = Http.JSON.writeValueAsString(Map.of("query", TWELVE_DEEP));

        for (String path : List.of("/graphql/", "/graphql/anything", "/graphql/x/y")) {
            Http.Response refused = Http.post(path, dana.token(), "application/json", body);
            assertEquals("QUERY_TOO_DEEP", code(refused), path + ": " + refused.body());
            assertTrue(refused.json().at("/data/__schema").isMissingNode(), path + ": " + refused.body());
        }
    }

    @Test
    void onlyJsonIsAcceptedAndAnyOtherContentTypeIsRefusedUnread() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String json = Http.JSON.writeValueAsString(Map.of("query", TWELVE_DEEP));

        Http.Response graphql = Http.post("/graphql", dana.token(), "application/graphql", TWELVE_DEEP);
        assertEquals(415, graphql.status(), graphql.body());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", code(graphql));
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data")) {
            Http.Response refused = Http.post("/graphql", dana.token(), type, json);
            assertEquals(415, refused.status(), type + ": " + refused.body());
        }
        Http.Response withCharset = Http.post("/graphql", dana.token(), "application/json; charset=UTF-8",
                Http.JSON.writeValueAsString(Map.of("query", "{ me { name } }")));
        assertEquals("Dana Advisor", withCharset.json().at("/data/me/name").asString(), withCharset.body());
    }

    @Test
    void aVariablesDefaultIsCostedAsTheQueryWillRunIt() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String searches = IntStream.range(0, 10).mapToObj(i -> "s" + i + ": searchContacts(text: \"a\", "
                + "limit: $limit) { contacts { id firstName records { externalId type } } }")
                .collect(Collectors.joining(" "));

        for (String declared : List.of("$limit: Int! = 100", "$limit: Int = 100")) {
            Http.Response refused = Http.graphql(dana.token(), "query(" + declared + ") { " + searches + " }",
                    Map.of());
            assertEquals("QUERY_TOO_COMPLEX", code(refused), declared + ", not sent: " + refused.body());
            assertTrue(refused.json().at("/data/s0").isMissingNode(), refused.body());
        }
        Http.Response small = Http.graphql(dana.token(), "query($limit: Int! = 5) { " + searches + " }", Map.of());
        assertTrue(small.json().at("/errors").isMissingNode(), small.body());
    }

    @Test
    void firstAndLastWeighTheRowsTheyAskFor() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String inboxes = "query($first: Int!) { " + IntStream.range(0, 10).mapToObj(i -> "i" + i
                + ": inbox(first: $first) { rows { id contact { records { externalId type } } } }")
                .collect(Collectors.joining(" ")) + " }";

        Http.Response refused = Http.graphql(dana.token(), inboxes, Map.of("first", 100));
        assertEquals("QUERY_TOO_COMPLEX", code(refused), refused.body());
        Http.Response answered = Http.graphql(dana.token(), inboxes, Map.of("first", 5));
        assertTrue(answered.json().at("/data/i9/rows").isArray(), answered.body());

        String timelines = "query($last: Int!) { " + IntStream.range(0, 12).mapToObj(i -> "t" + i
                + ": personTimeline(personId: \"1\", last: $last) { items { at kind reply { id body } "
                + "text { id body } } }").collect(Collectors.joining(" ")) + " }";
        Http.Response lastRefused = Http.graphql(dana.token(), timelines, Map.of("last", 100));
        assertEquals("QUERY_TOO_COMPLEX", code(lastRefused), lastRefused.body());
        assertTrue(lastRefused.json().at("/data/t0").isMissingNode(), lastRefused.body());
    }

    @Test
    void aliasesInsideAFragmentCountEachTimeItIsSpread() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String fragment = "fragment P on Pool { " + IntStream.range(0, 8).mapToObj(i -> "n" + i + ": name")
                .collect(Collectors.joining(" ")) + " }";
        String query = "{ p1: pools { ...P } p2: pools { ...P } p3: pools { ...P } p4: pools { ...P } } " + fragment;

        Http.Response refused = Http.graphql(dana.token(), query, Map.of());

        assertEquals("QUERY_TOO_ALIASED", code(refused), "4 + 4 x 8 aliases: " + refused.body());
        assertTrue(refused.json().at("/data/p1").isMissingNode(), refused.body());
    }

    @Test
    void overTheWebsocketTheSameLimitsHold() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String aliased = "subscription { inboxEvents { " + IntStream.range(0, 31).mapToObj(i -> "k" + i + ": kind")
                .collect(Collectors.joining(" ")) + " } }";
        String fragment = "fragment R on InboundMessage { " + IntStream.range(0, 8).mapToObj(i -> "b" + i + ": body")
                .collect(Collectors.joining(" ")) + " }";
        String spread = "subscription { inboxEvents { r1: reply { ...R } r2: reply { ...R } r3: reply { ...R } "
                + "r4: reply { ...R } } } " + fragment;
        String costly = "query($limit: Int! = 100) { " + IntStream.range(0, 10).mapToObj(i -> "s" + i
                + ": searchContacts(text: \"a\", limit: $limit) { contacts { records { externalId } } }")
                .collect(Collectors.joining(" ")) + " }";

        try (LiveSocketClient socket = LiveSocketClient.open().initWith(dana.subscriptionTicket())) {
            socket.subscribe("aliased", aliased, Map.of());
            socket.subscribe("spread", spread, Map.of());
            socket.subscribe("costly", costly, Map.of());

            assertEquals("QUERY_TOO_ALIASED", errorCode(socket.nextFor("aliased", WAIT)));
            assertEquals("QUERY_TOO_ALIASED", errorCode(socket.nextFor("spread", WAIT)), "4 + 4 x 8 aliases");
            assertEquals("SUBSCRIPTIONS_ONLY", errorCode(socket.nextFor("costly", WAIT)),
                    "a query, whatever it costs, does not run here");
        }
    }

    private static String errorCode(JsonNode message) {
        assertNotNull(message, "an answer");
        assertEquals("error", message.get("type").asString(), message.toString());
        return message.at("/payload/0/extensions/code").asString();
    }

    private static String code(Http.Response response) {
        return response.json().at("/errors/0/extensions/code").asString();
    }
}
