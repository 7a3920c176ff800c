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
 * upgrade through unauthenticated. Any other GET is refused unless the container authenticated it: queries go by
 * POST, with a bearer token.
 */
@WebFilter(urlPatterns = "/graphql")
public class WebSocketUpgradeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && request.getUserPrincipal() == null
                && !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            ErrorResponses.send(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED",
                    "GET /graphql opens the websocket; send queries by POST with a bearer token");
            return;
        }
        chain.doFilter(request, response);
    }
}
