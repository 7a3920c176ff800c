package org.campussms.api.graphql;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campussms.identity.application.IdentityService;

/**
 * Records the caller's sign-in before any GraphQL operation or export runs, so every operation (not only {@code me})
 * finds the staff user, also for someone whose first request is an export. Runs after the container's OIDC check:
 * only authenticated staff get here.
 */
@WebFilter(urlPatterns = {"/graphql/*", "/exports/*"})
public class StaffSignInFilter extends HttpFilter {

    @Inject
    private IdentityService identity;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            TokenClaims claims = TokenClaims.of(request);
            identity.signIn(claims.text("name"), claims.text("email"));
        }
        chain.doFilter(request, response);
    }
}
