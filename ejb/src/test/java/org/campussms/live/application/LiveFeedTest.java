package org.campussms.live.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.campussms.live.application.LiveEvent.Audience;
import org.campussms.live.application.LiveEvent.Kind;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    private final List<Runnable> executorTasks = new ArrayList<>();
    private final LiveFeed feed = new LiveFeed();

    LiveFeedTest() throws ReflectiveOperationException {
        // The container injects these; here, an executor that only collects its tasks, and no status watch.
        inject("executor", Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("execute")) {
                        executorTasks.add((Runnable) args[0]);
                    }
                    return null;
                }));
        inject("textStatuses", new TextStatusWatch() {
            @Override
            synchronized void start() {
            }
        });
    }

    private void inject(String field, Object value) throws ReflectiveOperationException {
        Field declared = LiveFeed.class.getDeclaredField(field);
        declared.setAccessible(true);
        declared.set(feed, value);
    }

    private static LiveEvent event(Kind kind, long conversationId) {
        return new LiveEvent(kind, Audience.of(7L, null), Instant.EPOCH, conversationId, null, null, 0, null, null);
    }

    @Test
    void changesReachListenersOnTheExecutorInTheOrderTheyCameNeverOnTheCommittingThread() {
        List<String> delivered = new ArrayList<>();
        feed.listen(new LiveFeed.Listener(1, false, Set.of(7L),
                event -> delivered.add(event.kind() + " " + event.conversationId() + " on " + Thread.currentThread()
                        .getName()), why -> { }));

        feed.publish(event(Kind.UNREAD, 1));
        feed.publish(event(Kind.READ, 1));
        feed.publish(event(Kind.UNREAD, 2));

        assertEquals(List.of(), delivered, "nothing is delivered on the thread that published");
        Thread executor = new Thread(() -> new ArrayList<>(executorTasks).forEach(Runnable::run), "executor");
        executor.start();
        assertEquals(true, join(executor));
        assertEquals(List.of("UNREAD 1 on executor", "READ 1 on executor", "UNREAD 2 on executor"), delivered);
    }

    @Test
    void aListenerOutsideTheAudienceHearsNothing() {
        List<LiveEvent> delivered = new ArrayList<>();
        feed.listen(new LiveFeed.Listener(2, false, Set.of(8L), delivered::add, why -> { }));

        feed.publish(event(Kind.READ, 1));
        new ArrayList<>(executorTasks).forEach(Runnable::run);

        assertEquals(List.of(), delivered);
    }

    private static boolean join(Thread thread) {
        try {
            thread.join(10_000);
            return !thread.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
