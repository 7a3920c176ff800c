package org.campussms.report.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.campussms.identity.application.DelegatedCaller;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.identity.application.StaffProfile;
import org.campussms.platform.OneTimeTickets;
import org.campussms.report.infrastructure.DownloadTicketStore;

/**
 * Single-use, short-lived tickets that let a plain link download a CSV export as the signed-in user who asked for
 * the ticket: a link cannot carry a bearer token, and a token in a URL would end up in logs and histories. Kept in the
 * database (only their hash), so a ticket issued by one server is redeemed on any other, once.
 */
@Stateless
@PermitAll
public class DownloadTickets {

    static final Duration LIFETIME = Duration.ofSeconds(60);

    @Inject
    private DownloadTicketStore store;

    @Inject
    private IdentityService identity;

    @Inject
    private Clock clock;

    /** A ticket for the signed-in caller, with the access they have now. */
    @RolesAllowed(Roles.STAFF)
    public String issue() {
        StaffProfile me = identity.currentProfile();
        String ticket = OneTimeTickets.newTicket();
        Instant now = clock.instant();
        store.dropExpired(now);
        store.add(OneTimeTickets.hash(ticket), new DelegatedCaller.Holder(me.id(), me.institutionAdmin()),
                now.plus(LIFETIME));
        return ticket;
    }

    /** Who the ticket was issued to, once: a second redemption, or one after its minute, finds nothing. */
    public Optional<DelegatedCaller.Holder> redeem(String ticket) {
        if (ticket == null || ticket.isBlank()) {
            return Optional.empty();
        }
        return store.take(OneTimeTickets.hash(ticket), clock.instant());
    }
}
