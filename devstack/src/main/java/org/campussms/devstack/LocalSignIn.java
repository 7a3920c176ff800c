package org.campussms.devstack;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
 * <p>Demo users get tokens with the client-credentials grant: the {@code client_id} names the user
 * ({@link #DEMO_USERS}). Tests can also mint tokens for any user in-process with {@link #issueToken}.
 */
public final class LocalSignIn implements AutoCloseable {

    public static final String ISSUER_ID = "campus";
    public static final String AUDIENCE = "campus-sms";

    /** client_id → the staff user a token for that client describes. */
    public static final List<StaffLogin> DEMO_USERS = List.of(
            new StaffLogin("demo-staff", "Dana Advisor", "dana.advisor@example.edu", List.of("staff")),
            new StaffLogin("demo-admin", "Avery Admin", "avery.admin@example.edu", List.of("staff", "admin")));

    private static final Logger LOG = Logger.getLogger(LocalSignIn.class.getName());
    private static final long TOKEN_SECONDS = 8 * 3600;

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
    }

    public static LocalSignIn start(int port) {
        MockOAuth2Server server = new MockOAuth2Server(OAuth2Config.Companion.fromJson(configJson()));
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

    private static String configJson() {
        List<Map<String, Object>> mappings = DEMO_USERS.stream()
                .map(user -> Map.of("requestParam", "client_id", "match", user.subject(), "claims", user.claims()))
                .toList();
        Map<String, Object> config = Map.of(
                "interactiveLogin", false,
                "tokenCallbacks", List.of(Map.of(
                        "issuerId", ISSUER_ID,
                        "tokenExpiry", TOKEN_SECONDS,
                        "requestMappings", mappings)));
        return JsonMapper.builder().build().writeValueAsString(config);
    }
}
