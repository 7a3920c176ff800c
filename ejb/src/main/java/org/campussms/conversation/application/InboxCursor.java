package org.campussms.conversation.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.campussms.conversation.domain.Conversation;
import org.campussms.conversation.infrastructure.InboxQuery;
import org.campussms.platform.DomainException;

/**
 * The opaque cursor of an inbox page: the last row's activity time and id, so the next page starts after it even
 * while new activity lifts other conversations to the top.
 */
final class InboxCursor {

    private InboxCursor() {
    }

    static String after(Conversation last) {
        Instant at = last.getLastActivityAt();
        String text = at.getEpochSecond() + ":" + at.getNano() + ":" + last.getId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static InboxQuery.After read(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException(cursor);
            }
            return new InboxQuery.After(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("Not a cursor of this inbox: " + cursor);
        }
    }
}
