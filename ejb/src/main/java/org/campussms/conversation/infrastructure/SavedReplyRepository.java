package org.campussms.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.campussms.conversation.domain.SavedReply;

@ApplicationScoped
public class SavedReplyRepository {

    @Inject
    private EntityManager em;

    public Optional<SavedReply> find(long id) {
        return Optional.ofNullable(em.find(SavedReply.class, id));
    }

    /** A pool's saved replies and a staff user's own, by title. */
    public List<SavedReply> of(Long poolId, long ownerStaffUserId) {
        TypedQuery<SavedReply> query = em.createQuery("select r from SavedReply r where r.ownerStaffUserId = :owner"
                        + (poolId == null ? "" : " or r.poolId = :pool") + " order by r.title, r.id", SavedReply.class)
                .setParameter("owner", ownerStaffUserId);
        if (poolId != null) {
            query.setParameter("pool", poolId);
        }
        return query.getResultList();
    }

    public SavedReply add(SavedReply reply) {
        em.persist(reply);
        return reply;
    }

    public void remove(SavedReply reply) {
        em.remove(reply);
    }
}
