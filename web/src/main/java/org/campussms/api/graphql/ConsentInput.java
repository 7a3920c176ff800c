package org.campussms.api.graphql;

import org.campussms.consent.domain.ConsentChoice;
import org.campussms.consent.domain.ConsentScope;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ConsentInput")
@Description("A consent a person gave on a form for one of their numbers.")
public record ConsentInput(
        @Id @NonNull String personId,
        @NonNull @Description("One of the person's numbers, E.164 or national.") String phone,
        @NonNull ConsentEvent.ConsentChoice choice,
        @NonNull ConsentEvent.ConsentScopeKind scope,
        @Id @Description("Required for a POOL scope; the caller must have access to the pool.") String poolId,
        @Id @Description("Required for a PERSONAL_NUMBER scope.") String senderNumberId,
        @Description("Where the signed form is kept. Required for an opt-in for every sender (ALL) or one that "
                + "undoes a STOP the person texted or the carrier reported; both are for institution admins only.")
        String formReference) {

    ConsentChoice toChoice() {
        return ConsentChoice.valueOf(choice.name());
    }

    ConsentScope toScope() {
        return ConsentScope.of(ConsentScope.Kind.valueOf(scope.name()),
                poolId == null ? null : Ids.parse(poolId, "Pool"),
                senderNumberId == null ? null : Ids.parse(senderNumberId, "Sender number"));
    }
}
