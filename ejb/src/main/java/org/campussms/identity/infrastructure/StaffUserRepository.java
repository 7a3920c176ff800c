package org.campussms.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.campussms.identity.application.StaffLookup;
import org.campussms.identity.domain.StaffUser;

@ApplicationScoped
public class StaffUserRepository implements StaffLookup {

    @Inject
    private EntityManager em;

    @Override
    public Optional<StaffUser> find(long id) {
        return Optional.ofNullable(em.find(StaffUser.class, id));
    }

    @Override
    public List<StaffUser> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : em.createQuery("select u from StaffUser u where u.id in :ids",
                StaffUser.class).setParameter("ids", ids).getResultList();
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

    @Override
    public List<StaffUser> search(String text, int limit) {
        String prefix = text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return em.createQuery("select u from StaffUser u where u.displayName like :start escape '!' "
                        + "or u.displayName like :word escape '!' or u.email like :start escape '!' "
                        + "order by u.displayName, u.id", StaffUser.class)
                .setParameter("start", prefix)
                .setParameter("word", "% " + prefix)
                .setMaxResults(limit)
                .getResultList();
    }
}
