package org.campussms.live.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.campussms.conversation.application.InboundReceived;
import org.campussms.conversation.application.InboundView;
import org.campussms.conversation.application.ReadStateChanged;
import org.campussms.live.application.LiveEvent.Audience;
import org.campussms.platform.Settings;
import org.campussms.live.application.LiveEvent.Kind;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    private final List<Runnable> executorTasks = new ArrayList<>();
    private final List<LiveChange> passedOn = new ArrayList<>();
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
        inject("broadcast", (LiveChangeBroadcast) passedOn::add);
        // A node of a cluster: a server on its own passes nothing on.
        inject("settings", new Settings() {
            @Override
            public boolean clustered() {
                return true;
            }
        });
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

    @Test
    void aReplyCommittedHereIsDeliveredHereThenPassedToTheOtherServers() {
        List<String> delivered = new ArrayList<>();
        feed.listen(new LiveFeed.Listener(1, false, Set.of(7L), event -> delivered.add(event.kind() + " with "
                + passedOn.size() + " passed on"), why -> { }));

        feed.replied(new InboundReceived(reply(), Set.of()));
        new ArrayList<>(executorTasks).forEach(Runnable::run);

        assertEquals(List.of("REPLY with 0 passed on"), delivered, "delivered here first");
        assertEquals(1, passedOn.size());
        LiveChange.Event passed = (LiveChange.Event) passedOn.get(0);
        assertEquals(Kind.REPLY, passed.event().kind());
        assertEquals(41, passed.event().reply().id());
    }

    @Test
    void aChangeFromAnotherServerReachesListenersHereAndIsNotPassedOnAgain() {
        List<LiveEvent> delivered = new ArrayList<>();
        feed.listen(new LiveFeed.Listener(1, false, Set.of(7L), delivered::add, why -> { }));

        feed.heard(new LiveChange.Event("another server", event(Kind.UNREAD, 3)));
        new ArrayList<>(executorTasks).forEach(Runnable::run);

        assertEquals(List.of(event(Kind.UNREAD, 3)), delivered);
        assertEquals(List.of(), passedOn);
    }

    @Test
    void thisServersOwnChangesComingBackAreNotDeliveredTwice() {
        List<LiveEvent> delivered = new ArrayList<>();
        feed.listen(new LiveFeed.Listener(1, false, Set.of(7L), delivered::add, why -> { }));
        feed.readStateChanged(new ReadStateChanged(4, 7L, null, 0, 1L,
                Instant.EPOCH));
        new ArrayList<>(executorTasks).forEach(Runnable::run);
        executorTasks.clear();

        feed.heard(passedOn.get(0));
        new ArrayList<>(executorTasks).forEach(Runnable::run);

        assertEquals(1, delivered.size(), delivered.toString());
    }

    @Test
    void anAccessChangeOnAnotherServerEndsTheUsersListenersHere() {
        List<String> ended = new ArrayList<>();
        feed.listen(new LiveFeed.Listener(11, false, Set.of(7L), event -> { }, ended::add));
        feed.listen(new LiveFeed.Listener(12, false, Set.of(7L), event -> { }, ended::add));

        feed.heard(new LiveChange.AccessChanged("another server", 11, 7));
        new ArrayList<>(executorTasks).forEach(Runnable::run);

        assertEquals(List.of("Your access to pool 7 changed; subscribe again"), ended);
    }

    private static InboundView reply() {
        return new InboundView(41, 3L, 7L, "+12015550123", "+12015550100",
                "Hi", Instant.EPOCH, null, null, null, null);
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
