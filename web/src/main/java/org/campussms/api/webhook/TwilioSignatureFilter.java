package org.campussms.api.webhook;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.campussms.platform.Settings;

/**
 * Refuses webhook requests whose X-Twilio-Signature does not match: 403, and the resource never runs, so nothing
 * is stored. The signature covers the URL Twilio called, which is our public base URL (PUBLIC_BASE_URL) plus the
 * path and query: behind a proxy the internal URL would not match. The form it has read and verified is left to the
 * resource as a request property ({@link TwilioForms#VERIFIED_FORM}), so the body is parsed once.
 */
@Provider
@TwilioSigned
@Priority(Priorities.AUTHENTICATION)
public class TwilioSignatureFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(TwilioSignatureFilter.class.getName());
    /** Twilio's own limit for a webhook body is far below this. */
    private static final int MAX_BODY_BYTES = 64 * 1024;

    @Inject
    private Settings settings;

    @Context
    private HttpServletRequest servletRequest;

    private volatile TwilioRequestSignature signatures;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        byte[] body = request.getEntityStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            request.abortWith(refusal(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Request body too large"));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        String signature = request.getHeaderString("X-Twilio-Signature");
        // As sent (not decoded), from the servlet request: cheaper than the JAX-RS request URI, which is parsed.
        String pathAndQuery = servletRequest.getRequestURI()
                + (servletRequest.getQueryString() == null ? "" : "?" + servletRequest.getQueryString());
        MultivaluedMap<String, String> form = TwilioForms.parse(body);
        if (!signatures().valid(pathAndQuery, lastValues(form), signature)) {
            LOG.warning(() -> "Refused a webhook with " + (signature == null ? "no" : "a wrong")
                    + " signature for " + settings.publicBaseUrl() + pathAndQuery);
            request.abortWith(refusal(Response.Status.FORBIDDEN, "Invalid Twilio signature"));
            return;
        }
        request.setProperty(TwilioForms.VERIFIED_FORM, form);
    }

    private TwilioRequestSignature signatures() {
        TwilioRequestSignature current = signatures;
        if (current == null) {
            current = new TwilioRequestSignature(settings.twilioAuthToken(), settings.publicBaseUrl());
            signatures = current;
        }
        return current;
    }

    /** The signature covers one value per name. */
    private static Map<String, String> lastValues(MultivaluedMap<String, String> form) {
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.get(values.size() - 1)));
        return params;
    }

    private static Response refusal(Response.Status status, String reason) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE).entity(reason).build();
    }
}
