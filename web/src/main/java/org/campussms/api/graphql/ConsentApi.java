package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.campussms.consent.application.ConsentService;
import org.campussms.consent.application.PhoneConsentView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class ConsentApi {

    @Inject
    private ConsentService consent;

    @Mutation("recordConsent")
    @Description("Records a consent from a form. An opt-out covers every number of everyone who has this number on "
            + "file; an opt-in only this number. An opt-in for every sender (ALL), or one that undoes a STOP the "
            + "person texted or the carrier reported, is for institution admins with the form's reference. Returns "
            + "the events recorded.")
    @NonNull
    public List<@NonNull ConsentEvent> recordConsent(@NonNull ConsentInput input) {
        return consent.recordConsent(Ids.parse(input.personId(), "Person"), input.phone(), input.toChoice(),
                input.toScope(), input.formReference()).stream().map(ConsentEvent::of).toList();
    }

    @Query("consentHistory")
    @Description("The consent events of a person and of their numbers, newest first: those for every sender and "
            + "those of the caller's pools and personal number (all, for institution admins), as in optOutReport.")
    @NonNull
    public List<@NonNull ConsentEvent> consentHistory(@Id @NonNull String personId) {
        return consent.history(Ids.parse(personId, "Person")).stream().map(ConsentEvent::of).toList();
    }

    @Type("PhoneConsent")
    @Description("Where a phone stands for the caller: optedOut (the red dot) with the opt-outs in effect of every "
            + "sender and of the caller's pools and personal number, newest first; else the newest opt-in (the "
            + "green dot), null when the phone has no record.")
    public record PhoneConsent(boolean optedOut, @NonNull List<@NonNull ConsentEvent> optOuts,
            ConsentEvent lastOptIn) {
    }

    @Name("consent")
    @Description("Where this mobile stands: opted in or out, for which senders, since when, by what source.")
    public List<@NonNull PhoneConsent> consent(@Source List<Contact.Mobile> mobiles) {
        Map<String, PhoneConsentView> found = consent.phoneConsents(mobiles.stream().map(Contact.Mobile::number)
                .toList());
        return mobiles.stream().map(m -> found.get(m.number())).map(v -> new PhoneConsent(v.optedOut(),
                v.optOuts().stream().map(ConsentEvent::of).toList(),
                v.lastOptIn() == null ? null : ConsentEvent.of(v.lastOptIn()))).toList();
    }
}
