package org.campussms.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The app's one page, index.html, with this response's style nonce in its {@code csp-nonce} meta tag: React Aria
 * puts a few {@code <style>} elements into the page and marks them with that nonce, which the policy
 * ({@link AppPolicy}) allows, and no other inline style. {@link SinglePageFallback} sends every page address here.
 */
@WebServlet(AppDocument.PATH)
public class AppDocument extends HttpServlet {

    static final String PATH = "/app-document";
    /** What the build leaves in index.html's meta tag, for the nonce to replace. */
    static final String PLACEHOLDER = "__CSP_NONCE__";

    private volatile String template;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        Object nonce = request.getAttribute(AppSecurityHeaders.NONCE);
        if (nonce == null) {
            throw new ServletException("AppSecurityHeaders must run before the document is served");
        }
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(template().replace(PLACEHOLDER, nonce.toString()));
    }

    private String template() throws IOException {
        String read = template;
        if (read == null) {
            try (InputStream in = getServletContext().getResourceAsStream("/index.html")) {
                if (in == null) {
                    throw new IOException("index.html is missing from the app's build");
                }
                read = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            template = read;
        }
        return read;
    }
}
