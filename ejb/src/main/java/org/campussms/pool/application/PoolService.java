package org.campussms.pool.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.infrastructure.PoolRepository;

@Stateless
@RolesAllowed(Roles.STAFF)
public class PoolService {

    @Inject
    private IdentityService identity;

    @Inject
    private PoolRepository pools;

    /** The pools the caller may send from: all of them for an institution admin, else their memberships. */
    public List<PoolSummary> poolsForCaller() {
        List<Pool> visible = identity.callerIsInstitutionAdmin()
                ? pools.findAll()
                : pools.findByMember(identity.caller().getId());
        return visible.stream().map(p -> new PoolSummary(p.getId(), p.getName())).toList();
    }
}
