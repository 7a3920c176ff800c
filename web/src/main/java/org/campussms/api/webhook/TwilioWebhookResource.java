package org.campussms.api.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.campussms.conversation.domain.StatusReport;
import org.campussms.delivery.application.StatusCallbacks;
import org.campussms.inbound.application.InboundSmsIntake;

/**
 * Where Twilio posts what happens to our numbers. Form-encoded in, TwiML out; signed, or refused. The form is the
 * one {@link TwilioSignatureFilter} read and verified (see {@link TwilioForms#verified}).
 */
@Path("/twilio")
@TwilioSigned
// One instance, not one per request: it holds only injected proxies, and building it per request (with a proxy of
// an EJB) showed in the webhook's profile.
@ApplicationScoped
public class TwilioWebhookResource {

    /** An empty TwiML response: we acknowledge, and any reply is sent through the API. */
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Inject
    private InboundSmsIntake intake;

    @Inject
    private StatusCallbacks statusCallbacks;

    @Inject
    private Clock clock;

    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    public String inbound(@Context HttpServletRequest request) {
        intake.accept(TwilioForms.inboundSms(TwilioForms.verified(request), clock.instant()));
        return EMPTY_TWIML;
    }

    /**
     * A status callback for one of our messages; {@code message} is our id, which the callback URL carries because
     * the callback may overtake our own record of the carrier's sid.
     */
    @POST
    @Path("/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@QueryParam("message") Long messageId, @Context HttpServletRequest request) {
        TwilioForms.StatusCallback callback = TwilioForms.statusCallback(TwilioForms.verified(request));
        if (messageId == null || !statusCallbacks.report(new StatusReport(messageId, callback.messageSid(),
                callback.status(), callback.errorCode()))) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("No such message").build();
        }
        return Response.noContent().build();
    }
}
