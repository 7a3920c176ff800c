package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived, signed tickets that tell a subscription who opened it. GraphQL subscriptions run over a websocket
 * whose messages reach us with no container identity (and a browser's websocket cannot send a token), so a
 * signed-in user first asks for a ticket over HTTP and sends it in graphql-ws's {@code connection_init} payload.
 * A ticket opens subscriptions for {@link #LIFETIME}; they last until the sign-in it was issued under ends. The key
 * lives in memory: a restart invalidates open tickets, which only means clients ask again.
 */
@ApplicationScoped
public class SubscriptionTickets {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    /** Who a valid ticket was issued to, and when the sign-in it was issued under ends. */
    public record Holder(long staffUserId, boolean institutionAdmin, Instant signInEnds) {
    }

    private final byte[] key = new byte[32];
    private final Clock clock = Clock.systemUTC();

    public SubscriptionTickets() {
        new SecureRandom().nextBytes(key);
    }

    public String issue(long staffUserId, boolean institutionAdmin, Instant signInEnds) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = staffUserId + ":" + (institutionAdmin ? 1 : 0) + ":" + expires + ":"
                + signInEnds.getEpochSecond();
        return encode(payload.getBytes(StandardCharsets.UTF_8)) + "." + encode(sign(payload));
    }

    public Optional<Holder> verify(String ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        int dot = ticket.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(ticket.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(ticket.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = payload.split(":");
            if (parts.length != 4 || Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(new Holder(Long.parseLong(parts[0]), "1".equals(parts[1]),
                    Instant.ofEpochSecond(Long.parseLong(parts[3]))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
