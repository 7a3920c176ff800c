package org.campussms.it.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.campussms.devstack.LocalSignIn.StaffLogin;
import tools.jackson.databind.JsonNode;

/**
 * A signed-in staff user of a test: their token, their id, and GraphQL calls made as them.
 */
public record StaffSession(StaffLogin login, String token, String id) {

    public static StaffSession staff(String name) {
        return signIn(name, List.of("staff"));
    }

    public static StaffSession institutionAdmin(String name) {
        return signIn(name, List.of("staff", "admin"));
    }

    private static StaffSession signIn(String name, List<String> roles) {
        String subject = "user-" + UUID.randomUUID();
        StaffLogin login = new StaffLogin(subject, name, subject + "@example.edu", roles);
        String token = Tokens.tokenFor(login);
        Http.Response me = Http.graphql(token, "{ me { id } }");
        if (me.status() != 200 || me.json().at("/data/me/id").isMissingNode()) {
            throw new AssertionError("Sign-in of " + name + " failed: " + me.body());
        }
        return new StaffSession(login, token, me.json().at("/data/me/id").asString());
    }

    public Http.Response graphql(String query) {
        return Http.graphql(token, query);
    }

    public Http.Response graphql(String query, Map<String, Object> variables) {
        return Http.graphql(token, query, variables);
    }

    /** The data of a request that must succeed. */
    public JsonNode data(String query, Map<String, Object> variables) {
        Http.Response response = graphql(query, variables);
        JsonNode json = response.json();
        if (response.status() != 200 || json.has("errors")) {
            throw new AssertionError("Expected success, got " + response.status() + ": " + response.body());
        }
        return json.get("data");
    }

    /** The code of the error of a request that must be refused. */
    public String errorCode(String query, Map<String, Object> variables) {
        Http.Response response = graphql(query, variables);
        JsonNode errors = response.json().get("errors");
        if (errors == null || errors.isEmpty()) {
            throw new AssertionError("Expected an error, got " + response.body());
        }
        return errors.get(0).at("/extensions/code").asString();
    }
}
