package org.campussms.api.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campussms.api.http.ApiErrorCode;
import org.campussms.api.http.ErrorResponses;

/**
 * GET /graphql needs no token so that a browser's websocket can open (web.xml); this lets only the websocket
 * upgrade through, and only from the pages of the origins {@link LiveSocketOrigins} allows (403 otherwise). Any other
 * GET is refused, 401 without a sign-in and 405 with one: queries go by POST, with a bearer token.
 */
@WebFilter(urlPatterns = "/graphql")
public class WebSocketUpgradeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean upgrade = "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
        if ("GET".equals(request.getMethod()) && upgrade
                && !new LiveSocketOrigins().checkOrigin(request.getHeader("Origin"))) {
            ErrorResponses.send(response, HttpServletResponse.SC_FORBIDDEN, ApiErrorCode.FORBIDDEN,
                    "Pages of this origin may not open the live connection (PUBLIC_BASE_URL, ALLOWED_ORIGINS)");
            return;
        }
        if ("GET".equals(request.getMethod()) && !upgrade) {
            boolean signedIn = request.getUserPrincipal() != null;
            ErrorResponses.send(response,
                    signedIn ? HttpServletResponse.SC_METHOD_NOT_ALLOWED : HttpServletResponse.SC_UNAUTHORIZED,
                    signedIn ? ApiErrorCode.METHOD_NOT_ALLOWED : ApiErrorCode.UNAUTHENTICATED,
                    "GET /graphql opens the websocket; send queries by POST with a bearer token");
            return;
        }
        chain.doFilter(request, response);
    }
}
