package org.campussms.inbound.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campussms.consent.domain.ConsentKeywords;
import org.campussms.inbound.domain.InboundSms;
import org.campussms.inbound.infrastructure.InboundSmsCodec;
import org.campussms.platform.jms.JmsGateway;

/**
 * Accepts an inbound SMS from the webhook: stored and routed at once, together with the others arriving meanwhile
 * ({@link InboundGroupCommit}), so the carrier's 200 means the message is in the inbox. When its batch fails, it is
 * filed again alone, in a transaction of its own; when that fails too (a lock conflict, the database briefly away) an
 * ordinary message goes behind the queue instead, whose consumer stores it with redelivery and backoff; a consent
 * keyword does not, because an opt-out must be in force before the carrier has our answer: the webhook fails and
 * the carrier may try again.
 *
 * <p>Not every message goes behind the queue: that cost four blocking round trips to the broker per request and a
 * two-phase commit per message in the consumer.
 */
@ApplicationScoped
public class InboundSmsIntake {

    private static final Logger LOG = Logger.getLogger(InboundSmsIntake.class.getName());

    /** How long a request waits for its batch before filing the message alone; the carrier waits 15 s in all. */
    private static final Duration BATCH_WAIT = Duration.ofSeconds(5);

    @Inject
    private JmsGateway queues;

    @Inject
    private InboundGroupCommit groupCommit;

    @Inject
    private InboundFilingService inbound;

    public void accept(InboundSms sms) {
        if (groupCommit.file(sms, BATCH_WAIT)) {
            return;
        }
        try {
            inbound.record(sms);
        } catch (RuntimeException e) {
            if (ConsentKeywords.read(sms.body(), sms.optOutType()).isPresent()) {
                throw e;
            }
            LOG.log(Level.WARNING, e, () -> "Inbound SMS " + sms.messageSid() + " not stored at once; queued");
            queues.send(InboundSmsCodec.INSTANCE, sms);
        }
    }
}
