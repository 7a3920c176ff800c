package org.campussms.inbound.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.campussms.inbound.domain.InboundSms;
import org.campussms.platform.persistence.GroupCommit;

/**
 * Files the inbound SMS of concurrent webhook requests together, a batch per transaction ({@link GroupCommit}), so
 * the carrier's 200 still means the message is stored.
 *
 * <p>Filed one per transaction, each SMS cost about ten statements and a commit; in batches the webhook stores
 * several times as many per second (bench/RESULTS.md). A batch holds the requests waiting at that moment, so the
 * server's request threads bound its size (wildfly-config/cli/60-web.cli gives WildFly 128).
 *
 * <p>A CDI bean, not an EJB: it is called once per webhook request, and the EJB interceptor chain (security,
 * transaction, pooling) had nothing to do here: the writers' work goes through {@link InboundBatchFiling} and, for
 * the batches that one leaves, {@link InboundFilingService}.
 */
@ApplicationScoped
public class InboundGroupCommit {

    /** The most messages in one transaction: a batch holds the locks of its conversations until it commits. */
    static final int MAX_BATCH = 200;

    /**
     * Batches committing at once: while one waits for the database, the next forms and starts, instead of queueing
     * behind it. They lock their conversations in one order (see {@link InboundFilingService}); when two still
     * deadlock (two opt-outs of the same people in opposite order), the database rolls one back and its messages
     * are filed alone.
     */
    static final int WRITERS = 2;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private InboundFilingService inbound;

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
     * ({@link InboundFilingService#recordAll}).
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
