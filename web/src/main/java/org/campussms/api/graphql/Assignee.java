package org.campussms.api.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Assignee")
public record Assignee(@Id @NonNull String staffUserId, @NonNull String name) {

    static Assignee of(org.campussms.conversation.application.Assignee assignee) {
        return assignee == null ? null : new Assignee(String.valueOf(assignee.staffUserId()), assignee.name());
    }
}
