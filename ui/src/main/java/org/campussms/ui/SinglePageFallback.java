package org.campussms.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser app's own addresses (/app/conversations/12 …) are pages of one document: a GET for a path with no file
 * behind it is answered with index.html, which the app then routes. Hashed assets may be cached for good; anything
 * else is checked again at each load, so a new release is picked up at once.
 */
@WebFilter("/*")
public class SinglePageFallback extends HttpFilter {

    private static final String DOCUMENT = "/index.html";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.startsWith("/assets/")) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            chain.doFilter(request, response);
            return;
        }
        if (!"GET".equals(request.getMethod()) || path.equals(UiSettings.PATH)) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", "no-cache");
        boolean isFile = !path.endsWith("/") && !path.equals(DOCUMENT)
                && getServletContext().getResource(path) != null;
        if (isFile) {
            chain.doFilter(request, response);
            return;
        }
        request.getRequestDispatcher(AppDocument.PATH).forward(request, response);
    }
}
