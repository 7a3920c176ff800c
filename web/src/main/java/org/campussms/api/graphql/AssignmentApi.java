package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.campussms.conversation.application.AssignmentService;
import org.campussms.conversation.application.InboxService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class AssignmentApi {

    @Inject
    private AssignmentService assignments;

    @Inject
    private InboxService inbox;

    @Mutation("assignConversation")
    @Description("Gives a pool's conversation to a member of the pool (staffUserId), or to nobody (staffUserId "
            + "null). Anyone who sees the conversation may; a personal number's conversations are its owner's.")
    @NonNull
    public Conversation assignConversation(@Id @NonNull String id, @Id String staffUserId) {
        long conversationId = assignments.assign(Ids.parse(id, "Conversation"),
                staffUserId == null ? null : Ids.parse(staffUserId, "Staff user"));
        return Conversation.of(inbox.conversation(conversationId));
    }
}
