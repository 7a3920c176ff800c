package org.campussms.api.graphql;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.wildfly.security.http.oidc.JsonWebToken;
import org.wildfly.security.http.oidc.OidcSecurityContext;

/**
 * Profile claims of the access token WildFly's OIDC client verified (signature, issuer, audience, expiry) before the
 * request reached us, as that client parsed it. Identity itself comes from the container's caller principal, never
 * from here.
 */
record TokenClaims(JsonWebToken token) {

    /** The claims of the request's verified token; none when the request was not signed in with one. */
    static TokenClaims of(HttpServletRequest request) {
        return new TokenClaims(request.getAttribute(OidcSecurityContext.class.getName())
                instanceof OidcSecurityContext context ? context.getToken() : null);
    }

    /** The claim's value as a time in seconds since the epoch (exp, iat), or null when the token has none. */
    Instant instant(String name) {
        return claim(name) instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue()) : null;
    }

    /** The claim's string value, or null when the token does not carry it. */
    String text(String name) {
        return claim(name) instanceof String text ? text : null;
    }

    // Raw values: JsonWebToken's own getters would read a missing exp as 0 and a numeric name as "42".
    private Object claim(String name) {
        return token == null ? null : token.getClaimValue(name);
    }
}
