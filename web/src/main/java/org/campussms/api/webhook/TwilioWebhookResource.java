package org.campussms.api.webhook;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Clock;
import org.campussms.conversation.application.InboundSmsIntake;
import org.campussms.conversation.domain.InboundSms;

/**
 * Where Twilio posts what happens to our numbers. Form-encoded in, TwiML out.
 */
@Path("/twilio")
public class TwilioWebhookResource {

    /** An empty TwiML response: we acknowledge, and any reply is sent through the API. */
    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Inject
    private InboundSmsIntake intake;

    @Inject
    private Clock clock;

    @POST
    @Path("/inbound")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    public String inbound(MultivaluedMap<String, String> form) {
        intake.accept(TwilioForms.inboundSms(form, clock.instant()));
        return EMPTY_TWIML;
    }
}
