package org.campussms.api.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;

class TokenClaimsTest {

    /** A request as the container hands it on once its OIDC client has verified a token with these claims. */
    private static HttpServletRequest signedIn(String claimsJson) throws InvalidJwtException {
        AccessToken token = new AccessToken(JwtClaims.parse(claimsJson));
        return request(Map.of(OidcSecurityContext.class.getName(),
                new OidcSecurityContext("header.payload.signature", token, null, null)));
    }

    private static HttpServletRequest request(Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(TokenClaimsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getAttribute")) {
                        return attributes.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void readsStringClaimsOfTheVerifiedToken() throws InvalidJwtException {
        TokenClaims claims = TokenClaims.of(signedIn("{\"name\":\"Dana Álvarez\",\"email\":\"dana@example.edu\"}"));

        assertEquals("Dana Álvarez", claims.text("name"));
        assertEquals("dana@example.edu", claims.text("email"));
    }

    @Test
    void readsTheExpiryAsAnInstant() throws InvalidJwtException {
        TokenClaims claims = TokenClaims.of(signedIn("{\"exp\":1767225600,\"iat\":1767222000}"));

        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), claims.instant("exp"));
        assertEquals(Instant.parse("2025-12-31T23:00:00Z"), claims.instant("iat"));
    }

    @Test
    void aMissingOrMistypedClaimIsNull() throws InvalidJwtException {
        TokenClaims claims = TokenClaims.of(signedIn("{\"name\":42,\"iat\":\"yesterday\"}"));

        assertNull(claims.text("name"));
        assertNull(claims.text("email"));
        assertNull(claims.instant("exp"));
        assertNull(claims.instant("iat"));
    }

    @Test
    void aRequestWithoutAVerifiedTokenHasNoClaims() {
        TokenClaims claims = TokenClaims.of(request(Map.of()));

        assertNull(claims.text("name"));
        assertNull(claims.instant("exp"));
    }
}
