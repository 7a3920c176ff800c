package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.campussms.email.application.Mailer;
import org.campussms.platform.ReconciliationDue;

/**
 * Emails a pool's members (or a personal number's owner) about a reply that waited its working hours without an
 * answer, at most once per waiting reply: {@link UnansweredAlertRun} claims each alert, then the mail goes. A mail
 * the server refuses is not tried again (the claim is the promise of at most one), and is logged.
 */
@ApplicationScoped
public class UnansweredAlerts {

    private static final Logger LOG = Logger.getLogger(UnansweredAlerts.class.getName());

    @Inject
    private UnansweredAlertRun run;

    @Inject
    private Mailer mailer;

    void alert(@Observes ReconciliationDue due) {
        try {
            for (UnansweredAlert alert : run.claimDue(due.now())) {
                for (String to : alert.to()) {
                    try {
                        mailer.send(to, alert.subject(), alert.body(), due.now());
                    } catch (Exception e) {
                        LOG.warning(() -> "The unanswered-reply alert about conversation " + alert.conversationId()
                                + " to " + to + " was refused: " + e.getMessage());
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Looking for unanswered replies failed; the next run tries again: " + e);
        }
    }
}
