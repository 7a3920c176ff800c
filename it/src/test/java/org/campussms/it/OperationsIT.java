package org.campussms.it;

import static org.campussms.it.support.TestEnvironment.twilio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campussms.it.support.Await;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.Fixtures;
import org.campussms.it.support.Fixtures.PoolSetup;
import org.campussms.it.support.Http;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestEnvironment;
import org.campussms.it.support.TestNumbers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator's probes and Prometheus see: liveness and readiness with its checks, without a token; metrics
 * that move with what the system does, with the scrape token only.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** As it/pom.xml sets METRICS_TOKEN for the server. */
    private static final String METRICS_TOKEN = "it-metrics-token";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void livenessAndReadinessAnswerWithoutATokenAndNameTheirChecks() {
        Http.Response live = Http.get("/health/live", null);
        assertEquals(200, live.status(), live.body());
        assertEquals("{\"status\":\"UP\"}", live.body());

        Http.Response ready = Http.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"broker\":\"UP\",\"carrierCredentials\":\"UP\","
                + "\"database\":\"UP\"}}", ready.body());
    }

    @Test
    void metricsCountTextsHandOffsCarrierErrorsAndWebhookAnswers() {
        PoolSetup setup = Fixtures.poolWithMember("LONG_CODE", 10);
        String mobile = TestNumbers.next();
        String person = Fixtures.student(setup.admin(), mobile);
        double handOffsBefore = sample(metrics(), "campus_hand_offs_total{from=\"" + setup.number() + "\"}");
        double rateLimitedBefore = sample(metrics(), "campus_carrier_errors_total{code=\"20429\"}");
        double forbiddenBefore = sample(metrics(), "campus_webhook_responses_total{status=\"403\"}");
        twilio().failNext(mobile, 1, 429);

        setup.member().api().sendMessage(setup.poolId(), person, "Metrics, please.").data();
        Await.until(DELIVERY, () -> twilio().acceptedTo(mobile), t -> t.size() == 1, "the text at the carrier");
        assertEquals(403, Http.postForm(TestEnvironment.baseUrl() + "/webhooks/twilio/inbound",
                Map.of("From", mobile, "Body", "unsigned"), Map.of()).status());

        String text = metrics();
        assertEquals(handOffsBefore + 1, sample(text, "campus_hand_offs_total{from=\"" + setup.number() + "\"}"));
        assertEquals(rateLimitedBefore + 1, sample(text, "campus_carrier_errors_total{code=\"20429\"}"));
        assertEquals(forbiddenBefore + 1, sample(text, "campus_webhook_responses_total{status=\"403\"}"));
        double handedOff = sample(text, "campus_texts{status=\"SENDING\"}")
                + sample(text, "campus_texts{status=\"SENT\"}") + sample(text, "campus_texts{status=\"DELIVERED\"}");
        assertTrue(handedOff >= 1, text);
        assertEquals(0, sample(text, "campus_dead_letters{kind=\"OutboundSms\"}"));
        assertEquals(0, sample(text, "campus_texts_sending_stale"));
        assertEquals(1, sample(text, "campus_metrics_up"));
        assertTrue(text.contains("# TYPE campus_oldest_queued_text_seconds gauge"), text);
    }

    private static String metrics() {
        Http.Response response = Http.get("/metrics", METRICS_TOKEN);
        assertEquals(200, response.status(), response.body());
        return response.body();
    }

    @Test
    void metricsAreReadOnlyWithTheScrapeToken() {
        Http.Response anonymous = Http.get("/metrics", null);
        assertEquals(401, anonymous.status(), anonymous.body());
        assertFalse(anonymous.body().contains("campus_"), anonymous.body());
        Http.Response staff = Http.get("/metrics", StaffSession.staff("Dana Advisor").token());
        assertEquals(401, staff.status(), "a staff sign-in is no scrape token: " + staff.body());
        Http.Response wrong = Http.get("/metrics", METRICS_TOKEN + "x");
        assertEquals(401, wrong.status(), wrong.body());
    }

    /** The sample's value, 0 when the series is not there yet. */
    private static double sample(String text, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(text);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }
}
