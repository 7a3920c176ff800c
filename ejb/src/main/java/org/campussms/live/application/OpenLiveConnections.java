package org.campussms.live.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live connections open on this server, by id: what its heartbeat tells the other servers are still open. The
 * sockets themselves are this server's; nothing here is needed elsewhere.
 */
@ApplicationScoped
public class OpenLiveConnections {

    private final Set<Long> ids = ConcurrentHashMap.newKeySet();

    void opened(long id) {
        ids.add(id);
    }

    void closed(long id) {
        ids.remove(id);
    }

    List<Long> ids() {
        return List.copyOf(ids);
    }
}
