package org.campussms.api.operations;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.campussms.platform.metrics.Counters;

/**
 * Counts the answers Twilio's webhooks get, by HTTP status ({@code campus_webhook_responses_total}): a run of 403s
 * or 503s is what an operator needs to see first.
 */
@WebFilter(urlPatterns = "/webhooks/*")
public class WebhookResponseCounter extends HttpFilter {

    @Inject
    private Counters counters;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            counters.increment(Counters.WEBHOOK_RESPONSES, String.valueOf(response.getStatus()));
        }
    }
}
