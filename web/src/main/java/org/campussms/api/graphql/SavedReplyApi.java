package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.campussms.conversation.application.SavedReplyService;
import org.campussms.conversation.application.SavedReplyView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class SavedReplyApi {

    @Inject
    private SavedReplyService replies;

    @Type("SavedReply")
    @Description("A reply kept to reuse: a pool's (poolId set) or the caller's own. Its text may hold {firstName}, "
            + "{lastName}, {staffName} and {poolName}, filled in by previewMessage and sendMessage.")
    public record SavedReply(@Id @NonNull String id, @Id String poolId, @NonNull String title, @NonNull String body,
            @NonNull Instant updatedAt) {

        static SavedReply of(SavedReplyView v) {
            return new SavedReply(String.valueOf(v.id()), v.poolId() == null ? null : v.poolId().toString(),
                    v.title(), v.body(), v.updatedAt());
        }
    }

    @Input("SavedReplyInput")
    @Description("id: the saved reply to change, none to create one. poolId: a pool's (its admins only), none for "
            + "the caller's own.")
    public record SavedReplyInput(@Id String id, @Id String poolId, @NonNull String title, @NonNull String body) {
    }

    @Query("savedReplies")
    @Description("The pool's saved replies (for its members) and the caller's own, by title; without poolId, the "
            + "caller's own.")
    @NonNull
    public List<@NonNull SavedReply> savedReplies(@Id String poolId) {
        return replies.list(poolId == null ? null : Ids.parse(poolId, "Pool")).stream().map(SavedReply::of).toList();
    }

    @Mutation("saveReply")
    @NonNull
    public SavedReply saveReply(@NonNull SavedReplyInput input) {
        return SavedReply.of(replies.save(input.id() == null ? null : Ids.parse(input.id(), "Saved reply"),
                input.poolId() == null ? null : Ids.parse(input.poolId(), "Pool"), input.title(), input.body()));
    }

    @Mutation("deleteSavedReply")
    @Description("Deletes a saved reply: a pool's by its admins, one's own.")
    public boolean deleteSavedReply(@Id @NonNull String id) {
        replies.delete(Ids.parse(id, "Saved reply"));
        return true;
    }
}
