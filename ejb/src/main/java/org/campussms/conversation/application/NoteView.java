package org.campussms.conversation.application;

import java.time.Instant;
import java.util.List;

/** A note as the timeline shows it: who wrote it, and the names of those it mentions. */
public record NoteView(long id, long conversationId, long authorStaffUserId, String authorName, String body,
        Instant createdAt, List<StaffName> mentioned) {
}
