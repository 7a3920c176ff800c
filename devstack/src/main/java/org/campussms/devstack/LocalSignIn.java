package org.campussms.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local OpenID Connect provider standing in for the institution's SSO. It publishes discovery and keys like any
 * provider, so WildFly verifies its tokens exactly as it would verify the real ones.
 *
 * <p>The browser app ({@link #UI_CLIENT_ID}) signs in with the authorization-code flow and PKCE: the provider's
 * login page lists the demo users ({@link #DEMO_USERS}), one button each. Scripts get tokens with the
 * client-credentials grant, the {@code client_id} naming the user. Tests can also mint tokens for any user in-process
 * with {@link #issueToken}.
 */
public final class LocalSignIn implements AutoCloseable {

    public static final String ISSUER_ID = "campus";
    public static final String AUDIENCE = "campus-sms";
    /** The browser app's public client: no secret, PKCE. */
    public static final String UI_CLIENT_ID = "campus-sms-ui";

    /** client_id → the staff user a token for that client describes. */
    public static final List<StaffLogin> DEMO_USERS = List.of(
            new StaffLogin("demo-staff", "Dana Advisor", "dana.advisor@example.edu", List.of("staff")),
            new StaffLogin("demo-admin", "Avery Admin", "avery.admin@example.edu", List.of("staff", "admin")));

    private static final Logger LOG = Logger.getLogger(LocalSignIn.class.getName());
    private static final long TOKEN_SECONDS = 8 * 3600;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockOAuth2Server server;
    private final int port;

    private LocalSignIn(MockOAuth2Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** A staff user the local provider can sign in; the subject doubles as the demo client_id. */
    public record StaffLogin(String subject, String name, String email, List<String> roles) {

        Map<String, Object> claims() {
            return Map.of(
                    "sub", subject,
                    "aud", AUDIENCE,
                    "typ", "Bearer",
                    "name", name,
                    "email", email,
                    "preferred_username", subject,
                    "realm_access", Map.of("roles", roles));
        }

        /** What the login page adds to the browser app's tokens when this user is picked. */
        Map<String, Object> profileClaims() {
            return Map.of(
                    "name", name,
                    "email", email,
                    "preferred_username", subject,
                    "realm_access", Map.of("roles", roles));
        }
    }

    public static LocalSignIn start(int port) {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(configJson(loginPage())));
        try {
            server.start(InetAddress.getByName("127.0.0.1"), port);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        LocalSignIn signIn = new LocalSignIn(server, port);
        LOG.info(() -> "Local sign-in provider ready, issuer " + signIn.issuerUrl());
        return signIn;
    }

    /**
     * The issuer URL. It names {@code localhost}, as the provider URL WildFly is configured with must match the
     * token's {@code iss} exactly.
     */
    public String issuerUrl() {
        return issuerUrl(port);
    }

    public static String issuerUrl(int port) {
        return "http://localhost:" + port + "/" + ISSUER_ID;
    }

    public String tokenEndpoint() {
        return issuerUrl() + "/token";
    }

    /** A signed access token for any staff user, minted in-process (tests). */
    public String issueToken(StaffLogin login) {
        return issueTokenForAudience(login, AUDIENCE);
    }

    /** A signed access token that expires in {@code seconds} (tests of what ends with a sign-in). */
    public String issueToken(StaffLogin login, long seconds) {
        Map<String, Object> claims = new HashMap<>(login.claims());
        claims.put("aud", AUDIENCE);
        return server.issueToken(ISSUER_ID, login.subject(), AUDIENCE, claims, seconds).serialize();
    }

    /** A signed token meant for another application (tests of audience checks). */
    public String issueTokenForAudience(StaffLogin login, String audience) {
        Map<String, Object> claims = new HashMap<>(login.claims());
        claims.put("aud", audience);
        return server.issueToken(ISSUER_ID, login.subject(), audience, claims, TOKEN_SECONDS).serialize();
    }

    @Override
    public void close() {
        server.shutdown();
    }

    private static String configJson(Path loginPage) {
        List<Map<String, Object>> mappings = new ArrayList<>(DEMO_USERS.stream()
                .map(user -> Map.<String, Object>of("requestParam", "client_id", "match", user.subject(),
                        "claims", user.claims()))
                .toList());
        // The browser app's tokens: the API's audience (WildFly checks it) and the app's own (its ID token's).
        mappings.add(Map.of("requestParam", "client_id", "match", UI_CLIENT_ID,
                "claims", Map.of("aud", List.of(AUDIENCE, UI_CLIENT_ID), "typ", "Bearer")));
        Map<String, Object> config = Map.of(
                "interactiveLogin", true,
                "loginPagePath", loginPage.toString(),
                "tokenCallbacks", List.of(Map.of(
                        "issuerId", ISSUER_ID,
                        "tokenExpiry", TOKEN_SECONDS,
                        "requestMappings", mappings)));
        return JSON.writeValueAsString(config);
    }

    /**
     * The provider's login page: a button per demo user, each posting the form the provider reads (the subject,
     * and the user's name, email and roles as claims). Written to a file, which is how the provider takes it.
     */
    private static Path loginPage() {
        StringBuilder users = new StringBuilder();
        for (StaffLogin user : DEMO_USERS) {
            users.append("""
                        <li><form method="post">
                          <input type="hidden" name="username" value="%s">
                          <input type="hidden" name="claims" value="%s">
                          <button type="submit">Sign in as %s <span>(%s)</span></button>
                        </form></li>
                    """.formatted(html(user.subject()), html(JSON.writeValueAsString(user.profileClaims())),
                    html(user.name()), html(String.join(", ", user.roles()))));
        }
        String page = """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Sign in: local campus SSO</title>
                  <style>
                    body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 32rem; padding: 0 1rem;
                           color: #1b1f24; }
                    ul { list-style: none; padding: 0; }
                    li { margin: 0.75rem 0; }
                    button { font: inherit; width: 100%%; padding: 0.75rem; border: 1px solid #0b4f8a;
                             border-radius: 4px; background: #0b4f8a; color: #fff; cursor: pointer; text-align: left; }
                    button:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
                  </style>
                </head>
                <body>
                  <main>
                    <h1>Local campus sign-in</h1>
                    <p>This stands in for the institution's single sign-on on a developer's machine. Pick a demo
                      user:</p>
                    <ul>
                %s    </ul>
                  </main>
                </body>
                </html>
                """.formatted(users);
        try {
            Path file = Files.createTempFile("campus-sign-in", ".html");
            file.toFile().deleteOnExit();
            return Files.writeString(file, page);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local sign-in page", e);
        }
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
