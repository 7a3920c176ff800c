package org.campussms.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.campussms.search.application.SearchHit;
import org.campussms.search.application.SearchService;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class SearchApi {

    @Inject
    private SearchService search;

    @Input("MessageSearchFilter")
    @Description("All optional, all apply together. from/until: sent or received at or after / before.")
    public record Filter(@Id String poolId, @Id String personId, Direction direction, Instant from, Instant until) {
    }

    @Type("MessageSearchHit")
    @Description("A text (OUTBOUND) or reply (INBOUND) found, or a staff note (note true, direction OUTBOUND: from "
            + "our side; messageId is the note's), with its conversation: open the thread at it.")
    public record Hit(@NonNull Direction direction, @Id @NonNull String messageId, @Id @NonNull String conversationId,
            @Id String poolId, String poolName, @Id String personId, @NonNull String contactNumber,
            @NonNull String body, @NonNull Instant at, boolean note) {

        static Hit of(SearchHit h) {
            boolean note = "NOTE".equals(h.direction());
            return new Hit(note ? Direction.OUTBOUND : Direction.valueOf(h.direction()), String.valueOf(h.messageId()),
                    String.valueOf(h.conversationId()), h.poolId() == null ? null : h.poolId().toString(),
                    h.poolName(), h.personId() == null ? null : h.personId().toString(), h.contactNumber(), h.body(),
                    h.at(), note);
        }
    }

    @Type("MessageSearchPage")
    public record Page(@NonNull List<@NonNull Hit> hits, @Description("More hits follow this page.") boolean more,
            @Description("False when the search stopped before reading every older message, as words that are each "
                    + "in many messages but seldom together make it do: older messages may match too. Narrow it with "
                    + "dates (until: the oldest hit's time) or more words.") boolean complete) {
    }

    @Query("searchMessages")
    @Description("History search over the texts and replies the caller may see (their pools and personal number; all "
            + "for institution admins): every word searched for (3 letters or more; case and accents ignored), each "
            + "as a word start, newest first; up to 100 a page.")
    @NonNull
    public Page searchMessages(@NonNull String text, Filter filter, @DefaultValue("0") int offset,
            @DefaultValue("20") int limit) {
        Filter f = filter == null ? new Filter(null, null, null, null, null) : filter;
        SearchService.Results found = search.search(text, new SearchService.Filter(
                f.poolId() == null ? null : Ids.parse(f.poolId(), "Pool"),
                f.personId() == null ? null : Ids.parse(f.personId(), "Person"),
                f.direction() == null ? null : f.direction().name(), f.from(), f.until()), offset, limit);
        return new Page(found.hits().stream().map(Hit::of).toList(), found.more(), found.complete());
    }
}
