package org.campussms.api.graphql;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Profile claims of a bearer token that WildFly's OIDC client has already verified (signature, issuer, audience,
 * expiry) before the request reached us: reading its payload trusts nothing new. Identity itself comes from the
 * container's caller principal, never from here.
 */
record TokenClaims(JsonObject claims) {

    private static final String BEARER = "Bearer ";

    static TokenClaims of(String authorizationHeader) {
        if (authorizationHeader == null
                || !authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new TokenClaims(JsonValue.EMPTY_JSON_OBJECT);
        }
        String[] parts = authorizationHeader.substring(BEARER.length()).trim().split("\\.");
        if (parts.length < 2) {
            return new TokenClaims(JsonValue.EMPTY_JSON_OBJECT);
        }
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            return new TokenClaims(reader.readObject());
        }
    }

    /** The claim's value as a time in seconds since the epoch (exp, iat), or null when the token has none. */
    Instant instant(String name) {
        JsonValue value = claims.get(name);
        return value instanceof JsonNumber number ? Instant.ofEpochSecond(number.longValue()) : null;
    }

    /** The claim's string value, or null when the token does not carry it. */
    String text(String name) {
        JsonValue value = claims.get(name);
        return value instanceof JsonString string ? string.getString() : null;
    }
}
