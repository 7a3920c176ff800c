package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.campussms.consent.application.ConsentService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class ConsentApi {

    @Inject
    private ConsentService consent;

    @Mutation("recordConsent")
    @Description("Records a consent from a form. An opt-out covers every number of everyone who has this number on "
            + "file; an opt-in only this number. Returns the events recorded.")
    @NonNull
    public List<@NonNull ConsentEvent> recordConsent(@NonNull ConsentInput input) {
        return consent.recordConsent(Ids.parse(input.personId(), "Person"), input.phone(), input.toChoice(),
                input.toScope()).stream().map(ConsentEvent::of).toList();
    }

    @Query("consentHistory")
    @Description("The consent events of a person and of their numbers, newest first.")
    @NonNull
    public List<@NonNull ConsentEvent> consentHistory(@Id @NonNull String personId) {
        return consent.history(Ids.parse(personId, "Person")).stream().map(ConsentEvent::of).toList();
    }
}
