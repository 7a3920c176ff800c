package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.campussms.pool.application.PoolService;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class PoolApi {

    @Inject
    private PoolService pools;

    @Query("pools")
    @Description("The pools the caller may send from.")
    @NonNull
    public List<@NonNull Pool> pools() {
        return pools.poolsForCaller().stream().map(Pool::of).toList();
    }

    @Query("pool")
    @Description("One pool, for its members and institution admins (FORBIDDEN for anyone else).")
    @NonNull
    public Pool pool(@Id @NonNull String id) {
        return Pool.of(pools.pool(Ids.parse(id, "Pool")));
    }

    @Mutation("createPool")
    @Description("Institution admins only.")
    @NonNull
    public Pool createPool(@NonNull String name) {
        return Pool.of(pools.createPool(name));
    }

    @Mutation("setPoolMember")
    @Description("Adds a staff user to the pool or changes their access. Pool admins and institution admins only.")
    @NonNull
    public Pool setPoolMember(@Id @NonNull String poolId, @Id @NonNull String staffUserId,
            @NonNull PoolAccess access) {
        return Pool.of(pools.setMember(Ids.parse(poolId, "Pool"), Ids.parse(staffUserId, "Staff user"),
                access.toDomain()));
    }

    @Mutation("removePoolMember")
    @NonNull
    public Pool removePoolMember(@Id @NonNull String poolId, @Id @NonNull String staffUserId) {
        return Pool.of(pools.removeMember(Ids.parse(poolId, "Pool"), Ids.parse(staffUserId, "Staff user")));
    }

    @Mutation("addPoolNumber")
    @Description("Adds a sender number (E.164, or national in the default region) to the pool.")
    @NonNull
    public Pool addPoolNumber(@Id @NonNull String poolId, @NonNull String number, @NonNull SenderKind kind,
            @Description("Defaults to the kind's rate.") Integer segmentsPerSecond) {
        return Pool.of(pools.addNumber(Ids.parse(poolId, "Pool"), number, kind.toDomain(), segmentsPerSecond));
    }

    @Mutation("setPoolFooter")
    @Description("Null or blank text restores the standard footer.")
    @NonNull
    public Pool setPoolFooter(@Id @NonNull String poolId, String text,
            @DefaultValue("182") int intervalDays) {
        return Pool.of(pools.changeFooter(Ids.parse(poolId, "Pool"), text, intervalDays));
    }
}
