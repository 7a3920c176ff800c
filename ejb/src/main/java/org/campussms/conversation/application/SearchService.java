package org.campussms.conversation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.campussms.conversation.infrastructure.MessageSearchQuery;
import org.campussms.identity.application.IdentityService;
import org.campussms.identity.application.Roles;
import org.campussms.platform.DomainException;
import org.campussms.pool.application.PoolAccessPolicy;
import org.campussms.pool.domain.Pool;
import org.campussms.pool.domain.SenderNumber;
import org.campussms.pool.infrastructure.PoolRepository;

/**
 * History search: the texts and replies the caller may see (their pools and personal number; all for institution
 * admins) that contain every word searched for, most relevant first.
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
    private PoolRepository pools;

    /** One page of hits, and whether more follow. */
    public record Results(List<SearchHit> hits, boolean more) {
    }

    public Results search(String text, Filter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw DomainException.invalid("A page starts at 0 or later and has 1 to " + MAX_PAGE + " messages");
        }
        if (filter.direction() != null && !List.of("INBOUND", "OUTBOUND").contains(filter.direction())) {
            throw DomainException.invalid("Direction is INBOUND or OUTBOUND");
        }
        String terms = SearchTerms.toBoolean(text);
        if (filter.poolId() != null) {
            poolAccess.requireMember(filter.poolId());
        }
        long me = identity.caller().getId();
        Map<Long, Pool> visible = poolAccess.visiblePools().stream()
                .collect(Collectors.toMap(Pool::getId, Function.identity()));
        Long personalNumber = pools.findPersonal(me).map(SenderNumber::getId).orElse(null);
        // One more than asked for says whether more follow.
        List<MessageSearchQuery.Hit> found = query.search(terms, new MessageSearchQuery.Scope(visible.keySet(), me,
                personalNumber, filter.poolId(), filter.personId(), filter.direction(), filter.from(),
                filter.until()), offset, limit + 1);
        List<SearchHit> hits = found.stream().limit(limit)
                .map(h -> new SearchHit(h.direction(), h.messageId(), h.conversationId(), h.poolId(),
                        h.poolId() == null || !visible.containsKey(h.poolId()) ? null
                                : visible.get(h.poolId()).getName(),
                        h.personId(), h.contactNumber(), h.body(), h.at()))
                .toList();
        return new Results(hits, found.size() > limit);
    }
}
