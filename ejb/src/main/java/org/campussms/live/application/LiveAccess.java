package org.campussms.live.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;

/**
 * What a live listener may see, read when it starts. Its staff user is known by id rather than as the container's
 * caller: a subscription's connection carries no container identity, and the web layer vouches for the id with a
 * signed ticket the user obtained while signed in.
 */
@Stateless
@PermitAll
public class LiveAccess {

    @Inject
    private PoolLookup pools;

    /** The pools whose traffic the staff user sees as a member. */
    public Set<Long> poolIdsOf(long staffUserId) {
        return pools.findByMember(staffUserId).stream().map(Pool::getId).collect(Collectors.toSet());
    }
}
