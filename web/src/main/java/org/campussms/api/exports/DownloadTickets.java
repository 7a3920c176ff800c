package org.campussms.api.exports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.campussms.identity.application.DelegatedCaller;

/**
 * Single-use, short-lived tickets that let a plain link download a CSV export as the signed-in user who asked for
 * the ticket: a link cannot carry a bearer token, and a token in a URL would end up in logs and histories. A ticket is
 * a random value known only to this server; redeeming it removes it. Kept in memory: a restart voids open tickets
 * (the user clicks again), and behind a load balancer the link must reach the server that issued it.
 */
@ApplicationScoped
public class DownloadTickets {

    static final Duration LIFETIME = Duration.ofSeconds(60);
    /** More unredeemed tickets than this and the oldest are dropped first: a user cannot fill the memory. */
    static final int MAX_OPEN = 10_000;

    private record Issued(DelegatedCaller.Holder holder, Instant expires) {
    }

    private final Map<String, Issued> open = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Inject
    private Clock clock;

    public String issue(long staffUserId, boolean institutionAdmin) {
        Instant now = clock.instant();
        open.values().removeIf(t -> t.expires().isBefore(now));
        if (open.size() >= MAX_OPEN) {
            open.entrySet().stream().min(Map.Entry.comparingByValue((a, b) -> a.expires().compareTo(b.expires())))
                    .ifPresent(oldest -> open.remove(oldest.getKey()));
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        open.put(ticket, new Issued(new DelegatedCaller.Holder(staffUserId, institutionAdmin), now.plus(LIFETIME)));
        return ticket;
    }

    /** Who the ticket was issued to, once: a second redemption, or one after its minute, finds nothing. */
    public Optional<DelegatedCaller.Holder> redeem(String ticket) {
        Issued issued = ticket == null ? null : open.remove(ticket);
        if (issued == null || issued.expires().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(issued.holder());
    }
}
