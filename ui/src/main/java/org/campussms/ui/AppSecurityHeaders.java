package org.campussms.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser security headers of the inbox's pages and files: its Content-Security-Policy ({@link AppPolicy}), no
 * type guessing, no Referer, and HSTS where it is served over https. Source maps are served in development only
 * (CAMPUS_ENV=development): elsewhere they would hand out the app's source for nothing.
 */
@WebFilter(urlPatterns = "/*")
public class AppSecurityHeaders extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    private AppPolicy policy;

    @Override
    public void init() {
        policy = AppPolicy.fromEnvironment();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith(".map") && !"development".equals(System.getProperty("campus.environment", "").strip())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Content-Security-Policy", policy.header());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure() || policy.publicBaseUrl().startsWith("https://")) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
