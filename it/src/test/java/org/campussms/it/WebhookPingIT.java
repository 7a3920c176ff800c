package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Http;
import org.campussms.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class WebhookPingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void anUnsignedProbeIsAnsweredWithEmptyTwimlWhileTheWebhookStillWantsASignature() {
        String base = TestEnvironment.baseUrl() + "/webhooks/twilio/";
        Map<String, String> form = Map.of("From", "+12015550123", "Body", "probe");

        Http.Response ping = Http.postForm(base + "ping", form, Map.of());
        assertEquals(200, ping.status(), ping.body());
        assertTrue(ping.body().contains("<Response/>"), ping.body());
        assertEquals(403, Http.postForm(base + "inbound", form, Map.of()).status());
    }
}
