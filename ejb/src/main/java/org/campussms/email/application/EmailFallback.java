package org.campussms.email.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.OutboundMessage;
import org.campussms.conversation.infrastructure.ConversationRepository;
import org.campussms.directory.domain.Person;
import org.campussms.directory.infrastructure.PersonRepository;
import org.campussms.email.domain.EmailMessage;
import org.campussms.email.domain.FallbackTriggers;
import org.campussms.email.infrastructure.EmailRepository;
import org.campussms.platform.JndiNames;
import org.campussms.platform.Settings;
import org.campussms.pool.infrastructure.PoolRepository;

/**
 * Sends a text's message by email when it cannot go (or did not get through) by SMS. The decision, the queued
 * email row and its JMS message commit in the caller's transaction (REQUIRED): a rolled-back decision sends no
 * mail, a committed one is sent behind the queue ({@link EmailDelivery}) even if the server stops meanwhile.
 *
 * <p>Callers: the hand-off steps and status reports ({@code DeliveryWorker}), the bulk send worker, and the
 * outbound consumer for a recipient found opted out at hand-off ({@code fallBack(id, FallbackTriggers.OPTED_OUT)}).
 */
@Stateless
// Runs for the queue consumers and the carrier's webhooks, which have no caller identity.
@PermitAll
public class EmailFallback {

    /** The JMS property naming the email a queue entry is for. */
    public static final String EMAIL_MESSAGE_ID = "emailMessageId";
    /** Marks the JMS messages of the email queue, e.g. for the dead-letter consumer. */
    public static final String EMAIL_JMS_TYPE = "EmailFallback";

    private static final Logger LOG = Logger.getLogger(EmailFallback.class.getName());

    @Inject
    private ConversationRepository conversations;

    @Inject
    private PersonRepository people;

    @Inject
    private PoolRepository pools;

    @Inject
    private EmailRepository emails;

    @Inject
    private Settings settings;

    @Inject
    private JMSContext jms;

    @Resource(lookup = JndiNames.EMAIL_FALLBACK_QUEUE)
    private Queue emailQueue;

    @Inject
    private Clock clock;

    /**
     * Emails this text's message to its person instead: the text becomes FELL_BACK_TO_EMAIL with {@code reason}
     * as its error message (its carrier error code stays), and the conversation shows the email. Without an
     * address the text stays (or becomes) FAILED, its error message ending in "no email address".
     *
     * <p>Idempotent: a text that was delivered, or already has its email, is left as it is. Joins the caller's
     * transaction and locks the text until it ends, so two triggers at once (a rejection and a callback) email
     * once.
     *
     * @return whether the message goes (or went) by email
     */
    public boolean fallBack(long outboundMessageId, String reason) {
        Optional<OutboundMessage> found = conversations.findOutboundLocked(List.of(outboundMessageId)).stream()
                .findFirst();
        if (found.isEmpty()) {
            LOG.warning(() -> "No outbound message " + outboundMessageId + " to email (" + reason + ")");
            return false;
        }
        OutboundMessage message = found.get();
        if (message.getStatus() == MessageStatus.FELL_BACK_TO_EMAIL
                || emails.findByOutbound(outboundMessageId).isPresent()) {
            return true;
        }
        if (message.getStatus() == MessageStatus.DELIVERED) {
            return false;
        }
        Instant now = clock.instant();
        Optional<String> address = emailOf(message.getPersonId());
        if (address.isEmpty()) {
            message.notDeliverable(reason + "; " + FallbackTriggers.NO_EMAIL_ADDRESS, now);
            return false;
        }
        queue(new EmailMessage(message.getId(), message.getConversationId(), message.getBulkSendId(),
                message.getPoolId(), message.getPersonId(), address.get(), subject(message.getPoolId()),
                message.getBody(), reason, now));
        message.fellBackToEmail(reason, now);
        return true;
    }

    /**
     * Emails a bulk send's recipient who was planned for email (no SMS-capable phone). Returns false when the person
     * no longer has an address. Joins the caller's transaction; the caller makes sure a recipient is emailed once.
     */
    public boolean emailBulkRecipient(long bulkSendId, long poolId, long personId, String body, String reason) {
        Optional<String> address = emailOf(personId);
        if (address.isEmpty()) {
            LOG.info(() -> "Bulk send " + bulkSendId + ": person " + personId + " has no email address any more");
            return false;
        }
        queue(new EmailMessage(null, null, bulkSendId, poolId, personId, address.get(), subject(poolId), body, reason,
                clock.instant()));
        return true;
    }

    private Optional<String> emailOf(Long personId) {
        return Optional.ofNullable(personId).flatMap(people::find).map(Person::getEmail)
                .filter(address -> !address.isBlank());
    }

    private String subject(Long poolId) {
        String institution = settings.institutionName();
        return Optional.ofNullable(poolId).flatMap(pools::find)
                .map(pool -> "Message from " + pool.getName() + " at " + institution)
                .orElse("Message from " + institution);
    }

    /** The row and its queue entry, in the caller's transaction: both commit or neither. */
    private void queue(EmailMessage email) {
        emails.add(email);
        jms.createProducer()
                .setJMSType(EMAIL_JMS_TYPE)
                .setProperty(EMAIL_MESSAGE_ID, email.getId())
                .send(emailQueue, jms.createMessage());
    }
}
