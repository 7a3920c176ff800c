package org.campussms.api.graphql;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.campussms.api.graphql.BulkSendTypes.AudienceInput;
import org.campussms.api.graphql.BulkSendTypes.BulkSendPlan;
import org.campussms.api.graphql.BulkSendTypes.BulkSendProgress;
import org.campussms.bulksend.application.BulkProgressView;
import org.campussms.bulksend.application.BulkSendService;
import org.campussms.live.application.LiveConnection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class BulkSendApi {

    private static final long POLL_MILLIS = 500;

    @Inject
    private BulkSendService bulkSends;

    @Inject
    private LiveSubscriptions live;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Mutation("planBulkSend")
    @Description("Plans a text to many people from a pool the caller is a member of; nothing is sent yet.")
    @NonNull
    public BulkSendPlan planBulkSend(@Id @NonNull String poolId, @NonNull AudienceInput audience,
            RecordType recordType, @NonNull String body) {
        return BulkSendPlan.of(bulkSends.plan(Ids.parse(poolId, "Pool"), audience.toAudience(),
                recordType == null ? null : recordType.toDomain(), body));
    }

    @Mutation("startBulkSend")
    @Description("Starts a planned bulk send and returns at once; follow it with bulkSend(id) or bulkSendProgress.")
    @NonNull
    public BulkSendProgress startBulkSend(@Id @NonNull String planId) {
        return BulkSendProgress.of(bulkSends.start(Ids.parse(planId, "Bulk send")));
    }

    @Query("bulkSend")
    @NonNull
    public BulkSendProgress bulkSend(@Id @NonNull String id) {
        return BulkSendProgress.of(bulkSends.progress(Ids.parse(id, "Bulk send")));
    }

    @Subscription("bulkSendProgress")
    @Description("The progress of a bulk send whenever it changes, until every text has a final status; a bulk send "
            + "that has not started answers once and ends. Needs a ticket in connection_init's payload (see "
            + "subscriptionTicket).")
    public Multi<BulkSendProgress> bulkSendProgress(@Id @NonNull String id) {
        long bulkId = Ids.parse(id, "Bulk send");
        LiveConnection holder = live.subscriber();
        BulkProgressView first = bulkSends.progressForSubscriber(bulkId, holder.staffUserId(),
                holder.institutionAdmin());
        return live.open(holder, emitter -> {
            AtomicReference<BulkProgressView> last = new AtomicReference<>(first);
            emitter.emit(BulkSendProgress.of(first));
            if (first.finished() || !first.started()) {
                // Nothing will change until it starts (startBulkSend), which the caller knows of: no polling meanwhile.
                emitter.complete();
                return () -> { };
            }
            ScheduledFuture<?> polling = scheduler.scheduleWithFixedDelay(() -> {
                try {
                    BulkProgressView now = bulkSends.progressForSubscriber(bulkId, holder.staffUserId(),
                            holder.institutionAdmin());
                    if (!now.equals(last.getAndSet(now))) {
                        emitter.emit(BulkSendProgress.of(now));
                    }
                    if (now.finished()) {
                        emitter.complete();
                    }
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            }, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
            return () -> polling.cancel(false);
        });
    }
}
