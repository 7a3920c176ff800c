package org.campussms.pool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.campussms.platform.PhoneNumber;
import org.campussms.platform.persistence.Database;
import org.campussms.platform.persistence.Sql;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.application.PoolLookup.ReceivingNumber;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.PoolAccess;
import org.campussms.pool.domain.PoolMember;
import org.campussms.pool.domain.SenderNumber;

@ApplicationScoped
public class PoolRepository implements PoolLookup {

    private static final String RECEIVING_NUMBER = "SELECT n.id, n.pool_id, p.name, n.staff_user_id AS owner_id, "
            + "m.staff_user_id AS member_id FROM sender_number n LEFT JOIN pool p ON p.id = n.pool_id "
            + "LEFT JOIN pool_member m ON m.pool_id = n.pool_id WHERE n.e164 = ?";

    @Inject
    private EntityManager em;

    @Inject
    private Database database;

    @Override
    public Optional<Pool> find(long id) {
        return Optional.ofNullable(em.find(Pool.class, id));
    }

    public Optional<Pool> findByName(String name) {
        return em.createNamedQuery(Pool.FIND_BY_NAME, Pool.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    public List<Pool> findAll() {
        return em.createNamedQuery(Pool.FIND_ALL, Pool.class).getResultList();
    }

    @Override
    public List<Pool> findByMember(long staffUserId) {
        return em.createNamedQuery(Pool.FIND_BY_MEMBER, Pool.class)
                .setParameter("staffUserId", staffUserId)
                .getResultList();
    }

    /** Whether the staff user is an ADMIN member of any pool. */
    public boolean administersAnyPool(long staffUserId) {
        return !em.createQuery("select m.id from PoolMember m where m.staffUser.id = :u and m.access = :admin",
                        Long.class)
                .setParameter("u", staffUserId)
                .setParameter("admin", PoolAccess.ADMIN)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    public Pool add(Pool pool) {
        em.persist(pool);
        return pool;
    }

    public Optional<PoolMember> findMember(long poolId, long staffUserId) {
        return em.createNamedQuery(PoolMember.FIND, PoolMember.class)
                .setParameter("poolId", poolId)
                .setParameter("staffUserId", staffUserId)
                .getResultStream().findFirst();
    }

    @Override
    public List<PoolMember> members(long poolId) {
        return em.createNamedQuery(PoolMember.FIND_BY_POOL, PoolMember.class)
                .setParameter("poolId", poolId)
                .getResultList();
    }

    public PoolMember addMember(PoolMember member) {
        em.persist(member);
        return member;
    }

    public void removeMember(PoolMember member) {
        em.remove(member);
    }

    @Override
    public List<SenderNumber> senderNumbers(long poolId) {
        return em.createNamedQuery(SenderNumber.FIND_BY_POOL, SenderNumber.class)
                .setParameter("poolId", poolId)
                .getResultList();
    }

    public Optional<SenderNumber> findSender(PhoneNumber number) {
        return em.createNamedQuery(SenderNumber.FIND_BY_NUMBER, SenderNumber.class)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public Map<PhoneNumber, ReceivingNumber> findReceivingNumbers(Collection<PhoneNumber> numbers) {
        return database.sql("look up " + numbers.size() + " receiving numbers",
                sql -> findReceivingNumbers(sql, numbers));
    }

    /** A statement per number (a batch of inbound SMS names one or two): the number, with a row per pool member. */
    @Override
    public Map<PhoneNumber, ReceivingNumber> findReceivingNumbers(Sql sql, Collection<PhoneNumber> numbers) {
        Map<PhoneNumber, ReceivingNumber> found = new HashMap<>();
        for (PhoneNumber number : numbers) {
            List<MemberRow> rows = sql.query(RECEIVING_NUMBER, p -> p.setString(number.e164()), row -> new MemberRow(
                    new ReceivingNumber(row.getLong("id"), row.getNullableLong("pool_id"), row.getString("name"),
                            row.getNullableLong("owner_id"), Set.of()), row.getNullableLong("member_id")));
            if (!rows.isEmpty()) {
                ReceivingNumber first = rows.get(0).number();
                Set<Long> members = rows.stream().map(MemberRow::memberId).filter(Objects::nonNull)
                        .collect(Collectors.toUnmodifiableSet());
                found.put(number, new ReceivingNumber(first.senderNumberId(), first.poolId(), first.poolName(),
                        first.staffUserId(), members));
            }
        }
        return found;
    }

    /** A row of {@link #RECEIVING_NUMBER}: the number, and one member of its pool (none for a personal number). */
    private record MemberRow(ReceivingNumber number, Long memberId) {
    }

    @Override
    public Optional<SenderNumber> findSender(long id) {
        return Optional.ofNullable(em.find(SenderNumber.class, id));
    }

    @Override
    public Optional<SenderNumber> findSenderLocked(long id) {
        return Optional.ofNullable(em.find(SenderNumber.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Long> takeStaleOrders(Instant staleBefore, Instant now, int limit) {
        List<Long> ids = database.query("find stale number orders", "select id from sender_number "
                + "where status = 'PROVISIONING' and created_at < ? and (order_requeued_at is null "
                + "or order_requeued_at < ?) order by id limit ? for update skip locked",
                p -> p.setInstant(staleBefore).setInstant(staleBefore).setInt(limit), row -> row.getLong("id"));
        if (!ids.isEmpty()) {
            database.update("note stale number orders taken", "update sender_number set order_requeued_at = ? "
                    + "where id in (" + String.join(",", ids.stream().map(id -> "?").toList()) + ")", p -> {
                        p.setInstant(now);
                        ids.forEach(p::setLong);
                    });
        }
        return ids;
    }

    @Override
    public Optional<SenderNumber> findPersonal(long staffUserId) {
        return em.createNamedQuery(SenderNumber.FIND_PERSONAL, SenderNumber.class)
                .setParameter("staffUserId", staffUserId)
                .getResultStream().findFirst();
    }

    public SenderNumber addSender(SenderNumber sender) {
        em.persist(sender);
        return sender;
    }
}
