package org.campussms.api.webhook;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A reachability probe for whoever sets up the route from Twilio to us (the proxy, the Twilio console's webhook
 * URL): it answers like the inbound webhook, through the same JAX-RS application and servlet chain, but checks no
 * signature, stores nothing and touches no database, so a 200 here means only "the path to the webhooks works".
 * Unsigned on purpose: the operator probing the route does not hold the auth token.
 */
@Path("/twilio/ping")
public class TwilioPingResource {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    public String ping() {
        return TwilioWebhookResource.EMPTY_TWIML;
    }
}
