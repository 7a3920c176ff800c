package org.campussms.api.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StaffName")
public record StaffName(@Id @NonNull String staffUserId, @NonNull String name) {

    static StaffName of(org.campussms.conversation.application.StaffName staff) {
        return staff == null ? null : new StaffName(String.valueOf(staff.staffUserId()), staff.name());
    }
}
