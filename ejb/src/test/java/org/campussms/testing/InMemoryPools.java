package org.campussms.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Sql;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.PoolMember;
import org.campussms.pool.domain.SenderKind;
import org.campussms.pool.domain.SenderNumber;

/** Pools and their numbers, kept in maps: what inbound filing and the consent rules read of them. */
public final class InMemoryPools implements PoolLookup {

    private final Map<Long, Pool> pools = new LinkedHashMap<>();
    private final Map<Long, SenderNumber> numbers = new LinkedHashMap<>();
    private long nextId = 1;

    public Pool addPool(String name) {
        Pool pool = new Pool(name, Instant.EPOCH);
        Wiring.setField(pool, "id", nextId++);
        pools.put(pool.getId(), pool);
        return pool;
    }

    public SenderNumber addNumber(Pool pool, String e164) {
        SenderNumber number = SenderNumber.ofPool(pool, PhoneNumber.ofE164(e164), SenderKind.LONG_CODE, null,
                Instant.EPOCH);
        Wiring.setField(number, "id", nextId++);
        numbers.put(number.getId(), number);
        return number;
    }

    @Override
    public Optional<Pool> find(long id) {
        return Optional.ofNullable(pools.get(id));
    }

    @Override
    public List<Pool> findByMember(long staffUserId) {
        return List.of();
    }

    @Override
    public List<PoolMember> members(long poolId) {
        return List.of();
    }

    @Override
    public Optional<PoolMember> findMember(long poolId, long staffUserId) {
        return Optional.empty();
    }

    @Override
    public List<SenderNumber> senderNumbers(long poolId) {
        return numbers.values().stream().filter(n -> n.getPool() != null && n.getPool().getId() == poolId).toList();
    }

    @Override
    public Map<PhoneNumber, ReceivingNumber> findReceivingNumbers(Collection<PhoneNumber> wanted) {
        Map<PhoneNumber, ReceivingNumber> found = new HashMap<>();
        for (SenderNumber number : numbers.values()) {
            if (wanted.contains(number.getNumber())) {
                Pool pool = number.getPool();
                found.put(number.getNumber(), new ReceivingNumber(number.getId(), pool == null ? null : pool.getId(),
                        pool == null ? null : pool.getName(), number.getStaffUserId(), Set.of()));
            }
        }
        return found;
    }

    @Override
    public Map<PhoneNumber, ReceivingNumber> findReceivingNumbers(Sql sql, Collection<PhoneNumber> wanted) {
        return findReceivingNumbers(wanted);
    }

    @Override
    public Optional<SenderNumber> findSender(long id) {
        return Optional.ofNullable(numbers.get(id));
    }

    @Override
    public Optional<SenderNumber> findSenderLocked(long id) {
        return findSender(id);
    }

    @Override
    public List<Long> takeStaleOrders(Instant staleBefore, Instant now, int limit) {
        return List.of();
    }

    @Override
    public Optional<SenderNumber> findPersonal(long staffUserId) {
        return Optional.empty();
    }
}
