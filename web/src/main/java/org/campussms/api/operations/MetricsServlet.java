package org.campussms.api.operations;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.campussms.api.http.ApiErrorCode;
import org.campussms.api.http.ErrorResponses;
import org.campussms.operations.application.MetricsReport;
import org.campussms.platform.metrics.PrometheusText;

/**
 * {@code /metrics} in Prometheus's text format ({@link MetricsReport}), for the scraper that sends the configured
 * token ({@code Authorization: Bearer <METRICS_TOKEN>}). The figures tell how busy the service is and where its texts
 * go, which is nobody else's business: without a token configured, nobody reads them.
 */
@WebServlet(urlPatterns = "/metrics")
public class MetricsServlet extends HttpServlet {

    @Inject
    private MetricsReport metrics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = System.getProperty("campus.metrics-token", "");
        if (token.isBlank()) {
            ErrorResponses.send(response, HttpServletResponse.SC_FORBIDDEN, ApiErrorCode.FORBIDDEN,
                    "Metrics are off: set METRICS_TOKEN and send it as a bearer token");
            return;
        }
        if (!bearerIs(request.getHeader("Authorization"), token)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"metrics\"");
            ErrorResponses.send(response, HttpServletResponse.SC_UNAUTHORIZED, ApiErrorCode.UNAUTHENTICATED,
                    "Send the metrics token: Authorization: Bearer <METRICS_TOKEN>");
            return;
        }
        response.setContentType(PrometheusText.CONTENT_TYPE);
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(metrics.prometheusText());
    }

    /** Whether the header carries this token, compared in constant time. */
    static boolean bearerIs(String authorization, String token) {
        String prefix = "Bearer ";
        if (authorization == null || !authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        return MessageDigest.isEqual(authorization.substring(prefix.length()).strip()
                .getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
