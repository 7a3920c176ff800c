package org.campussms.email.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.campussms.directory.application.PeopleLookup;
import org.campussms.directory.domain.Person;
import org.campussms.email.domain.EmailMessage;
import org.campussms.email.infrastructure.EmailCodec;
import org.campussms.email.infrastructure.EmailRepository;
import org.campussms.platform.Settings;
import org.campussms.platform.jms.JmsGateway;
import org.campussms.pool.application.PoolLookup;

/**
 * Emails a message to a person's institutional address: the email row and its queue entry are written in the
 * caller's transaction, so both commit or neither, and {@link EmailDelivery} sends it behind the queue even if the
 * server stops meanwhile.
 */
@ApplicationScoped
public class EmailOutbox {

    @Inject
    private PeopleLookup people;

    @Inject
    private PoolLookup pools;

    @Inject
    private EmailRepository emails;

    @Inject
    private Settings settings;

    @Inject
    private JmsGateway queues;

    /**
     * What an email stands in for: a text ({@code outboundMessageId} and its conversation) or a bulk send's
     * recipient planned for email (neither).
     */
    public record Standing(Long outboundMessageId, Long conversationId, Long bulkSendId, Long poolId) {

        public static Standing forBulkRecipient(long bulkSendId, long poolId) {
            return new Standing(null, null, bulkSendId, poolId);
        }
    }

    /**
     * Queues the email to the person, from the pool of {@code standing} (the subject names it).
     *
     * @return the queued email; empty when the person has no address
     */
    public Optional<EmailMessage> queue(Standing standing, long personId, String body, String reason, Instant now) {
        Optional<String> address = addressOf(personId);
        if (address.isEmpty()) {
            return Optional.empty();
        }
        EmailMessage email = emails.add(new EmailMessage(standing.outboundMessageId(), standing.conversationId(),
                standing.bulkSendId(), standing.poolId(), personId, address.get(), subject(standing.poolId()), body,
                reason, now));
        queues.send(EmailCodec.INSTANCE, email.getId());
        return Optional.of(email);
    }

    private Optional<String> addressOf(Long personId) {
        return Optional.ofNullable(personId).flatMap(people::find).map(Person::getEmail)
                .filter(address -> !address.isBlank());
    }

    private String subject(Long poolId) {
        String institution = settings.institutionName();
        return Optional.ofNullable(poolId).flatMap(pools::find)
                .map(pool -> "Message from " + pool.getName() + " at " + institution)
                .orElse("Message from " + institution);
    }
}
