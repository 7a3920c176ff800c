package org.campussms.bulksend.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.campussms.bulksend.domain.BulkRecipient;
import org.campussms.bulksend.domain.BulkSend;
import org.campussms.bulksend.infrastructure.BulkSendCodec;
import org.campussms.bulksend.infrastructure.BulkSendRepository;
import org.campussms.conversation.application.Outbox;
import org.campussms.email.application.EmailOutbox;
import org.campussms.email.domain.FallbackTriggers;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.jms.JmsGateway;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;

/**
 * Creates a started bulk send's messages a chunk per transaction, so a crash or redelivery resumes where it
 * stopped (recipients are marked queued with their message) and no recipient is texted twice. Several workers may
 * expand the same bulk send at once: each takes the next chunk nobody else holds.
 */
@Stateless
// Runs for the queue consumer, which has no caller identity; the bulk send was authorized when it started.
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BulkSendWorker {

    private static final Logger LOG = Logger.getLogger(BulkSendWorker.class.getName());

    @Inject
    private BulkSendRepository bulkSends;

    @Inject
    private PoolLookup pools;

    @Inject
    private Outbox outbox;

    @Inject
    private EmailOutbox emails;

    @Inject
    private Clock clock;

    @Inject
    private QuietHours quietHours;

    @Inject
    private JmsGateway queues;

    /**
     * Queues up to {@code chunk} more recipients' messages, texts first, then the emails of those planned for email;
     * returns how many it queued (0: all done).
     */
    public int queueNext(long bulkId, int chunk) {
        BulkSend bulk = bulkSends.find(bulkId).orElse(null);
        if (bulk == null || bulk.getStatus() != BulkSend.Status.RUNNING) {
            return 0;
        }
        List<BulkRecipient> pending = bulkSends.lockPendingSms(bulkId, chunk);
        if (pending.isEmpty()) {
            return queueEmails(bulk, chunk);
        }
        Pool pool = pools.find(bulk.getPoolId()).orElseThrow();
        List<SenderNumber> numbers = pools.senderNumbers(pool.getId());
        Instant now = clock.instant();
        Map<PhoneNumber, Instant> held = quietHours.held(pool.sendingWindow(), pending.stream()
                .map(r -> new QuietHours.Recipient(r.getPersonId(), r.getTo())).toList(), now);
        outbox.queueAll(pool, numbers, pending.stream()
                .map(r -> new Outbox.Recipient(r.getTo(), r.getPersonId(), r.getRecordType()))
                .toList(), bulk.getBody(), bulk.getCreatedBy(), bulkId, held, now);
        bulkSends.markQueued(bulkId, pending.stream().map(BulkRecipient::getPersonId).toList());
        return pending.size();
    }

    /**
     * Gives each running bulk send that stopped making progress before {@code staleBefore} a new queue entry.
     *
     * @return the bulk sends resumed
     */
    public List<Long> resumeStalled(Instant staleBefore, Instant now) {
        List<Long> stalled = bulkSends.lockStalled(staleBefore, now);
        stalled.forEach(id -> queues.send(BulkSendCodec.INSTANCE, id));
        return stalled;
    }

    /** Emails the next recipients planned for email (no SMS-capable phone); each is marked so it is emailed once. */
    private int queueEmails(BulkSend bulk, int chunk) {
        List<BulkRecipient> pending = bulkSends.lockPendingEmail(bulk.getId(), chunk);
        Instant now = clock.instant();
        for (BulkRecipient recipient : pending) {
            if (emails.queue(EmailOutbox.Standing.forBulkRecipient(bulk.getId(), bulk.getPoolId()),
                    recipient.getPersonId(), bulk.getBody(),
                    recipient.getReason() == null ? FallbackTriggers.NO_MOBILE : recipient.getReason(), now)
                    .isEmpty()) {
                LOG.info(() -> "Bulk send " + bulk.getId() + ": person " + recipient.getPersonId()
                        + " has no email address any more");
            }
        }
        if (!pending.isEmpty()) {
            bulkSends.markQueued(bulk.getId(), pending.stream().map(BulkRecipient::getPersonId).toList());
        }
        return pending.size();
    }
}
