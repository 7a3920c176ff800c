package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campussms.identity.application.StaffLookup;

/** The names of the staff users who have conversations, read in one query. */
@ApplicationScoped
class Assignees {

    @Inject
    private StaffLookup staff;

    /** The assignee with this id; null for none. */
    StaffName of(Long staffUserId) {
        return staffUserId == null ? null : of(List.of(staffUserId)).get(staffUserId);
    }

    Map<Long, StaffName> of(Collection<Long> staffUserIds) {
        if (staffUserIds.isEmpty()) {
            return Map.of();
        }
        return staff.findAll(staffUserIds).stream().map(user -> new StaffName(user.getId(), user.getDisplayName()))
                .collect(Collectors.toMap(StaffName::staffUserId, Function.identity()));
    }
}
