package org.campussms.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.campussms.platform.Settings;

/**
 * The browser security headers of the inbox's pages and files: its Content-Security-Policy ({@link AppPolicy}, with
 * a fresh style nonce for each response that {@link AppDocument} writes into the page), no type guessing, no
 * Referer, and HSTS where it is served over https. Source maps are served in development only
 * (CAMPUS_ENV=development): elsewhere they would hand out the app's source for nothing.
 */
@WebFilter(urlPatterns = "/*")
public class AppSecurityHeaders extends HttpFilter {

    static final String HSTS = "max-age=31536000; includeSubDomains";
    /** The request attribute holding this response's style nonce, for {@link AppDocument}. */
    static final String NONCE = "campus.csp-nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AppPolicy policy;

    @Override
    public void init() {
        policy = AppPolicy.fromEnvironment();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.endsWith(".map") && !Settings.isDevelopment(Settings.environment())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String nonce = Base64.getEncoder().encodeToString(random);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", policy.header(nonce));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure() || policy.publicBaseUrl().startsWith("https://")) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        chain.doFilter(request, response);
    }
}
