package org.campussms.pool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.campussms.platform.PhoneNumber;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.PoolMember;
import org.campussms.pool.domain.SenderNumber;

@ApplicationScoped
public class PoolRepository {

    @Inject
    private EntityManager em;

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

    public List<Pool> findByMember(long staffUserId) {
        return em.createNamedQuery(Pool.FIND_BY_MEMBER, Pool.class)
                .setParameter("staffUserId", staffUserId)
                .getResultList();
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

    /** One of our numbers, and the members of its pool (none for a personal number). */
    public record SenderWithMembers(SenderNumber sender, Set<Long> poolMemberIds) {
    }

    /**
     * Those of these numbers that are ours, with their pools and the pools' members, by number. A query per number
     * (a batch of inbound SMS names one or two): with a single value Hibernate reuses its translation, with an IN
     * list of varying length it translates anew each time. The members come in the same query: an inbound batch
     * asked for them separately, one more round trip to the database per batch.
     */
    public Map<PhoneNumber, SenderWithMembers> findSendersWithMembers(Collection<PhoneNumber> numbers) {
        Map<PhoneNumber, SenderWithMembers> found = new HashMap<>();
        for (PhoneNumber number : numbers) {
            List<Object[]> rows = em.createNamedQuery(SenderNumber.FIND_BY_NUMBER_WITH_MEMBERS, Object[].class)
                    .setParameter("number", number)
                    .getResultList();
            if (!rows.isEmpty()) {
                Set<Long> members = new HashSet<>();
                rows.forEach(row -> {
                    if (row[1] != null) {
                        members.add((Long) row[1]);
                    }
                });
                found.put(number, new SenderWithMembers((SenderNumber) rows.get(0)[0], Set.copyOf(members)));
            }
        }
        return found;
    }

    public Optional<SenderNumber> findSender(long id) {
        return Optional.ofNullable(em.find(SenderNumber.class, id));
    }

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
