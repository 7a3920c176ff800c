package org.campussms.live.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

/**
 * Tells every server, through the database, that this server's live connections are still open, so that a user's
 * connections are counted on all servers and those of a server that died stop counting.
 */
@Singleton
@Startup
// Timer callbacks have no caller identity.
@PermitAll
public class LiveConnectionHeartbeat {

    @Resource
    private TimerService timers;

    @Inject
    private OpenLiveConnections open;

    @Inject
    private LiveConnections connections;

    @PostConstruct
    void start() {
        long every = LiveConnections.HEARTBEAT.toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("live-connection-heartbeat", false));
    }

    @Timeout
    void beat() {
        connections.stillOpen(open.ids());
    }
}
