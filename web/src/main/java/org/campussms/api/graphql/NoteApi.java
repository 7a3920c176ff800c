package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.campussms.conversation.application.NoteService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class NoteApi {

    @Inject
    private NoteService notes;

    @Input("NoteInput")
    @Description("A note: its conversation, its words (1 to 2,000 characters) and the members of the pool it names "
            + "(mentions, at most 20).")
    public record NoteInput(@Id @NonNull String conversationId, @NonNull String body, @Id List<String> mentions) {
    }

    @Mutation("addNote")
    @Description("Writes a note in a conversation for the others who see it; each member it names is told live and "
            + "emailed once with a link. Never sent to the contact.")
    @NonNull
    public Note addNote(@NonNull NoteInput input) {
        return Note.of(notes.addNote(Ids.parse(input.conversationId(), "Conversation"), input.body(),
                input.mentions() == null ? List.of()
                        : input.mentions().stream().map(id -> Ids.parse(id, "Staff user")).toList()));
    }
}
