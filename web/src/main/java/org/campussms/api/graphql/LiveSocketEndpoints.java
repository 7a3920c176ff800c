package org.campussms.api.graphql;

import jakarta.websocket.Endpoint;
import jakarta.websocket.server.ServerApplicationConfig;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Set;

/**
 * The websocket endpoints this application serves: {@link LiveSocket} only. SmallRye GraphQL's own endpoint at the
 * same path, which acknowledges any connection and runs any operation, is left out.
 */
public class LiveSocketEndpoints implements ServerApplicationConfig {

    @Override
    public Set<ServerEndpointConfig> getEndpointConfigs(Set<Class<? extends Endpoint>> scanned) {
        return Set.of();
    }

    @Override
    public Set<Class<?>> getAnnotatedEndpointClasses(Set<Class<?>> scanned) {
        return Set.of(LiveSocket.class);
    }
}
