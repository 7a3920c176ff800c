package org.campussms.conversation.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.campussms.conversation.domain.InboundSms;
import org.campussms.platform.GroupCommit;

/**
 * Files the inbound SMS of concurrent webhook requests together, a batch per transaction ({@link GroupCommit}), so
 * the carrier's 200 still means the message is stored.
 *
 * <p>Measured (bench/, InboundWebhookBenchmark, 2 cores): filed one per transaction, each SMS cost about ten
 * statements and a commit and the webhook topped out at about 600 per second; filed in batches, 1,100–1,600; with
 * the batch routed first and stored in one statement (no entities read back), about 1,950 at concurrency 32.
 * Later, with the conversations' activity written in one statement and two writers: 1,750–1,900 at concurrency
 * 32–64 on a host where the same code before did 1,350–1,550. A batch holds the requests waiting at that moment,
 * so the server's request threads bound it: with WildFly's default of 32 on two cores, batches at concurrency 64
 * held about 9 messages (2,300–2,550 stored per second); with 128 threads (wildfly-config/cli/60-web.cli) about 18
 * (2,900–4,100). One writer (larger batches, but the database's round trips no longer overlap) did 1,650–2,700;
 * holding each batch open 0.3–1 ms for latecomers gained nothing measurable. With the usual batch written by
 * {@link InboundBatchFiling} (five round trips, no JTA) instead of {@link InboundMessageService#recordAll} (eight):
 * 4,200–4,700 at concurrency 64, 4,200 at 32, 5,300 at 128; with the conversations seen before upserted by their id
 * (see {@code ConversationRepository#receive}): 4,300–5,400 at 64 and 4,800–5,900 at 128 over five runs. On a
 * faster host (the no-op endpoint at 29,000–37,000 requests per second), 10,000–11,700 at 64 and 12,000–13,500 at
 * 128; with the routing data kept between batches ({@link InboundRoutingCache}) and two HTTP I/O threads,
 * 13,800–14,400 and 14,900–15,600.
 *
 * <p>A CDI bean, not an EJB: it is called once per webhook request, and the EJB interceptor chain (security,
 * transaction, pooling) had nothing to do here: the writers' work goes through {@link InboundBatchFiling} and, for
 * the batches that one leaves, {@link InboundMessageService}.
 */
@ApplicationScoped
public class InboundGroupCommit {

    /** The most messages in one transaction: a batch holds the locks of its conversations until it commits. */
    static final int MAX_BATCH = 200;

    /**
     * Batches committing at once: while one waits for the database, the next forms and starts, instead of queueing
     * behind it. They lock their conversations in one order (see {@link InboundMessageService}); when two still
     * deadlock (two opt-outs of the same people in opposite order), the database rolls one back and its messages
     * are filed alone.
     */
    static final int WRITERS = 2;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private InboundMessageService inbound;

    @Inject
    private InboundBatchFiling filing;

    private GroupCommit<InboundSms, Boolean> group;

    @PostConstruct
    void create() {
        group = new GroupCommit<>("inbound-sms", MAX_BATCH, threads, WRITERS, Writer::new);
    }

    /**
     * A writer thread's way to commit: the usual batch through its own connection ({@link InboundBatchFiling}),
     * the others (a keyword among them, a MessageSid stored before, a failure) in a JTA transaction
     * ({@link InboundMessageService#recordAll}).
     */
    private final class Writer implements GroupCommit.Writer<InboundSms, Boolean> {

        private final InboundBatchFiling.Session session = filing.open();

        @Override
        public List<Boolean> commit(List<InboundSms> batch) {
            if (!session.file(batch)) {
                inbound.recordAll(batch);
            }
            return Collections.nCopies(batch.size(), Boolean.TRUE);
        }

        @Override
        public void close() {
            session.close();
        }
    }

    /**
     * Files the SMS with whatever else arrives meanwhile and waits for the commit.
     *
     * @return true when it is stored (or was, by an earlier delivery of the same MessageSid); false when its batch
     *         failed or did not commit within {@code wait}, and the caller should file it on its own
     */
    public boolean file(InboundSms sms, Duration wait) {
        return group.submit(sms, wait).isPresent();
    }

    @PreDestroy
    void stop() {
        group.stop();
    }
}
