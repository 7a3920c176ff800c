package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Http;
import org.campussms.it.support.StaffSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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

    @Test
    void aQueryDeeperThanTenFieldsIsRefusedIntrospectionIncluded() {
        StaffSession dana = StaffSession.staff("Dana Advisor");
        String twelveDeep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { "
                + "ofType { ofType { name } } } } } } } } } } } }";

        Http.Response refused = Http.graphql(dana.token(), twelveDeep, Map.of());

        assertEquals("QUERY_TOO_DEEP", code(refused), refused.body());
        assertTrue(refused.json().at("/data").isNull(), "nothing of it ran: " + refused.body());
        Http.Response overGet = Http.get("/graphql?query=" + URLEncoder.encode(twelveDeep, StandardCharsets.UTF_8),
                dana.token());
        // Over GET the query is refused too: for its depth when the container authenticated the GET, else as
        // a GET that is no websocket upgrade. Either way nothing of it runs.
        assertTrue(overGet.status() == 401 ? overGet.json().get("code").asString().equals("UNAUTHENTICATED")
                : code(overGet).equals("QUERY_TOO_DEEP"), "over GET: " + overGet.status() + " " + overGet.body());
        assertTrue(overGet.json().at("/data/__schema").isMissingNode(), overGet.body());
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

    private static String code(Http.Response response) {
        return response.json().at("/errors/0/extensions/code").asString();
    }
}
