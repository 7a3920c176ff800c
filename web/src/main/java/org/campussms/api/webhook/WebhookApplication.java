package org.campussms.api.webhook;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * JAX-RS lives under /webhooks only, so it never shadows the GraphQL servlet or the GraphiQL pages.
 */
@ApplicationPath("/webhooks")
public class WebhookApplication extends Application {
}
