package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.campussms.conversation.domain.SavedReply;
import org.campussms.conversation.infrastructure.SavedReplyRepository;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.pool.application.PoolAccessPolicy;

/**
 * Saved replies: a pool's, which its admins manage and its members use, and each staff user's own.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class SavedReplyService {

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private SavedReplyRepository replies;

    @Inject
    private Clock clock;

    /** The pool's saved replies (for its members) with the caller's own; the caller's own alone without a pool. */
    public List<SavedReplyView> list(Long poolId) {
        if (poolId != null) {
            poolAccess.requireMember(poolId);
        }
        return replies.of(poolId, identity.caller().getId()).stream().map(SavedReplyView::of).toList();
    }

    /** Creates a saved reply ({@code id} null) or changes one; a pool's only by its admins. */
    public SavedReplyView save(Long id, Long poolId, String title, String body) {
        if (id == null) {
            if (poolId != null) {
                poolAccess.requireAdmin(poolId);
            }
            SavedReply created = poolId != null ? SavedReply.ofPool(poolId, title, body, clock.instant())
                    : SavedReply.personal(identity.caller().getId(), title, body, clock.instant());
            return SavedReplyView.of(replies.add(created));
        }
        SavedReply reply = manageable(id);
        if (poolId != null && !poolId.equals(reply.getPoolId())) {
            throw DomainException.invalid("A saved reply stays where it was made");
        }
        reply.change(title, body, clock.instant());
        return SavedReplyView.of(reply);
    }

    public void delete(long id) {
        replies.remove(manageable(id));
    }

    private SavedReply manageable(long id) {
        SavedReply reply = replies.find(id).orElseThrow(() -> DomainException.notFound("Saved reply", id));
        if (reply.getPoolId() != null) {
            poolAccess.requireAdmin(reply.getPoolId());
        } else if (!Objects.equals(reply.getOwnerStaffUserId(), identity.caller().getId())) {
            // Another's own replies are not theirs to know about.
            throw DomainException.notFound("Saved reply", id);
        }
        return reply;
    }
}
