package org.campussms.conversation.infrastructure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import org.campussms.conversation.application.BulkSendService;
import org.campussms.conversation.application.BulkSendWorker;
import org.campussms.platform.JndiNames;

/**
 * Expands a started bulk send into its messages, chunk by chunk; each chunk commits on its own, and a failure
 * rolls back only this delivery, whose redelivery resumes after the last committed chunk.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.BULK_SEND_QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@PermitAll
public class BulkSendConsumer implements MessageListener {

    private static final int CHUNK = 250;
    private static final int MAX_LOCK_CONFLICTS = 20;

    @Inject
    private BulkSendWorker worker;

    @Override
    public void onMessage(Message message) {
        try {
            long bulkId = message.getLongProperty(BulkSendService.BULK_SEND_ID);
            int queued;
            int conflicts = 0;
            do {
                try {
                    queued = worker.queueNext(bulkId, CHUNK);
                } catch (EJBException e) {
                    // Workers expanding the same bulk send side by side may deadlock in the database now and
                    // then; the chunk rolled back as a whole, so it is simply taken again.
                    if (!isLockConflict(e) || ++conflicts > MAX_LOCK_CONFLICTS) {
                        throw e;
                    }
                    queued = 1;
                }
            } while (queued > 0);
        } catch (JMSException e) {
            throw new EJBException("Unreadable bulk send message", e);
        }
    }

    private static boolean isLockConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
