package org.campussms.live.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.identity.application.StaffProfile;
import org.campussms.live.infrastructure.LiveConnectionStore;
import org.campussms.platform.DomainException;
import org.campussms.platform.OneTimeTickets;
import org.campussms.platform.Problem;
import org.campussms.platform.Settings;

/**
 * The door of the live feed. A browser's websocket cannot send a token, so a signed-in user asks for a ticket over
 * HTTP and sends it when the connection opens; the ticket opens one connection, once, on whichever server takes
 * it. A user has at most {@link Settings#liveConnectionsPerUser()} connections open on all servers together.
 */
@Stateless
@PermitAll
public class LiveConnections {

    /** How long a ticket waits to be used: clients ask for one right before they connect. */
    public static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);

    /** How often a server says its connections are still open; after three times that, a silent one stops counting. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);

    @Inject
    private LiveConnectionStore store;

    @Inject
    private OpenLiveConnections openHere;

    @Inject
    private IdentityService identity;

    @Inject
    private Settings settings;

    @Inject
    private Clock clock;

    /** A ticket for the signed-in caller, whose sign-in ends at {@code signInEnds}. */
    @RolesAllowed(Roles.STAFF)
    public String issueTicket(Instant signInEnds) {
        StaffProfile me = identity.currentProfile();
        String ticket = OneTimeTickets.newTicket();
        Instant now = clock.instant();
        store.dropExpiredTickets(now);
        store.addTicket(OneTimeTickets.hash(ticket), new LiveTicket(me.id(), me.institutionAdmin(), signInEnds),
                now.plus(TICKET_LIFETIME));
        return ticket;
    }

    /**
     * Opens a connection for the holder of this ticket, which is used up.
     *
     * @throws DomainException FORBIDDEN for a ticket unknown, expired or used, or a sign-in that has ended; CONFLICT
     *                         when the holder has as many connections open as they may
     */
    public LiveConnection open(String ticket) {
        Instant now = clock.instant();
        LiveTicket holder = ticket == null || ticket.isBlank() ? null
                : store.takeTicket(OneTimeTickets.hash(ticket), now).orElse(null);
        if (holder == null || !holder.signInEnds().isAfter(now)) {
            throw DomainException.forbidden("The ticket is unknown, expired or used; ask subscriptionTicket for a "
                    + "fresh one");
        }
        store.lockUser(holder.staffUserId());
        int most = settings.liveConnectionsPerUser();
        if (store.openConnections(holder.staffUserId(), now.minus(HEARTBEAT.multipliedBy(3))) >= most) {
            throw new DomainException(Problem.CONFLICT, "You have " + most + " live connections open already; "
                    + "close a tab or window of Campus SMS");
        }
        long id = store.addConnection(holder.staffUserId(), now);
        openHere.opened(id);
        return new LiveConnection(id, holder.staffUserId(), holder.institutionAdmin(), holder.signInEnds());
    }

    /** The connection closed. */
    public void close(long connectionId) {
        openHere.closed(connectionId);
        store.removeConnection(connectionId);
    }

    /** These connections of this server are still open; and connections of servers that went silent are dropped. */
    public void stillOpen(Collection<Long> connectionIds) {
        Instant now = clock.instant();
        store.touchConnections(connectionIds, now);
        store.dropConnectionsNotSeenSince(now.minus(HEARTBEAT.multipliedBy(10)));
    }
}
