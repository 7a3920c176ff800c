package org.campussms.api.graphql;

import java.time.Instant;
import java.util.List;
import org.campussms.conversation.application.InboundView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InboundMessage")
@Description("A text a contact sent to one of our numbers, with where it was filed and why.")
public record InboundMessage(
        @Id @NonNull String id,
        @Id @Description("Null when it reached none of our numbers' owners.") String conversationId,
        @Id String poolId,
        @NonNull String from,
        @NonNull String to,
        @NonNull String body,
        @NonNull Instant receivedAt,
        @Description("How the From number matched the directory: ONE, SEVERAL (candidates), UNKNOWN.")
        String contactMatch,
        @NonNull @Description("The people who have the From number on file: one, the candidates, or none.")
        @Id List<@NonNull String> personIds,
        @Description("Why it went where it went: which number matched which pool or staff user, and which people.")
        String routingReason,
        @Description("What it did to consent, if it was a keyword: OPTED_OUT, OPTED_IN or HELP.")
        String consentAction) {

    static InboundMessage of(InboundView view) {
        return new InboundMessage(String.valueOf(view.id()),
                view.conversationId() == null ? null : view.conversationId().toString(),
                view.poolId() == null ? null : view.poolId().toString(), view.from(), view.to(), view.body(),
                view.receivedAt(), view.contactMatch(), view.personIds().stream().map(String::valueOf).toList(),
                view.routingReason(), view.consentAction());
    }
}
