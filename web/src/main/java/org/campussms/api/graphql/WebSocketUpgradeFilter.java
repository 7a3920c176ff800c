package org.campussms.api.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campussms.api.http.ErrorResponses;

/**
 * GET /graphql needs no token so that a browser's websocket can open (web.xml); this lets only the websocket
 * upgrade through unauthenticated. A query over GET without a token is refused as any request without one is.
 */
@WebFilter(urlPatterns = "/graphql")
public class WebSocketUpgradeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && request.getUserPrincipal() == null
                && !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            ErrorResponses.send(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED",
                    "Sign in: send a bearer token");
            return;
        }
        chain.doFilter(request, response);
    }
}
