package org.campussms.pool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
        return database.call("look up " + numbers.size() + " receiving numbers",
                connection -> findReceivingNumbers(connection, numbers));
    }

    @Override
    public Map<PhoneNumber, ReceivingNumber> findReceivingNumbers(Sql sql, Collection<PhoneNumber> numbers) {
        return sql.call("look up " + numbers.size() + " receiving numbers",
                connection -> findReceivingNumbers(connection, numbers));
    }

    /**
     * Hand-written JDBC: one statement prepared once and run for each number, which Sql's methods (a statement each)
     * would not do; read by position, since two of its columns are named staff_user_id.
     */
    private Map<PhoneNumber, ReceivingNumber> findReceivingNumbers(Connection connection,
            Collection<PhoneNumber> numbers) throws SQLException {
        Map<PhoneNumber, ReceivingNumber> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT n.id, n.pool_id, p.name, "
                + "n.staff_user_id, m.staff_user_id FROM sender_number n LEFT JOIN pool p ON p.id = n.pool_id "
                + "LEFT JOIN pool_member m ON m.pool_id = n.pool_id WHERE n.e164 = ?")) {
            for (PhoneNumber number : numbers) {
                select.setString(1, number.e164());
                try (ResultSet rows = select.executeQuery()) {
                    ReceivingNumber first = null;
                    Set<Long> members = new HashSet<>();
                    while (rows.next()) {
                        if (first == null) {
                            first = new ReceivingNumber(rows.getLong(1), rows.getObject(2, Long.class),
                                    rows.getString(3), rows.getObject(4, Long.class), Set.of());
                        }
                        Long member = rows.getObject(5, Long.class);
                        if (member != null) {
                            members.add(member);
                        }
                    }
                    if (first != null) {
                        found.put(number, new ReceivingNumber(first.senderNumberId(), first.poolId(),
                                first.poolName(), first.staffUserId(), Set.copyOf(members)));
                    }
                }
            }
        }
        return found;
    }

    @Override
    public Optional<SenderNumber> findSender(long id) {
        return Optional.ofNullable(em.find(SenderNumber.class, id));
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
