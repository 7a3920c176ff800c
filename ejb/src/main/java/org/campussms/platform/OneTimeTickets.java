package org.campussms.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The values of single-use tickets (live connections, downloads): 32 random bytes given to the holder, and only
 * their SHA-256 kept in the database, so a copy of the database opens nothing.
 */
public final class OneTimeTickets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeTickets() {
    }

    /** A new ticket, URL-safe. */
    public static String newTicket() {
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** What the database keeps of a ticket. */
    public static byte[] hash(String ticket) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
