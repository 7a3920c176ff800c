package org.campussms.it.support;

import tools.jackson.databind.JsonNode;

/**
 * What the server answered to one GraphQL operation of {@link CampusApi}, read as a test expects it: the data of
 * the operation's field, or the error it was refused with.
 */
public record Answer(Http.Response response, String field) {

    /** The operation's field of a request that must succeed: answered 200, without errors. */
    public JsonNode data() {
        JsonNode json = response.json();
        if (response.status() != 200 || json.has("errors")) {
            throw new AssertionError("Expected success, got " + response.status() + ": " + response.body());
        }
        return json.get("data").get(field);
    }

    /** The first error of a request that must be refused. */
    public JsonNode error() {
        JsonNode errors = response.json().get("errors");
        if (errors == null || errors.isEmpty()) {
            throw new AssertionError("Expected an error, got " + response.body());
        }
        return errors.get(0);
    }

    /** The code of the first error of a request that must be refused. */
    public String errorCode() {
        return error().at("/extensions/code").asString();
    }
}
