package org.campussms.api.graphql;

import java.time.Instant;
import org.campussms.consent.application.ConsentEventView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ConsentEvent")
@Description("One change of a number's consent, kept forever; the current state follows from them.")
public record ConsentEvent(
        @Id @NonNull String id,
        @Id @Description("Null for a number nobody in the directory had.") String personId,
        @NonNull String phone,
        @NonNull ConsentScopeKind scope,
        @Id @Description("For a POOL scope.") String poolId,
        @Id @Description("For a PERSONAL_NUMBER scope: the staff member's number.") String senderNumberId,
        @NonNull ConsentChoice action,
        @NonNull Source source,
        @Description("What was received: the keyword as typed, the carrier's OptOutType or error code.")
        String detail,
        @Id @Description("The staff user who entered it, if staff did.") String actorStaffUserId,
        @Id @Description("The inbound message that carried it, if any.") String inboundMessageId,
        @NonNull Instant occurredAt) {

    @Enum("ConsentScopeKind")
    @Description("ALL: every text from the institution; POOL: one pool; PERSONAL_NUMBER: one staff member's number.")
    public enum ConsentScopeKind {
        ALL, POOL, PERSONAL_NUMBER
    }

    @Enum("ConsentChoice")
    public enum ConsentChoice {
        OPT_IN, OPT_OUT
    }

    @Enum("ConsentSource")
    public enum Source {
        KEYWORD, CARRIER_OPT_OUT_TYPE, CARRIER_ERROR, FORM, STAFF, IMPORT
    }

    static ConsentEvent of(ConsentEventView e) {
        return new ConsentEvent(String.valueOf(e.id()), idOrNull(e.personId()), e.phone(),
                ConsentScopeKind.valueOf(e.scope().kind().name()), idOrNull(e.scope().poolId()),
                idOrNull(e.scope().senderNumberId()), ConsentChoice.valueOf(e.action().name()),
                Source.valueOf(e.source().name()), e.detail(), idOrNull(e.actorStaffUserId()),
                idOrNull(e.inboundMessageId()), e.occurredAt());
    }

    private static String idOrNull(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
