package org.campussms.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingDataChangesTest {

    /** One transaction at a time, or none: what the listener sees of JTA. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {

        Object key;
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        void begin() {
            key = new Object();
        }

        void complete(int status) {
            synchronizations.forEach(s -> s.afterCompletion(status));
            synchronizations.clear();
            resources.clear();
            key = null;
        }

        @Override
        public Object getTransactionKey() {
            return key;
        }

        @Override
        public void putResource(Object k, Object value) {
            resources.put(k, value);
        }

        @Override
        public Object getResource(Object k) {
            return resources.get(k);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return key == null ? Status.STATUS_NO_TRANSACTION : Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void aChangeCountsOnceItsTransactionHasCompletedHoweverManyRowsItWrote() {
        OneTransaction jta = new OneTransaction();
        RoutingDataChanges changes = new RoutingDataChanges(jta);

        jta.begin();
        changes.changing();
        changes.changing();
        changes.changing();
        assertEquals(0, changes.count(), "not before the transaction has completed: a reader would read the old rows");
        jta.complete(Status.STATUS_COMMITTED);
        assertEquals(1, changes.count());

        jta.begin();
        changes.changing();
        jta.complete(Status.STATUS_ROLLEDBACK);
        assertEquals(2, changes.count(), "a rolled-back change counts too: dropping kept data is never wrong");
    }

    @Test
    void aChangeOutsideATransactionCountsAtOnce() {
        RoutingDataChanges changes = new RoutingDataChanges(new OneTransaction());

        changes.changing();

        assertEquals(1, changes.count());
    }
}
