package org.campussms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campussms.it.support.Deployments;
import org.campussms.it.support.StaffSession;
import org.campussms.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser is told about every response: the inbox's Content-Security-Policy (scripts from this server only,
 * connections to it, its websocket and the sign-in provider, no framing), the API's (nothing loads, nothing frames),
 * no type guessing, no Referer; and what is served outside development: no GraphiQL, no source maps.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.campusSms();
    }

    @Test
    void theInboxsPagesAndFilesCarryItsPolicy() {
        String self = TestEnvironment.baseUrl();
        String signIn = "http://localhost:" + System.getProperty("it.signin.port");
        for (String path : new String[] {"/app/", "/app/conversations/12", "/app/launcher.js"}) {
            HttpResponse<String> page = get(path);
            assertEquals(200, page.statusCode(), path);
            String policy = header(page, "Content-Security-Policy");
            assertTrue(policy.contains("script-src 'self'"), path + ": " + policy);
            assertTrue(policy.contains("frame-ancestors 'none'"), path + ": " + policy);
            assertTrue(policy.contains("connect-src 'self' " + self.replace("http", "ws") + " " + signIn),
                    path + ": " + policy);
            assertEquals("nosniff", header(page, "X-Content-Type-Options"), path);
            assertEquals("no-referrer", header(page, "Referrer-Policy"), path);
            assertEquals("", header(page, "Strict-Transport-Security"), "plain http here: " + path);
        }
        HttpResponse<String> first = get("/app/");
        HttpResponse<String> second = get("/app/index.html");
        String nonce = nonceOf(header(first, "Content-Security-Policy"));
        assertTrue(first.body().contains("<meta name=\"csp-nonce\" content=\"" + nonce + "\""),
                "the page carries its response's style nonce: " + first.body());
        assertFalse(nonce.equals(nonceOf(header(second, "Content-Security-Policy"))), "a new nonce each time");
        assertTrue(second.body().contains(nonceOf(header(second, "Content-Security-Policy"))));
    }

    private static String nonceOf(String policy) {
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), policy);
        return nonce.group(1);
    }

    @Test
    void sourceMapsAndGraphiqlAreNotServedOutsideDevelopment() {
        String index = get("/app/").body();
        Matcher script = Pattern.compile("src=\"(/app/assets/[^\"]+\\.js)\"").matcher(index);
        assertTrue(script.find(), index);

        HttpResponse<String> code = get(script.group(1));
        assertEquals(200, code.statusCode());
        assertEquals("nosniff", header(code, "X-Content-Type-Options"));
        assertEquals(404, get(script.group(1) + ".map").statusCode(), "no source map");
        HttpResponse<String> graphiql = get("/graphql-ui/");
        assertEquals(404, graphiql.statusCode(), graphiql.body());
        assertFalse(graphiql.body().toLowerCase().contains("graphiql<"), graphiql.body());
    }

    @Test
    void theApiAndItsRefusalsLoadNothingAndFrameNothing() {
        StaffSession dana = StaffSession.staff("Dana Advisor");

        String me = "{\"query\":\"{ me { id } }\"}";
        HttpResponse<String> answered = post("/graphql", dana.token(), "application/json", me);
        HttpResponse<String> refused = post("/graphql", dana.token(), "text/plain", me);
        HttpResponse<String> anonymous = post("/graphql", null, "application/json", me);
        HttpResponse<String> probe = get("/health/live");

        assertEquals(200, answered.statusCode());
        assertEquals(415, refused.statusCode());
        assertEquals(401, anonymous.statusCode());
        for (HttpResponse<String> response : List.of(answered, refused, anonymous, probe)) {
            String what = response.request().method() + " " + response.uri().getPath() + " " + response.statusCode();
            assertTrue(header(response, "Content-Security-Policy").startsWith("default-src 'none'; "
                    + "frame-ancestors 'none'"), what + ": " + header(response, "Content-Security-Policy"));
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), what);
            assertEquals("no-referrer", header(response, "Referrer-Policy"), what);
        }
        assertTrue(anonymous.body().contains("UNAUTHENTICATED"), "a sentence, not the container's page: "
                + anonymous.body());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl() + path)).GET());
    }

    private static HttpResponse<String> post(String path, String token, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestEnvironment.baseUrl() + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
