package org.campussms.api.operations;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.campussms.operations.application.HealthChecks;
import org.campussms.operations.application.Readiness;

/**
 * {@code /health/live}: 200 while the application answers at all. {@code /health/ready}: 200 when the database, the
 * broker and the carrier's credentials are there, else 503 naming the failing checks. Both answer JSON.
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {

    @Inject
    private HealthChecks health;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        if (request.getServletPath().endsWith("/live")) {
            response.getWriter().write("{\"status\":\"UP\"}");
            return;
        }
        Readiness readiness = health.readiness();
        response.setStatus(readiness.ready() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        String checks = readiness.checks().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(c -> "\"" + c.getKey() + "\":\"" + (c.getValue() ? "UP" : "DOWN") + "\"")
                .collect(Collectors.joining(","));
        response.getWriter().write("{\"status\":\"" + (readiness.ready() ? "UP" : "DOWN") + "\",\"checks\":{"
                + checks + "}}");
    }
}
