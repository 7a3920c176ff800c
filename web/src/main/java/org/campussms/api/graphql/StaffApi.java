package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.campussms.conversation.application.MessagingService;
import org.campussms.identity.application.IdentityService;
import org.campussms.live.application.LiveConnections;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class StaffApi {

    @Inject
    private IdentityService identity;

    @Inject
    private LiveConnections liveConnections;

    @Inject
    private MessagingService messaging;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Clock clock;

    @Query("me")
    @Description("The signed-in staff user.")
    @NonNull
    public Me me() {
        return Me.of(identity.currentProfile());
    }

    @Type("PersonalNumber")
    @Description("A staff user's own number; bought on their first personal send, which can take a while.")
    public record PersonalNumber(@Description("Null until bought.") String number, @NonNull String status) {
    }

    @Name("personalNumber")
    @Description("The user's personal number, once they sent from it.")
    public PersonalNumber personalNumber(@Source Me me) {
        return messaging.myPersonalNumber()
                .map(n -> new PersonalNumber(n.number(), n.status()))
                .orElse(null);
    }

    @Query("subscriptionTicket")
    @Description("A ticket for the websocket: send it as {\"ticket\": ...} in graphql-ws's connection_init payload "
            + "within a minute; it opens one connection, whose subscriptions then act as the caller until their "
            + "sign-in expires. Ask for a fresh one on every reconnect.")
    @NonNull
    public String subscriptionTicket() {
        Instant signInEnds = TokenClaims.of(request).instant("exp");
        return liveConnections.issueTicket(signInEnds != null ? signInEnds
                : clock.instant().plus(LiveConnections.TICKET_LIFETIME));
    }
}
