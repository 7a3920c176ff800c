package org.campussms.api.graphql;

import jakarta.websocket.server.ServerEndpointConfig;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.campussms.platform.WebOrigins;

/**
 * Which web pages may open the live websocket: those of this server's public origin (PUBLIC_BASE_URL) and of the
 * origins in ALLOWED_ORIGINS. A browser sends the page's origin with every websocket upgrade; refusing the others
 * keeps another site's page from opening a connection with a ticket it got hold of. A client that sends no origin
 * is refused too.
 */
public class LiveSocketOrigins extends ServerEndpointConfig.Configurator {

    @Override
    public boolean checkOrigin(String origin) {
        return origin != null && allowed().contains(origin.strip().toLowerCase(Locale.ROOT));
    }

    static Set<String> allowed() {
        Set<String> allowed = new HashSet<>(WebOrigins.ofList(System.getProperty("campus.allowed-origins", "")));
        allowed.add(WebOrigins.of(System.getProperty("campus.public-base-url", "http://localhost:8080")));
        return allowed;
    }
}
