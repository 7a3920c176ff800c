package org.campussms.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.campussms.identity.domain.StaffUser;

@ApplicationScoped
public class StaffUserRepository {

    @Inject
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
