package org.campussms.pool.application;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Sql;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.PoolMember;
import org.campussms.pool.domain.SenderNumber;

/**
 * What other contexts read of pools: a pool, its members and numbers, and the numbers inbound texts arrive at.
 */
public interface PoolLookup {

    /**
     * One of our numbers as an inbound SMS finds it: its pool (id and name) or the staff user it belongs to, and the
     * members of its pool (none for a personal number).
     */
    record ReceivingNumber(long senderNumberId, Long poolId, String poolName, Long staffUserId,
            Set<Long> poolMemberIds) {
    }

    Optional<Pool> find(long id);

    List<Pool> findByMember(long staffUserId);

    List<PoolMember> members(long poolId);

    /** The staff user's membership of the pool, if they are a member. */
    Optional<PoolMember> findMember(long poolId, long staffUserId);

    List<SenderNumber> senderNumbers(long poolId);

    /**
     * Those of these numbers that are ours, as inbound SMS find them, by number: one query per number (a batch of
     * inbound SMS names one or two) that reads the columns routing needs and the pool's members, no entities.
     */
    Map<PhoneNumber, ReceivingNumber> findReceivingNumbers(Collection<PhoneNumber> numbers);

    /** {@link #findReceivingNumbers(Collection)} in the transaction {@code sql} runs in (the webhook's batches). */
    Map<PhoneNumber, ReceivingNumber> findReceivingNumbers(Sql sql, Collection<PhoneNumber> numbers);

    Optional<SenderNumber> findSender(long id);

    /** The sender number, its row locked for the rest of the transaction: one purchase of it at a time. */
    Optional<SenderNumber> findSenderLocked(long id);

    /**
     * Takes personal numbers ordered before {@code staleBefore} and still not bought, not taken since then either,
     * notes they were taken at {@code now} and returns their ids (at most {@code limit}; rows another server is
     * taking are skipped).
     */
    List<Long> takeStaleOrders(Instant staleBefore, Instant now, int limit);

    Optional<SenderNumber> findPersonal(long staffUserId);
}
