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
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class PoolApi {

    @Inject
    private PoolService pools;

    @Query("pools")
    @Description("The pools the caller may send from: all of them for institution admins.")
    @NonNull
    public List<@NonNull Pool> pools() {
        return pools.poolsForCaller().stream().map(Pool::of).toList();
    }

    @Type("StaffEntry")
    @Description("A staff user, as found to add to a pool.")
    public record StaffEntry(@Id @NonNull String staffUserId, @NonNull String name, String email) {
    }

    @Query("searchStaff")
    @Description("Staff whose name (any word of it) or email starts with the text, case-insensitive, to add to a "
            + "pool; up to 50. For pool admins and institution admins.")
    @NonNull
    public List<@NonNull StaffEntry> searchStaff(@NonNull String text, @DefaultValue("20") int limit) {
        return pools.searchStaff(text, limit).stream()
                .map(s -> new StaffEntry(String.valueOf(s.staffUserId()), s.name(), s.email())).toList();
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

    @Mutation("setPoolSendingWindow")
    @Description("When the pool's bulk sends may text, in each recipient's time zone: HH:MM-HH:MM, e.g. 08:00-21:00 "
            + "(00:00-24:00: always). Pool admins and institution admins only.")
    @NonNull
    public Pool setPoolSendingWindow(@Id @NonNull String poolId, @NonNull String window) {
        return Pool.of(pools.changeSendingWindow(Ids.parse(poolId, "Pool"), window));
    }

    @Mutation("setPoolAssignOnAnswer")
    @Description("Whether a member's text to an unassigned conversation of the pool gives it to them (pool admins).")
    @NonNull
    public Pool setPoolAssignOnAnswer(@Id @NonNull String poolId, boolean assign) {
        return Pool.of(pools.changeAssignOnAnswer(Ids.parse(poolId, "Pool"), assign));
    }

    @Mutation("setPoolUnansweredAlert")
    @Description("After how many working hours (1 to 90) the pool's members are emailed about a reply nobody "
            + "answered, once per reply; null: never. Pool admins and institution admins only.")
    @NonNull
    public Pool setPoolUnansweredAlert(@Id @NonNull String poolId, Integer workingHours) {
        return Pool.of(pools.changeUnansweredAlert(Ids.parse(poolId, "Pool"), workingHours));
    }
}
