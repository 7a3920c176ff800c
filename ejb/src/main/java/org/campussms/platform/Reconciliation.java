package org.campussms.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the reconciliation ({@link ReconciliationDue}) shortly after start-up and then every
 * {@link Settings#reconcileEvery()}. The timer is not persistent: every server runs its own, and the observers'
 * row locks keep them from doing the same work.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
// Timer callbacks have no caller identity.
@PermitAll
public class Reconciliation {

    private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());
    private static final long FIRST_RUN_MILLIS = 5_000;

    @Resource
    private TimerService timers;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    @Inject
    private Event<ReconciliationDue> due;

    @PostConstruct
    void schedule() {
        long every = settings.reconcileEvery().toMillis();
        timers.createIntervalTimer(Math.min(FIRST_RUN_MILLIS, every), every, new TimerConfig("reconciliation", false));
        LOG.info(() -> "Reconciliation every " + settings.reconcileEvery().toSeconds() + " s of work untouched for "
                + settings.reconcileAfter().toSeconds() + " s");
    }

    /** Each observer works in transactions of its own and reports its own failures; one failing stops no other. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        Instant now = clock.instant();
        try {
            due.fire(new ReconciliationDue(now, now.minus(settings.reconcileAfter())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reconciliation failed; the next run tries again", e);
        }
    }
}
