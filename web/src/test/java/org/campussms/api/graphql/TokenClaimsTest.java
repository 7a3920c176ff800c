package org.campussms.api.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenClaimsTest {

    private static String bearer(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void readsStringClaimsOfTheBearerToken() {
        TokenClaims claims = TokenClaims.of(bearer("{\"name\":\"Dana Álvarez\",\"email\":\"dana@example.edu\"}"));

        assertEquals("Dana Álvarez", claims.text("name"));
        assertEquals("dana@example.edu", claims.text("email"));
    }

    @Test
    void aMissingOrNonStringClaimIsNull() {
        TokenClaims claims = TokenClaims.of(bearer("{\"name\":42}"));

        assertNull(claims.text("name"));
        assertNull(claims.text("email"));
    }

    @Test
    void noBearerTokenMeansNoClaims() {
        assertNull(TokenClaims.of(null).text("name"));
        assertNull(TokenClaims.of("Basic dXNlcjpwYXNz").text("name"));
        assertNull(TokenClaims.of("Bearer opaque").text("name"));
    }
}
