package org.campussms.operations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campussms.operations.infrastructure.TextGauges;
import org.campussms.platform.jms.DeadLetters;
import org.campussms.platform.metrics.Counters;
import org.campussms.platform.metrics.PrometheusText;

/**
 * The metrics in Prometheus's text format: texts by status, the oldest queued text's age, SENDING texts older than
 * 5 minutes, dead letters by kind, and this server's counters (carrier errors by code, webhook answers by status,
 * hand-offs by number). A gauge that cannot be read is left out, and {@code campus_metrics_up} says so.
 */
@ApplicationScoped
public class MetricsReport {

    private static final Logger LOG = Logger.getLogger(MetricsReport.class.getName());
    static final Duration SENDING_STALE = Duration.ofMinutes(5);

    @Inject
    private TextGauges texts;

    @Inject
    private DeadLetters deadLetters;

    @Inject
    private Counters counters;

    @Inject
    private Clock clock;

    public String prometheusText() {
        PrometheusText out = new PrometheusText();
        boolean complete = true;
        try {
            TextGauges.Snapshot now = texts.read(clock.instant(), SENDING_STALE);
            out.metric("campus_texts", "gauge", "Outbound texts by status", "status", now.byStatus())
                    .metric("campus_oldest_queued_text_seconds", "gauge",
                            "Age of the oldest text still QUEUED (0: none)", now.oldestQueuedSeconds())
                    .metric("campus_texts_sending_stale", "gauge",
                            "Texts SENDING for more than 5 minutes (their hand-off may have died)",
                            now.sendingStale());
        } catch (RuntimeException e) {
            complete = false;
            LOG.log(Level.WARNING, "Metrics: cannot read the texts' state", e);
        }
        try {
            out.metric("campus_dead_letters", "gauge", "Messages in the dead-letter queue by kind", "kind",
                    withKnownKinds(deadLetters.depthByType()));
        } catch (RuntimeException e) {
            complete = false;
            LOG.log(Level.WARNING, "Metrics: cannot read the dead-letter queue", e);
        }
        counters.snapshot().forEach((counter, values) ->
                out.metric(counter.name(), "counter", counter.help(), counter.label(), values));
        out.metric("campus_metrics_up", "gauge", "1 when every gauge above could be read", complete ? 1 : 0);
        return out.toString();
    }

    /** Every kind the queues have, at 0 when none waits, so a dashboard sees the series before the first one. */
    private static Map<String, Long> withKnownKinds(Map<String, Long> depths) {
        Map<String, Long> all = new TreeMap<>(depths);
        for (String kind : new String[] {"OutboundSms", "InboundSms", "BulkSend", "EmailFallback"}) {
            all.putIfAbsent(kind, 0L);
        }
        return all;
    }
}
