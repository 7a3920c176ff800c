package org.campussms.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.campussms.identity.domain.StaffUser;

@ApplicationScoped
public class StaffUserRepository {

    @PersistenceContext(unitName = "campus")
    private EntityManager em;

    public Optional<StaffUser> find(long id) {
        return Optional.ofNullable(em.find(StaffUser.class, id));
    }

    public Optional<StaffUser> findByIdentity(String issuer, String subject) {
        return em.createNamedQuery(StaffUser.FIND_BY_IDENTITY, StaffUser.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    public StaffUser add(StaffUser user) {
        em.persist(user);
        return user;
    }
}
