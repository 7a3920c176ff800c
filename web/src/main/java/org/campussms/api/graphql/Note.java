package org.campussms.api.graphql;

import java.time.Instant;
import java.util.List;
import org.campussms.conversation.application.NoteView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Note")
@Description("A note staff wrote in a conversation for each other: never sent to the contact, nor in any report of "
        + "texts.")
public record Note(
        @Id @NonNull String id,
        @Id @NonNull String conversationId,
        @NonNull StaffName author,
        @NonNull String body,
        @NonNull Instant createdAt,
        @Description("The members the note named; each was told live and emailed once.")
        @NonNull List<@NonNull StaffName> mentioned) {

    static Note of(NoteView note) {
        return new Note(String.valueOf(note.id()), String.valueOf(note.conversationId()),
                new StaffName(String.valueOf(note.authorStaffUserId()), note.authorName()), note.body(),
                note.createdAt(), note.mentioned().stream().map(StaffName::of).toList());
    }
}
