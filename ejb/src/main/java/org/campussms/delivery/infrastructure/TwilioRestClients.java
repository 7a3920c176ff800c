package org.campussms.delivery.infrastructure;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.apache.hc.client5.http.HttpRoute;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Twilio SDK's client with our timeouts in force and no retries of its own.
 *
 * <p>The SDK sets its own request configuration on every request (a 30.5 s connect timeout), which would replace
 * ours; an interceptor at the head of the client's chain puts ours back. The SDK also repeats a request that got a
 * 5xx up to three times, a POST included: a 5xx on a send can mean the text went out, so one more POST could text
 * the person twice. Every request here is made exactly once; the callers decide what a failure means.
 */
final class TwilioRestClients {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(15);
    /** Waiting for a free pooled connection: they are all busy with a slow carrier. */
    private static final Duration LEASE_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_CONNECTIONS = 64;

    private TwilioRestClients() {
    }

    /**
     * @param apiBase where every API call goes instead of the host the SDK addresses (the carrier fake), if present
     */
    static TwilioRestClient create(String accountSid, String authToken, Optional<String> apiBase, Duration connect,
            Duration read) {
        RequestConfig timeouts = RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(LEASE_TIMEOUT))
                .setConnectTimeout(Timeout.of(connect))
                .setResponseTimeout(Timeout.of(read))
                .build();
        ExecChainHandler ourTimeouts = (request, scope, chain) -> {
            scope.clientContext.setRequestConfig(timeouts);
            return chain.proceed(request, scope);
        };
        HttpClientBuilder http = HttpClientBuilder.create()
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .addExecInterceptorFirst("campus-timeouts", ourTimeouts)
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connect))
                                .setSocketTimeout(Timeout.of(read))
                                .build())
                        .build())
                .setDefaultRequestConfig(timeouts);
        apiBase.ifPresent(base -> {
            HttpHost target = HttpHost.create(URI.create(base));
            // Every request goes to that host, whatever host the SDK addressed.
            HttpRoutePlanner toBase = (host, context) -> new HttpRoute(target);
            http.setRoutePlanner(toBase);
        });
        return new TwilioRestClient.Builder(accountSid, authToken).httpClient(new SingleAttempt(http)).build();
    }

    /** The SDK's HTTP client without its retries. */
    private static final class SingleAttempt extends NetworkHttpClient {

        SingleAttempt(HttpClientBuilder http) {
            super(http);
        }

        @Override
        public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
            return makeRequest(request);
        }
    }
}
