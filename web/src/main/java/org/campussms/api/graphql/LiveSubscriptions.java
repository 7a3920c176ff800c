package org.campussms.api.graphql;

import graphql.ExecutionInput;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.campussms.live.application.LiveConnection;

/**
 * What every live subscription shares: who opened it (the holder of the ticket its connection was opened with), a
 * bounded buffer drained on the server's executor (never on the thread that committed the change), and an end when
 * the sign-in it was opened under ends.
 */
@ApplicationScoped
public class LiveSubscriptions {

    /** The most events held for one subscriber that is not reading; past it the subscriber is dropped. */
    static final int BUFFER = 256;

    @Inject
    private Context context;

    @Inject
    private Clock clock;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Resource
    private ManagedExecutorService executor;

    /** Who opened the subscription being resolved: the holder of the ticket its connection was opened with. */
    LiveConnection subscriber() {
        LiveConnection connection = LiveSocketHandler.connectionOf(
                context.unwrap(ExecutionInput.class).getGraphQLContext());
        if (connection == null) {
            // OperationLimits lets subscriptions through on opened websocket connections only; this is the last word.
            throw new ApiError.Unauthenticated("Subscriptions run on a websocket opened with a ticket from "
                    + "subscriptionTicket");
        }
        return connection;
    }

    /**
     * A subscription fed by {@code source}, which starts emitting and returns how to stop; it fails with
     * SUBSCRIBE_AGAIN when the holder's sign-in ends.
     */
    <T> Multi<T> open(LiveConnection holder, Function<MultiEmitter<? super T>, Runnable> source) {
        return Multi.createFrom().<T>emitter(emitter -> {
            Duration left = Duration.between(clock.instant(), holder.signInEnds());
            if (left.isNegative()) {
                fail(emitter, signInEnded());
                return;
            }
            // The source may end the subscription while it starts (a bulk send already finished): whatever has
            // started by the time it ends is stopped, once.
            AtomicBoolean ended = new AtomicBoolean();
            AtomicReference<Runnable> stop = new AtomicReference<>();
            Runnable stopOnce = () -> {
                Runnable s = stop.getAndSet(null);
                if (s != null) {
                    s.run();
                }
            };
            ScheduledFuture<?> end = scheduler.schedule(() -> fail(emitter, signInEnded()), left.toMillis(),
                    TimeUnit.MILLISECONDS);
            emitter.onTermination(() -> {
                ended.set(true);
                end.cancel(false);
                stopOnce.run();
            });
            stop.set(source.apply(emitter));
            if (ended.get()) {
                stopOnce.run();
            }
        }, BackPressureStrategy.BUFFER)
                // A subscriber that stops reading is dropped (it subscribes again and reloads), not buffered for.
                .onOverflow().buffer(BUFFER)
                // Each subscription writes to its socket on the executor: a slow client holds up nobody else.
                .emitOn(executor);
    }

    /**
     * Ends a subscription with this error as the web module. SmallRye reads which messages (and codes) clients may
     * see from the configuration the thread's class loader sees, and the live feed ends subscriptions from the EJB
     * module's threads, which do not see the web module's: the client would get "System error" and no code.
     */
    static void fail(MultiEmitter<?> emitter, ApiError error) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(LiveSubscriptions.class.getClassLoader());
        try {
            emitter.fail(error);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static ApiError signInEnded() {
        return new ApiError.SubscribeAgain("Your sign-in ended; sign in again and subscribe with a fresh ticket");
    }
}
