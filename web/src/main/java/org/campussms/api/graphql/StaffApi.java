package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.campussms.identity.application.IdentityService;
import org.campussms.pool.application.PoolService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
public class StaffApi {

    @Inject
    private IdentityService identity;

    @Inject
    private PoolService pools;

    @Query("me")
    @Description("The signed-in staff user.")
    @NonNull
    public Me me() {
        return Me.of(identity.currentProfile());
    }

    @Query("pools")
    @Description("The pools the caller may send from.")
    @NonNull
    public List<@NonNull Pool> pools() {
        return pools.poolsForCaller().stream().map(Pool::of).toList();
    }
}
