package org.campussms.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.campussms.conversation.domain.ConversationNote;
import org.campussms.identity.application.StaffLookup;
import org.campussms.identity.domain.StaffUser;

/** Notes as the timeline shows them, their authors' and mentioned staff's names read in one query. */
@ApplicationScoped
class NoteViews {

    @Inject
    private StaffLookup staff;

    List<NoteView> of(Collection<ConversationNote> notes) {
        if (notes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = notes.stream().flatMap(n -> Stream.concat(Stream.of(n.getAuthorStaffUserId()),
                n.getMentionedStaffUserIds().stream())).distinct().toList();
        Map<Long, String> names = staff.findAll(ids).stream()
                .collect(Collectors.toMap(StaffUser::getId, StaffUser::getDisplayName));
        return notes.stream().map(n -> new NoteView(n.getId(), n.getConversationId(), n.getAuthorStaffUserId(),
                names.get(n.getAuthorStaffUserId()), n.getBody(), n.getCreatedAt(),
                n.getMentionedStaffUserIds().stream().sorted()
                        .map(id -> new StaffName(id, names.getOrDefault(id, ""))).toList()))
                .toList();
    }
}
