package org.campussms.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campussms.platform.Settings;

/**
 * The browser security headers of every response of the API, the webhooks, the exports and the probes: nothing here
 * is a page, so nothing may load, frame or run it ({@code default-src 'none'; frame-ancestors 'none'}), no type is
 * guessed, no address leaks in a Referer, and browsers keep to https once they have seen it (HSTS, when served over
 * https or behind an https PUBLIC_BASE_URL). GraphiQL, a page, is served in development only and keeps its own.
 * The browser inbox (/app) sends its own policy.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";
    /** Where SmallRye's GraphiQL page lives. */
    static final String GRAPHIQL = "/graphql-ui";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(GRAPHIQL)) {
            if (!Settings.isDevelopment(Settings.environment())) {
                ErrorResponses.send(response, HttpServletResponse.SC_NOT_FOUND, ApiErrorCode.NOT_FOUND,
                        "GraphiQL is served when CAMPUS_ENV=development only");
                return;
            }
        } else {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure() || System.getProperty("campus.public-base-url", "").startsWith("https://")) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
