package org.campussms.search.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.application.PoolLookup;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.search.infrastructure.MessageSearchQuery;

/**
 * History search: the texts, replies and notes the caller may see (their pools and personal number; all for institution
 * admins) that contain every word searched for (each as a word start), newest first.
 */
@Stateless
@RolesAllowed(Roles.STAFF)
public class SearchService {

    public static final int MAX_PAGE = 100;

    /** The optional filters; direction is INBOUND or OUTBOUND. */
    public record Filter(Long poolId, Long personId, String direction, Instant from, Instant until) {
    }

    @Inject
    private IdentityService identity;

    @Inject
    private PoolAccessPolicy poolAccess;

    @Inject
    private MessageSearchQuery query;

    @Inject
    private PoolLookup pools;

    /**
     * One page of hits, whether more follow, and whether every older message was searched (see
     * {@link MessageSearchQuery}).
     */
    public record Results(List<SearchHit> hits, boolean more, boolean complete) {
    }

    public Results search(String text, Filter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("A page starts at 0 or later and has 1 to " + MAX_PAGE + " messages");
        }
        if (filter.direction() != null && !List.of("INBOUND", "OUTBOUND").contains(filter.direction())) {
            throw DomainException.invalid("Direction is INBOUND or OUTBOUND");
        }
        List<String> words = SearchTerms.words(text);
        if (filter.poolId() != null) {
            poolAccess.requireMember(filter.poolId());
        }
        long me = identity.caller().getId();
        Map<Long, Pool> visible = poolAccess.visiblePools().stream()
                .collect(Collectors.toMap(Pool::getId, Function.identity()));
        Long personalNumber = pools.findPersonal(me).map(SenderNumber::getId).orElse(null);
        // One more than asked for says whether more follow.
        MessageSearchQuery.Result found = query.search(words, new MessageSearchQuery.Scope(visible.keySet(),
                personalNumber, filter.poolId(), filter.personId(), filter.direction(), filter.from(),
                filter.until()), offset, limit + 1);
        List<SearchHit> hits = found.hits().stream().limit(limit)
                .map(h -> new SearchHit(h.direction(), h.messageId(), h.conversationId(), h.poolId(),
                        h.poolId() == null || !visible.containsKey(h.poolId()) ? null
                                : visible.get(h.poolId()).getName(),
                        h.personId(), h.contactNumber(), h.body(), h.at()))
                .toList();
        return new Results(hits, found.hits().size() > limit, found.complete());
    }
}
