package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.campussms.email.application.Mailer;
import org.campussms.platform.ReconciliationDue;

/**
 * Emails each staff member a note named, once, on the reconciliation timer's next run (every server runs it; the
 * claim makes one of them send). A mail the server refuses is not tried again, and is logged.
 */
@ApplicationScoped
public class MentionMails {

    private static final Logger LOG = Logger.getLogger(MentionMails.class.getName());

    @Inject
    private MentionMailRun run;

    @Inject
    private Mailer mailer;

    void send(@Observes ReconciliationDue due) {
        try {
            for (MentionMailRun.MentionMail mail : run.claimOwed(due.now())) {
                try {
                    mailer.send(mail.to(), mail.subject(), mail.body(), due.now());
                } catch (Exception e) {
                    LOG.warning(() -> "The email about a mention to " + mail.to() + " was refused: " + e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.warning(() -> "Emailing mentions failed; the next run tries again: " + e);
        }
    }
}
