package org.campussms.email.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.campussms.email.domain.EmailMessage;
import org.campussms.email.infrastructure.EmailCodec;
import org.campussms.email.infrastructure.EmailRepository;
import org.campussms.email.infrastructure.SmtpMailer;
import org.campussms.platform.jms.JmsGateway;

/**
 * Sends a queued email, in the transaction of its queue delivery: the row stays locked while the mail server takes
 * the mail, and is marked SENT in the same commit, so a redelivered queue entry finds it sent and sends nothing.
 * A refusal rolls the delivery back and the queue retries with backoff.
 */
@Stateless
// Runs for the queue consumers, which have no caller identity.
@PermitAll
public class EmailDelivery {

    private static final Logger LOG = Logger.getLogger(EmailDelivery.class.getName());

    @Inject
    private EmailRepository emails;

    @Inject
    private SmtpMailer mailer;

    @Inject
    private JmsGateway queues;

    @Inject
    private Clock clock;

    public void send(long emailId) {
        EmailMessage email = emails.findLocked(emailId).orElse(null);
        if (email == null) {
            LOG.warning(() -> "Email " + emailId + " does not exist; dropping its queue entry");
            return;
        }
        if (!email.isDue()) {
            LOG.fine(() -> "Email " + emailId + " was sent already");
            return;
        }
        try {
            mailer.send(email.getTo(), email.getSubject(), email.getBody(), email.getCreatedAt());
        } catch (MessagingException e) {
            throw new EJBException("The mail server did not take email " + emailId + "; retrying", e);
        }
        email.sent(clock.instant());
    }

    /**
     * Queues again the emails still unsent long after they were queued (at most {@code limit}): their entry may be in
     * a broker that is gone. A second entry for one email sends nothing twice ({@link #send}: the locked row says
     * SENT).
     *
     * @return the ids queued again
     */
    public List<Long> requeueStale(Instant staleBefore, Instant now, int limit) {
        List<Long> ids = emails.takeStaleQueued(staleBefore, now, limit);
        ids.forEach(id -> queues.send(EmailCodec.INSTANCE, id));
        return ids;
    }

    /** The queue gave up on this email after its last retry. */
    public void abandoned(long emailId) {
        emails.findLocked(emailId).ifPresent(email -> email.failed("The mail server kept refusing it",
                clock.instant()));
    }
}
