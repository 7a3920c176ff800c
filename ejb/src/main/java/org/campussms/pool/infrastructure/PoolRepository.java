package org.campussms.pool.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.campussms.pool.domain.Pool;

@ApplicationScoped
public class PoolRepository {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    public List<Pool> findAll() {
        return em.createNamedQuery(Pool.FIND_ALL, Pool.class).getResultList();
    }

    public List<Pool> findByMember(long staffUserId) {
        return em.createNamedQuery(Pool.FIND_BY_MEMBER, Pool.class)
                .setParameter("staffUserId", staffUserId)
                .getResultList();
    }
}
