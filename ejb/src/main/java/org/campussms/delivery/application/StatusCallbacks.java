package org.campussms.delivery.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.campussms.conversation.domain.StatusReport;
import org.campussms.platform.persistence.GroupCommit;

/**
 * Applies the carrier's status callbacks together with the others arriving meanwhile, a batch per transaction
 * ({@link GroupCommit}), so the carrier's 2xx still means the status is stored. A callback whose batch failed (a
 * lock conflict, the database briefly away) is applied again alone; when that fails too the webhook fails and the
 * carrier tries again later.
 *
 * <p>Two or three callbacks arrive for every text sent, each from its own request; one transaction each cost a
 * commit and two autocommit switches per callback besides its update.
 */
@ApplicationScoped
public class StatusCallbacks {

    /** The most callbacks in one transaction: a batch holds the locks of its messages until it commits. */
    static final int MAX_BATCH = 200;
    /** Batches committing at once: they lock their messages in id order, so they wait for each other at worst. */
    static final int WRITERS = 2;
    /** How long a request waits for its batch before applying its callback alone; the carrier waits 15 s. */
    private static final Duration BATCH_WAIT = Duration.ofSeconds(5);

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private DeliveryWorker delivery;

    private GroupCommit<StatusReport, Boolean> group;

    @PostConstruct
    void create() {
        group = new GroupCommit<>("status-callbacks", MAX_BATCH, WRITERS, threads, delivery::statusesReported);
    }

    /**
     * Applies the report and waits for its commit.
     *
     * @return whether it is about a message of ours (false: no message with its id and sid)
     */
    public boolean report(StatusReport report) {
        return group.submit(report, BATCH_WAIT)
                .orElseGet(() -> delivery.statusesReported(List.of(report)).get(0));
    }

    @PreDestroy
    void stop() {
        group.stop();
    }
}
