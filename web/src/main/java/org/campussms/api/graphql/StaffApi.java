package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.StaffProfile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class StaffApi {

    @Inject
    private IdentityService identity;

    @Inject
    private SubscriptionTickets tickets;

    @Query("me")
    @Description("The signed-in staff user.")
    @NonNull
    public Me me() {
        return Me.of(identity.currentProfile());
    }

    @Query("subscriptionTicket")
    @Description("A ticket that lets the caller's subscriptions (opened within 5 minutes) act as the caller.")
    @NonNull
    public String subscriptionTicket() {
        StaffProfile me = identity.currentProfile();
        return tickets.issue(me.id(), me.institutionAdmin());
    }
}
