package org.campussms.api.graphql;

import java.time.Instant;
import org.campussms.conversation.application.InboxFilter;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("InboxFilter")
@Description("All optional. needsReply: the contact wrote last.")
public record InboxFilterInput(@Id String poolId, Boolean unread, Boolean needsReply, Direction lastDirection,
        Instant since, Instant until, String contactNumber) {

    InboxFilter toFilter() {
        String direction = Boolean.TRUE.equals(needsReply) ? "INBOUND"
                : lastDirection == null ? null : lastDirection.name();
        return new InboxFilter(poolId == null ? null : Ids.parse(poolId, "Pool"), unread, direction, since, until,
                contactNumber);
    }
}
