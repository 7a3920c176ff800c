package org.campussms.api.webhook;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.campussms.platform.Overloaded;

/**
 * More webhooks wait than the server holds: 503 with Retry-After, and nothing stored. Twilio retries the request
 * (with the connection overrides in docs/operations.md) or calls the fallback URL, instead of our memory growing.
 */
@Provider
public class OverloadedMapper implements ExceptionMapper<Overloaded> {

    static final int RETRY_AFTER_SECONDS = 5;

    @Override
    public Response toResponse(Overloaded e) {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .type(MediaType.TEXT_PLAIN_TYPE)
                .entity("Busy, try again shortly")
                .build();
    }
}
