package org.campussms.delivery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.campussms.conversation.application.OutboundTexts;
import org.campussms.conversation.domain.MessageStatus;
import org.campussms.conversation.domain.StatusReport;
import org.campussms.delivery.domain.Carrier;
import org.campussms.delivery.domain.CarrierUnavailable;
import org.campussms.platform.ReconciliationDue;

/**
 * Takes up hand-offs left unfinished ({@link HandOffRecovery}): texts queued without a queue entry, texts claimed
 * whose carrier call never answered, and texts whose final status never came (callbacks posted while the server was
 * down). Step after step until none is left, so a crash's backlog is cleared in one run.
 */
@ApplicationScoped
public class HandOffReconciler {

    private static final Logger LOG = Logger.getLogger(HandOffReconciler.class.getName());

    @Inject
    private HandOffRecovery recovery;

    @Inject
    private Carrier carrier;

    @Inject
    private DeliveryWorker worker;

    void reconcile(@Observes ReconciliationDue due) {
        try {
            while (recovery.requeueStale(due.staleBefore()) == HandOffRecovery.REQUEUE_LIMIT) {
                LOG.fine("More stale queued texts to queue again");
            }
            while (recovery.settleUnanswered(due.staleBefore()) == HandOffRecovery.LOOKUP_LIMIT) {
                LOG.fine("More unanswered hand-offs to settle");
            }
            List<OutboundTexts.Unconfirmed> unconfirmed;
            do {
                unconfirmed = recovery.leaseUnconfirmed(due.staleBefore());
            } while (askStatuses(unconfirmed) && unconfirmed.size() == HandOffRecovery.STATUS_LIMIT);
        } catch (RuntimeException e) {
            // One line, not a stack trace every few seconds while the database is away.
            LOG.warning(() -> "Reconciling hand-offs failed; the next run tries again: " + e);
        }
    }

    /**
     * Asks the carrier where these texts are and applies what it says as status reports (forward only, with email
     * fallback for an undeliverable handset), in one transaction of the worker's.
     *
     * @return false when the carrier could not be asked: the rest waits for the next run
     */
    private boolean askStatuses(List<OutboundTexts.Unconfirmed> texts) {
        List<StatusReport> reports = new ArrayList<>();
        boolean asked = true;
        for (OutboundTexts.Unconfirmed text : texts) {
            try {
                carrier.find(text.sid()).filter(found -> found.status() != null).ifPresent(found -> reports.add(
                        new StatusReport(text.id(), found.sid(), MessageStatus.fromTwilio(found.status()),
                                found.errorCode())));
            } catch (IllegalArgumentException e) {
                LOG.fine(() -> "Text " + text.id() + ": a carrier status we do not track: " + e.getMessage());
            } catch (CarrierUnavailable e) {
                LOG.warning(() -> "Cannot ask the carrier for statuses now: " + e.getMessage());
                asked = false;
                break;
            }
        }
        if (!reports.isEmpty()) {
            worker.statusesReported(reports);
            LOG.info(() -> reports.size() + " statuses the carrier's callbacks did not bring were asked for");
        }
        return asked;
    }
}
