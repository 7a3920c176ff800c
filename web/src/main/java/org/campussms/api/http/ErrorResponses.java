package org.campussms.api.http;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campussms.platform.DomainException;

/**
 * A refused plain-HTTP request: a status and a JSON body {@code {"code":..., "message":...}} with the same codes as
 * the GraphQL errors, and nothing else; or, on GraphQL's paths, a GraphQL error response.
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static void send(HttpServletResponse response, int status, ApiErrorCode code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("code", code.name()).add("message", message).build()
                .toString());
    }

    /**
     * A refused GraphQL request, in GraphQL's own shape: {@code {"errors":[{"message":..., "extensions":{"code":
     * ...}}]}}, with no data: nothing of it ran.
     */
    public static void sendGraphQL(HttpServletResponse response, int status, ApiErrorCode code,
            String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("message", message)
                        .add("extensions", Json.createObjectBuilder().add("code", code.name()))))
                .build().toString());
    }

    /** Input the caller must fix: 400 INVALID_INPUT. */
    public static void invalid(HttpServletResponse response, String message) throws IOException {
        send(response, HttpServletResponse.SC_BAD_REQUEST, ApiErrorCode.INVALID_INPUT, message);
    }

    /** A refusal by a service: 403 FORBIDDEN, 409 CONFLICT, otherwise 400 (unknown ids in a request included). */
    public static void send(HttpServletResponse response, DomainException e) throws IOException {
        int status = switch (e.problem()) {
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            case CONFLICT -> HttpServletResponse.SC_CONFLICT;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
        send(response, status, ApiErrorCode.valueOf(e.problem().name()), e.getMessage());
    }
}
