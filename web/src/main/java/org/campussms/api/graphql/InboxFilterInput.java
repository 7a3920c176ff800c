package org.campussms.api.graphql;

import java.time.Instant;
import org.campussms.conversation.application.InboxFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("InboxFilter")
@Description("All optional, all apply together. needsReply: the contact wrote last. personal: only the caller's "
        + "personal number. personId: the conversations with that person (the person view). since/until: last "
        + "activity at or after / before. mine: those the caller has (assigned to them, or of their personal "
        + "number). unassigned: pools' conversations nobody has.")
public record InboxFilterInput(@Id String poolId, Boolean unread, Boolean needsReply, Direction lastDirection,
        Instant since, Instant until, String contactNumber, Boolean personal, @Id String personId, Boolean mine,
        Boolean unassigned) {

    InboxFilter toFilter() {
        String direction = Boolean.TRUE.equals(needsReply) ? "INBOUND"
                : lastDirection == null ? null : lastDirection.name();
        return new InboxFilter(poolId == null ? null : Ids.parse(poolId, "Pool"), unread, direction, since, until,
                contactNumber, personal, personId == null ? null : Ids.parse(personId, "Person"), mine, unassigned);
    }
}
