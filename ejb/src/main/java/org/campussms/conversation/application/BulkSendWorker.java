package org.campussms.conversation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.campussms.conversation.domain.BulkRecipient;
import org.campussms.conversation.domain.BulkSend;
import org.campussms.conversation.infrastructure.BulkSendRepository;
import org.campussms.email.application.EmailFallback;
import org.campussms.email.domain.FallbackTriggers;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.pool.infrastructure.PoolRepository;

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

    @Inject
    private BulkSendRepository bulkSends;

    @Inject
    private PoolRepository pools;

    @Inject
    private MessageQueue queue;

    @Inject
    private EmailFallback emailFallback;

    @Inject
    private Clock clock;

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
        queue.queueAll(pool, numbers, pending.stream()
                .map(r -> new MessageQueue.Recipient(r.getTo(), r.getPersonId(), r.getRecordType()))
                .toList(), bulk.getBody(), bulk.getCreatedBy(), bulkId, now);
        bulkSends.markQueued(bulkId, pending.stream().map(BulkRecipient::getPersonId).toList());
        return pending.size();
    }

    /** Emails the next recipients planned for email (no SMS-capable phone); each is marked so it is emailed once. */
    private int queueEmails(BulkSend bulk, int chunk) {
        List<BulkRecipient> pending = bulkSends.lockPendingEmail(bulk.getId(), chunk);
        for (BulkRecipient recipient : pending) {
            emailFallback.emailBulkRecipient(bulk.getId(), bulk.getPoolId(), recipient.getPersonId(), bulk.getBody(),
                    recipient.getReason() == null ? FallbackTriggers.NO_MOBILE : recipient.getReason());
        }
        if (!pending.isEmpty()) {
            bulkSends.markQueued(bulk.getId(), pending.stream().map(BulkRecipient::getPersonId).toList());
        }
        return pending.size();
    }
}
