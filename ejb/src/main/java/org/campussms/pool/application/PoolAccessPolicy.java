package org.campussms.pool.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.domain.StaffUser;
import org.campussms.platform.DomainException;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.PoolAccess;
import org.campussms.pool.domain.PoolMember;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.pool.infrastructure.PoolRepository;

/**
 * Who may do what with a pool: members with ROLE read and send, members with ADMIN also manage it, institution
 * admins may do everything. Every service that touches a pool's data asks here first.
 */
@ApplicationScoped
public class PoolAccessPolicy {

    @Inject
    private IdentityService identity;

    @Inject
    private PoolRepository pools;

    /** The pool, if the caller may read its traffic and send from it. */
    public Pool requireMember(long poolId) {
        Pool pool = existing(poolId);
        if (!identity.callerIsInstitutionAdmin() && membership(pool).isEmpty()) {
            throw DomainException.forbidden("You are not a member of pool " + poolId);
        }
        return pool;
    }

    /** The pool, if the caller may manage its members, numbers and footer. */
    public Pool requireAdmin(long poolId) {
        Pool pool = existing(poolId);
        if (!identity.callerIsInstitutionAdmin()
                && membership(pool).map(m -> m.getAccess() != PoolAccess.ADMIN).orElse(true)) {
            throw DomainException.forbidden("You are not an admin of pool " + poolId);
        }
        return pool;
    }

    /**
     * The same membership check for a staff user known by id, where no container caller exists (a subscription's
     * updates, authorized by a ticket the user obtained when signed in).
     */
    public void requireMember(long poolId, long staffUserId, boolean institutionAdmin) {
        if (!institutionAdmin && pools.findMember(poolId, staffUserId).isEmpty()) {
            throw DomainException.forbidden("You are not a member of pool " + poolId);
        }
    }

    /**
     * The sender number, if the caller may read its traffic: a pool's number for the pool's members, a personal
     * number for its owner, any for institution admins.
     */
    public SenderNumber requireSenderAccess(long senderNumberId) {
        boolean admin = identity.callerIsInstitutionAdmin();
        SenderNumber sender = pools.findSender(senderNumberId).orElseThrow(() -> admin
                ? DomainException.notFound("Sender number", senderNumberId)
                : DomainException.forbidden("You cannot see sender number " + senderNumberId));
        if (sender.getPool() != null) {
            requireMember(sender.getPool().getId());
        } else if (!admin && !sender.getStaffUserId().equals(identity.caller().getId())) {
            throw DomainException.forbidden("You cannot see sender number " + senderNumberId);
        }
        return sender;
    }

    /** The pools whose traffic the caller sees: all of them for an institution admin, else their memberships. */
    public List<Pool> visiblePools() {
        return identity.callerIsInstitutionAdmin() ? pools.findAll() : pools.findByMember(identity.caller().getId());
    }

    /** The caller's access to the pool: ADMIN for institution admins, empty for non-members. */
    public Optional<PoolAccess> callerAccess(Pool pool) {
        if (identity.callerIsInstitutionAdmin()) {
            return Optional.of(PoolAccess.ADMIN);
        }
        return membership(pool).map(PoolMember::getAccess);
    }

    private Optional<PoolMember> membership(Pool pool) {
        StaffUser caller = identity.caller();
        return pools.findMember(pool.getId(), caller.getId());
    }

    private Pool existing(long poolId) {
        // To anyone but an institution admin, unknown and forbidden look alike, so pool ids cannot be probed.
        return pools.find(poolId).orElseThrow(() -> identity.callerIsInstitutionAdmin()
                ? DomainException.notFound("Pool", poolId)
                : DomainException.forbidden("You are not a member of pool " + poolId));
    }
}
